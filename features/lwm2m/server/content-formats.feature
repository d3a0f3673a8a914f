@requires:role=lwm2m-server @server-under-test
Feature: Content formats a Server under test decodes (TS-Core §7.4 / 1.2 §7.5)
  A Server must decode whatever format the Client answers in (ETS int-237). The scripted Client
  answers each Read in one format; the Server's decoded values, as its control API reports them,
  must equal the values the Client holds.

  @server:LightweightM2M-1.1-int-204 @requires:format=11543 @transport:content-negotiation
  Scenario: Server reads the Device Object Instance in OMA JSON
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/3/0" with Accept 11543
    Then (A) the scripted Client receives GET "/3/0" with Accept 11543
    And (A) the control API reports 2.05 Content in Content-Format 11543 with the values the Client holds under "/3/0"

  @server:LightweightM2M-1.1-int-211 @requires:format=60 @transport:content-negotiation
  Scenario: Server reads single resources in CBOR
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/1/0/1" with Accept 60
    Then (A) the control API reports 2.05 Content in Content-Format 60 with the values the Client holds under "/1/0/1"
    When the control API asks the Server under test to read "/1/0/6" with Accept 60
    Then (A) the control API reports 2.05 Content in Content-Format 60 with the values the Client holds under "/1/0/6"
    When the control API asks the Server under test to read "/1/0/7" with Accept 60
    Then (A) the control API reports 2.05 Content in Content-Format 60 with the values the Client holds under "/1/0/7"

  @server:LightweightM2M-1.1-int-231 @requires:format=110 @transport:content-negotiation
  Scenario: Server reads in SenML JSON at every level
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/1" with Accept 110
    Then (A) the control API reports 2.05 Content in Content-Format 110 with the values the Client holds under "/1"
    When the control API asks the Server under test to read "/3/0" with Accept 110
    Then (A) the control API reports 2.05 Content in Content-Format 110 with the values the Client holds under "/3/0"
    When the control API asks the Server under test to read "/3/0/16" with Accept 110
    Then (A) the control API reports 2.05 Content in Content-Format 110 with the values the Client holds under "/3/0/16"
    When the control API asks the Server under test to read "/3/0/11/0" with Accept 110
    Then (A) the control API reports 2.05 Content in Content-Format 110 with the values the Client holds under "/3/0/11/0"

  @server:LightweightM2M-1.1-int-232 @requires:format=112 @transport:content-negotiation
  Scenario: Server reads in SenML CBOR at every level
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/1" with Accept 112
    Then (A) the control API reports 2.05 Content in Content-Format 112 with the values the Client holds under "/1"
    When the control API asks the Server under test to read "/3/0" with Accept 112
    Then (A) the control API reports 2.05 Content in Content-Format 112 with the values the Client holds under "/3/0"
    When the control API asks the Server under test to read "/3/0/16" with Accept 112
    Then (A) the control API reports 2.05 Content in Content-Format 112 with the values the Client holds under "/3/0/16"
    When the control API asks the Server under test to read "/3/0/11/0" with Accept 112
    Then (A) the control API reports 2.05 Content in Content-Format 112 with the values the Client holds under "/3/0/11/0"

  @server-read-lwm2m-cbor @requires:lwm2m=1.2 @requires:format=11544 @transport:content-negotiation
  Scenario: Server reads the Device Object Instance in LwM2M CBOR
    # LwM2M CBOR (1.2 TS-Core §7.5.6) has no ETS case of its own; int-237 requires decoding it.
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/3/0" with Accept 11544
    Then (A) the control API reports 2.05 Content in Content-Format 11544 with the values the Client holds under "/3/0"

  @server:LightweightM2M-1.1-int-237
  Scenario Outline: Server decodes an Object read without Accept in the format the Client chose
    # 1. Read (CoAP GET) /1 and /3 without Accept; the Client picks the format.
    Given the scripted Client holds configuration C.1
    And the scripted Client answers every Read in Content-Format <format>
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/1"
    Then (A) the scripted Client receives GET "/1" without Accept
    And (A) the control API reports 2.05 Content in Content-Format <format> with the values the Client holds under "/1"
    When the control API asks the Server under test to read "/3"
    Then (B) the control API reports 2.05 Content in Content-Format <format> with the values the Client holds under "/3"

    Examples: TLV
      | format |
      | 11542  |

    @requires:format=11543
    Examples: OMA JSON
      | format |
      | 11543  |

    @requires:format=110
    Examples: SenML JSON
      | format |
      | 110    |

    @requires:format=112
    Examples: SenML CBOR
      | format |
      | 112    |

    @requires:format=11544
    Examples: LwM2M CBOR
      | format |
      | 11544  |
