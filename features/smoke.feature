@conformance
Feature: Smoke

  @transition:3/aucune-demande>4 @label:DemandeRecevable
  Scenario: A check
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE
    Then the dialogue goes on with code Message "Demande recevable."
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
