@conformance
Feature: Calls out of sequence (the dialogue rules)
  The supplier must follow the dialogue of section 2.1: OMEGA answers a call out of sequence "A",
  "Dialogue interrompu suite à un problème technique…", and omega names the rule broken.

  @rule:DLG301 @label:DialogueInterrompu
  Scenario: An appointment call for a demand OMEGA never gave
    Given a 6M PCE held by our CAD
    When the supplier asks for the next page of a demand OMEGA never gave
    Then omega finds the request breaks DLG301 alone
    And OMEGA abandons the dialogue with DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail ou les publications OMEGA."

  @rule:DLG302
  Scenario: A call after the dialogue ended
    Given an MM PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for the next working day
    Then the dialogue ends with code DmdOkDD
    When the supplier abandons the appointment
    Then omega finds the request breaks DLG302 alone
    And OMEGA abandons the dialogue with DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail ou les publications OMEGA."

  @rule:DLG303 @clock
  Scenario: A call past the five minutes of the dialogue
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And 6 minutes pass
    And the supplier accepts the first offered slot
    Then omega finds the request breaks DLG303 alone
    And OMEGA abandons the dialogue with DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail ou les publications OMEGA."

  @rule:DLG304 @transition:7/en-attente-de-rdv>Fin @end:Fin(>5min) @clock
  Scenario: A supplier invited to take an appointment leaves the dialogue
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP
    When 6 minutes pass
    Then omega finds the supplier left the dialogue open
    And the dialogue has ended past its window

  @rule:DLG306
  Scenario: Accepting a slot OMEGA did not offer
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier accepts a slot OMEGA did not offer
    Then omega finds the request breaks DLG306 alone
    And OMEGA abandons the dialogue with DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail ou les publications OMEGA."

  @rule:DLG307
  Scenario: Paging when OMEGA sent no list
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier proposes the first offered slot
    Then the dialogue goes on with code DatePlageH
    When the supplier asks for the next page
    Then omega finds the request breaks DLG307 alone
    And OMEGA abandons the dialogue with DmdKo "Dialogue interrompu suite à un problème technique, vérifiez l'état de la demande sur le portail ou les publications OMEGA."

  @rule:DLG309
  Scenario: Every answer of OMEGA is one its step allows
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE
    And the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier proposes the first offered slot
    And the supplier accepts the programmed date
    Then the dialogue ends with code DmdOkDP
