@conformance
Feature: Step 2, the creation (CreerDemandeMHS)
  The demand is created (section 3.3). A 6M or 1M PCE goes on to take an appointment on a slot; the
  others are recorded at their Date Demandée (section 1.2).

  @transition:4>5 @transition:5>7 @transition:7/en-attente-de-rdv>8 @label:DatePlageIndisponible
  @rule:MHS206 @rule:MHS207 @rule:MHS210 @rule:MHS216
  Scenario: A 6M PCE asked for a day without any slot is offered a list of free slots
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    And the demand is "en attente de RDV"
    And OMEGA gives PresenceClient PNO
    When the supplier proposes the first offered slot
    Then the dialogue goes on with code DatePlageH

  @label:DatePlageDisponible @rule:MHS214
  Scenario: A 6M PCE asked for a free slot is offered it to confirm
    Given a 6M PCE held by our CAD
    And a free slot OMEGA offered to an earlier demand, abandoned since
    When the supplier creates an MHS at the client's initiative asking for the free slot OMEGA offered earlier
    Then the dialogue goes on with code DatePlageH "La date et la plage horaire demandées sont disponibles. Confirmez le rendez-vous."
    When the supplier accepts the programmed date
    Then the dialogue ends with code DmdOkDP

  Scenario: A 1M PCE takes slots as a 6M does
    Given a 1M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots

  @transition:7/rdv-programme>Fin @rule:MHS208
  Scenario: A free slot booked at once ends the creation with the appointment programmed
    Given a 6M PCE held by our CAD that OMEGA books at once
    And a free slot OMEGA offered to an earlier demand, abandoned since
    When the supplier creates an MHS at the client's initiative asking for the free slot OMEGA offered earlier
    Then the dialogue ends with code DmdOkDP "Le rendez-vous a été programmé avec succès."
    And the demand is "RDV programmé"

  @transition:7/en-attente-de-rdv>Fin @end:T @label:RdvDateDemandee @rule:MHS209
  Scenario Outline: A PCE read monthly or daily is recorded at its Date Demandée
    Given <pce>
    When the supplier creates an MHS at the client's initiative asking for the next working day
    Then the dialogue ends with code DmdOkDD "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le client pour confirmer le rendez-vous."
    And the Date Demandée is the next working day

    Examples:
      | pce                      |
      | an MM PCE held by our CAD |
      | a JJ PCE held by our CAD |
      | a JM PCE held by our CAD |

  @label:RdvDateDemandeeAvecCode
  Scenario: A 6M PCE without any free slot falls back to its Date Demandée
    Given a 6M PCE held by our CAD with no free slot
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue ends with code DmdOkDD "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le client pour confirmer le rendez-vous : "

  @transition:7/en-cours-de-realisation>Fin @label:PceCoupe
  Scenario: A cut PCE is left to the distributor
    Given a cut PCE held by our CAD
    When the supplier creates an MHS at the client's initiative
    Then the dialogue ends with code DmdOkDD "Le PCE est coupé, le distributeur va déterminer si un déplacement est nécessaire."
    And the demand is "en cours de réalisation"

  @label:DemandeSansIntervention
  Scenario: A MHS without intervention is carried out at once
    Given a PCE held by our CAD whose MHS needs no intervention
    When the supplier creates an MHS at the client's initiative
    Then the dialogue ends with code DmdOkDD "La demande sans intervention a été enregistrée correctement dans OMEGA."
    And the demand is "en cours de réalisation"

  @rule:MHS217
  Scenario Outline: At the supplier's own initiative the customer's presence is not required
    Given a 6M PCE held by our CAD where the customer must be present
    When the supplier creates an MHS at its own initiative with motif <motif> asking for a Sunday morning
    Then the dialogue goes on with code ListeDP
    And OMEGA gives PresenceClient PNO

    Examples:
      | motif |
      | 21    |
      | 22    |

  Scenario Outline: At the client's initiative the customer's presence is the PCE's
    Given <pce>
    When the supplier creates an MHS at the client's initiative with option <option> asking for a Sunday morning
    Then the dialogue goes on with code ListeDP
    And OMEGA gives PresenceClient <presence>

    Examples:
      | pce                                                         | option | presence |
      | a 6M PCE held by our CAD where the customer must be present | 1      | PO       |
      | a 6M PCE held by our CAD that is hard to reach              | 7      | IAS      |
      | a 6M PCE held by our CAD                                    | 8      | PNO      |

  @transition:5>6 @transition:6>4 @transition:6>Fin @label:TelephoneIncorrect @rule:MHS123
  Scenario: A refused creation is corrected and sent again
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with Telephone "04 78 56 34 12"
    Then omega finds the request breaks MHS123 alone
    And OMEGA abandons the dialogue with DmdKo "Champ numéro de téléphone incorrect : caractères numériques uniquement."
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP

  @transition:5>Fin @rule:DLG305 @clock
  Scenario: A creation whose answer got lost is not sent again blindly
    Given a 6M PCE held by our CAD whose answers get lost
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then no answer comes
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then omega finds the request breaks DLG305 alone
    When 6 minutes pass
    Then the dialogue has ended past its window
