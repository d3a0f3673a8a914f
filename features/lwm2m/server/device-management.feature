@requires:role=lwm2m-server @server-under-test
Feature: Device Management issued by a Server under test (TS-Core §6.3, TS-Transport §6.4.4)
  Through its control API the suite makes the Server under test issue each Device Management
  operation to the scripted Client, then checks the request on the wire (method, path, options,
  payload decoded by its Content-Format) and what the Server reports back (code, decoded content).
  The scripted Client holds an ETS Appendix C configuration and answers per TS-Core.

  @server:LightweightM2M-1.1-int-201 @transport:content-negotiation
  Scenario: Server reads single resources in plain text
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/3/0/0" with Accept 0
    Then (A) the scripted Client receives GET "/3/0/0" with Accept 0
    And (A) the control API reports 2.05 Content in Content-Format 0 with the values the Client holds under "/3/0/0"
    When the control API asks the Server under test to read "/3/0/2" with Accept 0
    Then (A) the control API reports 2.05 Content in Content-Format 0 with the values the Client holds under "/3/0/2"

  @server:LightweightM2M-1.1-int-202 @requires:format=42 @transport:content-negotiation
  Scenario: Server reads an opaque resource in Opaque format
    # ETS 1.2 keeps int-202 as a placeholder without procedure; this is its Server-side intent:
    # a Read with Accept 42 of an Opaque Resource Instance (C.15: BinaryAppDataContainer /19).
    Given the scripted Client holds configuration C.15
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/19/0/0/0" with Accept 42
    Then (A) the scripted Client receives GET "/19/0/0/0" with Accept 42
    And (A) the control API reports 2.05 Content in Content-Format 42 with the values the Client holds under "/19/0/0/0"

  @server:LightweightM2M-1.1-int-203 @transport:content-negotiation
  Scenario: Server reads the Device Object Instance in TLV
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/3/0" with Accept 11542
    Then (A) the scripted Client receives GET "/3/0" with Accept 11542
    And (A) the control API reports 2.05 Content in Content-Format 11542 with the values the Client holds under "/3/0"

  @server:LightweightM2M-1.1-int-222
  Scenario: Server reads whole Objects
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to read "/1"
    Then (A) the scripted Client receives GET "/1"
    And (A) the control API reports 2.05 Content with the values the Client holds under "/1"
    When the control API asks the Server under test to read "/3"
    Then (B) the control API reports 2.05 Content with the values the Client holds under "/3"

  @server:LightweightM2M-1.1-int-205
  Scenario: Server writes single resources in plain text
    Given the scripted Client holds configuration C.3
    And the scripted Client is registered with the Server under test
    # 1. Write (CoAP PUT) /1/0/2 = 101, /1/0/3 = 1010 in plain text.
    When the control API asks the Server under test to write 101 to "/1/0/2" in Content-Format 0
    Then (A) the scripted Client receives PUT "/1/0/2" in Content-Format 0 carrying "/1/0/2" = 101
    And (A) the control API reports 2.04 Changed
    When the control API asks the Server under test to write 1010 to "/1/0/3" in Content-Format 0
    Then (A) the control API reports 2.04 Changed
    # B. Reading back gives the new values.
    When the control API asks the Server under test to read "/1/0/3" with Accept 0
    Then (B) the control API reports 2.05 Content in Content-Format 0 with the value 1010 for "/1/0/3"

  @server:LightweightM2M-1.1-int-215
  Scenario: Server writes a Partial Update of the Server Object Instance in TLV
    Given the scripted Client holds configuration C.3
    And the scripted Client is registered with the Server under test
    # 1. Write (CoAP POST) on /1/0 in TLV: /1/0/2 = 101, /1/0/3 = 1010, /1/0/5 = 2000 (ETS bytes
    #    C1 02 65, C2 03 03 F2, C2 05 07 D0), /1/0/6 = true, /1/0/7 = "U".
    When the control API asks the Server under test to update "/1/0" in Content-Format 11542 with:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/3 | 1010  |
      | /1/0/5 | 2000  |
      | /1/0/6 | true  |
      | /1/0/7 | "U"   |
    Then (A) the scripted Client receives POST "/1/0" in Content-Format 11542 carrying exactly those values
    And (A) the control API reports 2.04 Changed
    And (B) the scripted Client's "/1/0/1" still holds 86400

  @server:LightweightM2M-1.1-int-234 @requires:format=110
  Scenario: Server writes a Partial Update in SenML JSON
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to update "/1/0" in Content-Format 110 with:
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    Then (A) the scripted Client receives POST "/1/0" in Content-Format 110 carrying exactly those values
    And (A) the control API reports 2.04 Changed

  @server:LightweightM2M-1.1-int-256
  Scenario: Server reports a Write refused by the Client
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    # 1. Write /1/0/0 (Short Server ID, read-only) = 123.
    When the control API asks the Server under test to write 123 to "/1/0/0" in Content-Format 0
    Then (A) the scripted Client receives PUT "/1/0/0" in Content-Format 0 carrying "/1/0/0" = 123
    # The Client answers 4.05 Method Not Allowed; the Server reports it as the operation's result.
    And (A) the control API reports 4.05 Method Not Allowed
    And (B) the scripted Client's "/1/0/0" still holds 1

  @server:LightweightM2M-1.1-int-104
  Scenario: Server executes the Registration Update Trigger and accepts the Update that follows
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to execute "/1/0/8"
    Then (B) the scripted Client receives POST "/1/0/8" without payload
    And (B) the control API reports 2.04 Changed
    When the scripted Client sends an Update with query ""
    Then (D) the Server under test answers 2.04 Changed

  @server:LightweightM2M-1.1-int-260
  Scenario: Server writes attributes and discovers them
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    # 2. Write-Attributes /3?pmin=10&pmax=200: PUT with Uri-Query and no payload.
    When the control API asks the Server under test to write the attributes "pmin=10&pmax=200" to "/3"
    Then (A) the scripted Client receives PUT "/3" with exactly the query "pmin=10&pmax=200" and no payload
    And (A) the control API reports 2.04 Changed
    # 3. Discover /3: GET with Accept 40; the Server decodes the CoRE link format.
    When the control API asks the Server under test to discover "/3"
    Then (B) the scripted Client receives GET "/3" with Accept 40
    And (B) the control API reports 2.05 Content with the links the Client sent, including "</3>;pmin=10;pmax=200"

  @server:LightweightM2M-1.1-int-261
  Scenario: Server writes attributes on a resource instance
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to write the attributes "pmax=100&epmin=1&epmax=20" to "/3/0/11/0"
    Then (A) the scripted Client receives PUT "/3/0/11/0" with exactly the query "pmax=100&epmin=1&epmax=20" and no payload
    And (A) the control API reports 2.04 Changed

  @server:LightweightM2M-1.1-int-1630
  Scenario: Server creates a Portfolio Object Instance
    Given the scripted Client holds configuration C.12
    And the scripted Client is registered with the Server under test
    # 1. Create (CoAP POST /16) with Object Instance 1 in TLV.
    When the control API asks the Server under test to create in "/16" in Content-Format 11542:
      | path       | value             |
      | /16/1/0/0  | "Host Device ID #2" |
    Then (A) the scripted Client receives POST "/16" in Content-Format 11542 carrying exactly those values
    And (A) the control API reports 2.01 Created
    And (B) the scripted Client now has Object Instance "/16/1"

  @server:LightweightM2M-1.1-int-1635
  Scenario: Server deletes a Portfolio Object Instance
    Given the scripted Client holds configuration C.12
    And the scripted Client is registered with the Server under test
    When the control API asks the Server under test to delete "/16/0"
    Then (A) the scripted Client receives DELETE "/16/0"
    # ETS prints "2.04 Deleted" (§1.9): the Delete success code is 2.02 Deleted.
    And (A) the control API reports 2.02 Deleted
    And (B) the scripted Client no longer has Object Instance "/16/0"
