@conformance
Feature: Stopping the dialogue (AbandonnerRdv, AbandonnerDemande)
  The supplier may record the demand at its Date Demandée, or cancel it (section 2.1.3). A Date
  Demandée changed during the appointment dialogue is the one OMEGA keeps.

  @transition:9>10 @transition:10/en-attente-de-rdv>Fin @end:T @label:RdvDateDemandee @rule:MHS209 @rule:DLG308
  Scenario: The appointment abandoned keeps the last Date Demandée the supplier gave
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier proposes a Sunday afternoon
    Then the dialogue goes on with code ListeDP
    When the supplier abandons the appointment
    Then the dialogue ends with code DmdOkDD "Le rendez-vous a été enregistré à la date demandée, un technicien rappellera le client pour confirmer le rendez-vous."
    And the Date Demandée is a Sunday afternoon
    And the demand is "en attente de RDV"

  @transition:10/demande-abandonnee>Fin @end:A @label:DemandeAbandonnee
  Scenario: The demand abandoned
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier abandons the demand
    Then OMEGA abandons the dialogue with DmdKo "Demande abandonnée."
    And the demand is "Demande abandonnée"
