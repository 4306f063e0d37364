@conformance
Feature: OMEGA's availability
  Outside its opening hours or during a maintenance, OMEGA answers every call "A" / DmdKo.

  @label:ServiceFerme @clock
  Scenario: OMEGA is closed
    Given a 6M PCE held by our CAD
    And OMEGA is closed
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Ce service est actuellement indisponible. Veuillez renouveler votre demande pendant les heures d'ouverture du système OMEGA."

  @label:ServiceEnMaintenance @clock
  Scenario: OMEGA is under maintenance
    Given a 6M PCE held by our CAD
    And OMEGA is under maintenance
    When the supplier checks the PCE
    Then OMEGA abandons the dialogue with DmdKo "Ce service est actuellement indisponible suite à une opération de maintenance. Veuillez renouveler votre demande ultérieurement."
