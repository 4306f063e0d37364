@conformance
Feature: Envelopes OMEGA cannot read
  A request that is no safe XML, no SOAP envelope with one message, or no message of the contract
  is refused with a SOAP Fault, and omega names the one rule it breaks.

  Scenario Outline: A check broken in its envelope
    Given a 6M PCE held by our CAD
    When the supplier sends a check <how>
    Then omega finds the request breaks <rule> alone
    And OMEGA refuses the request with a SOAP Fault

    @rule:XML001
    Examples: XML
      | how                                        | rule    |
      | that is not well-formed XML                | XML001  |
    @rule:XML002
    Examples: DTD
      | how                                        | rule    |
      | with a DTD                                 | XML002  |
    @rule:XML003
    Examples: size
      | how                                        | rule    |
      | larger than the envelope limit             | XML003  |
    @rule:XML004
    Examples: depth
      | how                                        | rule    |
      | nested deeper than the limit               | XML004  |
    @rule:SOAP001
    Examples: root
      | how                                        | rule    |
      | whose root is not a SOAP Envelope          | SOAP001 |
    @rule:SOAP002
    Examples: Body
      | how                                        | rule    |
      | in an Envelope without a Body              | SOAP002 |
    @rule:SOAP003
    Examples: empty
      | how                                        | rule    |
      | with an empty Body                         | SOAP003 |
    @rule:SOAP004
    Examples: two
      | how                                        | rule    |
      | with two messages in its Body              | SOAP004 |
    @rule:XSD001
    Examples: undeclared
      | how                                        | rule    |
      | of a message the contract does not declare | XSD001  |
    @rule:XSD003
    Examples: unexpected
      | how                                        | rule    |
      | with a field the contract does not know    | XSD003  |
    @rule:XSD005
    Examples: attribute
      | how                                        | rule    |
      | with an attribute the contract does not know | XSD005 |

  @rule:XSD002
  Scenario: A request without a field the contract requires
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning
    And the supplier asks for the next page, with no Sens
    Then omega finds the request breaks XSD002 alone
    And OMEGA refuses the request with a SOAP Fault

  @rule:XSD004
  Scenario: A value its type does not allow
    Given a 6M PCE held by our CAD
    When the supplier creates an MHS at the client's initiative asking for a Sunday morning, with DateIndexClient "28/11/2026"
    Then omega finds the request breaks XSD004 alone
    And OMEGA refuses the request with a SOAP Fault

  @rule:SOAP005
  Scenario: A SOAP 1.1 envelope sent as SOAP 1.2
    Given a 6M PCE held by our CAD
    When the supplier checks the PCE, with the Content-Type of SOAP 1.2
    Then omega finds the request breaks SOAP005 alone
