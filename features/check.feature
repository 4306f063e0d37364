@conformance
Feature: Step 1, the check (VerifierRecevabiliteMHS)
  The supplier asks whether a MHS of a PCE can go ahead (section 3.2). OMEGA answers "P" with the
  options of a MHS at the client's initiative, or "A" and the dialogue ends (section 2.1.1).

  @transition:1>2 @transition:2>3 @transition:3/aucune-demande>4 @label:DemandeRecevable
  @rule:MHS201 @rule:MHS215 @rule:MHS216
  Scenario: A receivable PCE is answered with the options of a client's MHS
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE
    Then the dialogue goes on with code Message "Demande recevable."
    And the check offers the options 1 PNO, 7 PNO, 8 PNO
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP

  Scenario: The check tells the customer's presence of a PCE that needs it
    Given a 6M PCE held by our CAD where the customer must be present
    When the supplier checks the PCE
    Then the check offers the options 1 PO, 7 PO, 8 PO

  @transition:3/demande-impossible-pce-inconnu>Fin @end:A @label:PceInconnu
  Scenario: An unknown PCE ends the dialogue (status 022)
    Given an unknown PCE
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Numéro de PCE incorrect ou inconnu"
    And the demand is "Demande impossible – PCE inconnu"

  @transition:3/demande-non-validee>Fin @label:HabilitationIncorrecte
  Scenario: Another supplier's PCE ends the dialogue (status 023)
    Given a PCE held by another supplier
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Habilitation incorrecte."
    And the demand is "Demande non validée"

  @label:CodePostalHorsDepartement
  Scenario: A PCE in another département than the postal code
    Given a PCE held by our CAD in another département
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "La commune du PCE n'est pas dans le même département que le code postal saisi : merci de corriger le PCE et/ou le code postal."

  @label:DemandeNonRecevable
  Scenario Outline: A PCE OMEGA cannot take out of service
    Given <pce>
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Demande non recevable : "

    Examples:
      | pce                                             |
      | a PCE held by our CAD that is already out of service |
      | a PCE held by our CAD with a demand in progress |

  @label:EtatCadInvalide
  Scenario: A suspended supplier
    Given a 6M PCE held by our CAD
    And our CAD is suspended
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Etat du CAD invalide."

  @transition:2>1 @transition:2>Fin @end:Fin(>5min) @clock
  Scenario: A check whose answer got lost is sent again, then left
    Given a 6M PCE held by our CAD whose answers get lost
    When the supplier checks the PCE
    Then no answer comes
    When the supplier checks the PCE
    Then no answer comes
    When 6 minutes pass
    Then the dialogue has ended past its window
