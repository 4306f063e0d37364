# Exported by omega export --feature from the recording 20261207T080000Z_19112345678901_MHS274068009,
# with the PCE roles of the target profile 'simulator'. Dates and slots are the
# target's own: a slot OMEGA offered is named by its place in the offer. The values the steps
# change are as recorded, personal data pseudonymized.
@conformance
Feature: The recorded dialogue 20261207T080000Z_19112345678901_MHS274068009
  What the supplier sent and OMEGA answered in this recording, in the steps of the conformance
  suite, to run against any target.

  Scenario: As recorded: PCE 19112345678901, 4 exchanges, ending "RDV programmé"
    Given a 6M PCE held by our CAD
    # 0001 VerifierRecevabiliteMHS
    When the supplier checks the PCE
    Then the dialogue goes on with code Message "Demande recevable."
    And the check offers the options 1 PNO, 7 PNO, 8 PNO
    # 0002 CreerDemandeMHS
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans la liste."
    And OMEGA offers between 1 and 24 slots
    And OMEGA gives PresenceClient PNO
    And the demand is "en attente de RDV"
    # 0003 DemanderPrecSuiv
    When the supplier asks for the next page
    Then the dialogue goes on with code ListeDP "La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle date et ou plage horaire dans la liste."
    And OMEGA offers between 1 and 24 slots
    # 0004 AccepterRdv
    When the supplier accepts the first offered slot
    Then the dialogue ends with code DmdOkDP "Le rendez-vous a été programmé avec succès."
    And the programmed date is the slot accepted
    And the demand is "RDV programmé"
