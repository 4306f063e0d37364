@conformance
Feature: Requests that break a rule of the specification
  Each scenario sends a request broken for one rule: omega names that rule alone, and OMEGA refuses
  the request (or, for a warning, lets it through).

  @rule:MHS101
  Scenario: The check without a DNEntreprise
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with an empty DNEntreprise
    Then omega finds the request breaks MHS101 alone
    And OMEGA abandons the dialogue with DmdKo "Habilitation incorrecte."

  @rule:MHS102
  Scenario: The check without a NumeroCAD
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with an empty NumeroCAD
    Then omega finds the request breaks MHS102 alone
    And OMEGA abandons the dialogue with DmdKo "Habilitation incorrecte."

  @rule:MHS103 @label:LoginManquant
  Scenario: The check without a Login
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with an empty Utilisateur/Login
    Then omega finds the request breaks MHS103 alone
    And OMEGA abandons the dialogue with DmdKo "Le login doit être renseigné."

  @rule:MHS104
  Scenario Outline: The check speaks V10 only
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with NumeroVersion "<version>"
    Then omega finds the request breaks MHS104 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

    Examples:
      | version |
      | V5      |
      | V9      |

  @rule:MHS104
  Scenario: The creation in a version OMEGA no longer serves
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with NumeroVersion "V4" and no DateIndexClient and no IndexClient
    Then omega finds the request breaks MHS104 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS105
  Scenario: The check without a NumeroPCE
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with an empty NumeroPCE
    Then omega finds the request breaks MHS105 alone
    And OMEGA abandons the dialogue with DmdKo "Numéro de PCE incorrect ou inconnu"

  @rule:MHS106
  Scenario: A NumeroPCE of 13 digits
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with NumeroPCE "1911234567890"
    Then omega finds the request breaks MHS106 alone
    And OMEGA abandons the dialogue with DmdKo "Numéro de PCE incorrect ou inconnu"

  @rule:MHS107
  Scenario: A CodePostal of 4 digits
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with CodePostal "6903"
    Then omega finds the request breaks MHS107 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS108 @label:DonneeIncorrecte
  Scenario: A demand that is not a MHS
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with TypeDemande "MES"
    Then omega finds the request breaks MHS108 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS109
  Scenario: The option "Index auto-relevé" is no longer offered
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative with option 2 asking for a Sunday morning
    Then omega finds the request breaks MHS109 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS110
  Scenario: At the supplier's initiative the option is the Relève spéciale
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at its own initiative with motif 21 asking for a Sunday morning, with OptionPrestation "8"
    Then omega finds the request breaks MHS110 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  Scenario Outline: At the client's initiative in V5 the option is the Relève spéciale
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion <version>
    When the supplier creates an MHS at the client's initiative with option 7 asking for a Sunday morning
    Then <outcome>

    @rule:MHS111
    Examples: broken
      | version | outcome                                     |
      | V5      | omega finds the request breaks MHS111 alone |

    Examples: allowed
      | version | outcome                                     |
      | V6      | the dialogue goes on with code ListeDP      |
      | V10     | the dialogue goes on with code ListeDP      |

  @rule:MHS111
  Scenario: At the client's initiative an option of no kind
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative with option 5 asking for a Sunday morning
    Then omega finds the request breaks MHS111 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS112
  Scenario: At the supplier's initiative a motif is expected
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at its own initiative with motif 21 asking for a Sunday morning, with an empty Motif
    Then omega finds the request breaks MHS112 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS113
  Scenario: At the supplier's initiative a motif of no kind
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at its own initiative with motif 23 asking for a Sunday morning
    Then omega finds the request breaks MHS113 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS114
  Scenario: At the client's initiative the motif stays empty
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with Motif "22"
    Then omega finds the request breaks MHS114 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS115
  Scenario: An index of six characters
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with ValeurIndexReleve "045120"
    Then omega finds the request breaks MHS115 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS116
  Scenario: An index read by the supplier in V5
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion V5
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with ValeurIndexReleve "4512"
    Then omega finds the request breaks MHS116 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS117
  Scenario: A client gone from an inaccessible PCE without the index
    Given a 6M PCE held by our CAD where the customer must be present
    When the supplier creates an MHS at the client's initiative with option 8 asking for a Sunday morning
    Then omega finds the request breaks MHS117 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS118
  Scenario Outline: From V7 the client's index comes with its date
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion <version>
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with no DateIndexClient
    Then omega finds the request breaks MHS118 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

    Examples:
      | version |
      | V7      |
      | V8      |
      | V9      |
      | V10     |

  @rule:MHS119
  Scenario Outline: Before V7 the client's index is not read
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion <version>
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with DateIndexClient "2026-11-28" and IndexClient "04512"
    Then omega finds the request breaks MHS119 alone
    And the dialogue goes on with code ListeDP

    Examples:
      | version |
      | V5      |
      | V6      |

  @rule:MHS120
  Scenario: A first appointment date not written YYYY-MM-DD
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with PremierRdvDemande/Date "15/12/2026"
    Then omega finds the request breaks MHS120 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS121 @label:MessageAPoursuivre
  Scenario: A 6M PCE asked for a date without a Plage
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for the next working day
    Then omega finds the request breaks MHS121 alone
    And the dialogue goes on with code Message "Le rendez-vous a été enregistré à la date demandée, pour poursuivre analyser le message lié au code suivant : "

  @rule:MHS122
  Scenario: A synchronisation number OMEGA ignores
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with NumeroSynchroIntervention "2"
    Then omega finds the request breaks MHS122 alone
    And the dialogue goes on with code ListeDP

  Scenario Outline: The contact's telephone holds digits only from V8
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion <version>
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with Telephone "04 78 56 34 12"
    Then <outcome>

    Examples: allowed
      | version | outcome                                     |
      | V5      | the dialogue goes on with code ListeDP      |
      | V7      | the dialogue goes on with code ListeDP      |

    @rule:MHS123
    Examples: broken
      | version | outcome                                     |
      | V8      | omega finds the request breaks MHS123 alone |
      | V9      | omega finds the request breaks MHS123 alone |
      | V10     | omega finds the request breaks MHS123 alone |

  @rule:MHS124
  Scenario: A Civilite of no kind
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with Civilite "M."
    Then omega finds the request breaks MHS124 alone
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS125
  Scenario: A contact name the Bon d'Intervention cuts
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with ContactIntervention/Nom "Mme Roussel-Delacourtine"
    Then omega finds the request breaks MHS125 alone
    And the dialogue goes on with code ListeDP

  @rule:MHS126
  Scenario: An appointment call without its NumeroDemande
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier abandons the demand, with an empty NumeroDemande
    Then omega finds the request breaks MHS126 and DLG301, nothing else
    And OMEGA abandons the dialogue with DmdKo "Donnée incorrecte : "

  @rule:MHS202 @rule:MHS203 @rule:MHS204 @rule:MHS205 @rule:MHS211 @rule:MHS212 @rule:MHS213
  Scenario Outline: OMEGA's answers in every version the creation speaks
    Given a 6M PCE held by our CAD
    And the supplier speaks NumeroVersion <version>
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    Then the dialogue goes on with code ListeDP and between 1 and 24 slots
    When the supplier proposes the first offered slot
    Then the dialogue goes on with code DatePlageH
    When the supplier accepts the programmed date
    Then the dialogue ends with code DmdOkDP

    Examples:
      | version |
      | V5      |
      | V6      |
      | V7      |
      | V8      |
      | V9      |
      | V10     |
