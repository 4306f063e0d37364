@conformance
Feature: Step 3, taking an appointment (ProposerDatePlage, DemanderPrecSuiv, AccepterRdv)
  Once the demand is "en attente de RDV", the supplier pages OMEGA's free slots, proposes a date
  and slot, and accepts one; each answer "P" asks it to go on within five minutes (section 2.1.2).

  @transition:8>9 @transition:9>11 @transition:11/en-attente-de-rdv>8 @transition:11/rdv-programme>Fin
  @label:RdvProgramme @rule:MHS208 @rule:MHS210
  Scenario: The appointment loop: pages forth and back, a new date proposed, a slot accepted
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE
    And the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    When the supplier asks for the next page
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    When the supplier asks for the previous page
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    When the supplier proposes a Sunday afternoon
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    When the supplier proposes the last offered slot
    Then the dialogue goes on with code DatePlageH
    When the supplier accepts the programmed date
    Then the dialogue ends with code DmdOkDP "Le rendez-vous a été programmé avec succès."
    And the programmed date is the slot accepted
    And the demand is "RDV programmé"

  Scenario: A slot of the list is accepted straight away
    Given a 1M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier accepts the first offered slot
    Then the dialogue ends with code DmdOkDP
    And the programmed date is the slot accepted

  @transition:9>Fin @clock
  Scenario: An appointment call whose answer got lost, and the dialogue left
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the answer to the next DemanderPrecSuiv gets lost
    And the supplier asks for the next page
    Then no answer comes
    When 6 minutes pass
    Then the dialogue has ended past its window
