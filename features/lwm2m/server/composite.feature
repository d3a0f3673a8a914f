@requires:role=lwm2m-server @server-under-test
Feature: Composite operations issued by a Server under test (TS-Core 1.1 §6.3.8–6.3.9)
  Read-Composite (FETCH) and Write-Composite (iPATCH) name their paths absolutely in SenML; the
  suite checks the path list or values on the wire and what the Server decoded from the answer.

  @server:LightweightM2M-1.1-int-280 @requires:operation=read-composite @requires:format=110 @transport:content-negotiation
  Scenario: Server reads exactly the requested paths with Read-Composite
    Given the scripted Client holds configuration C.1
    And the scripted Client is registered with the Server under test
    # 1. Read-Composite (CoAP FETCH) of /3/0/16, /3/0/11/0 and /1/0 in SenML JSON.
    When the control API asks the Server under test to read-composite "/3/0/16", "/3/0/11/0" and "/1/0" in Content-Format 110
    Then (A) the scripted Client receives FETCH "/" in Content-Format 110 naming exactly "/3/0/16", "/3/0/11/0" and "/1/0"
    # A. 2.05 with the values of exactly those paths.
    And (A) the control API reports 2.05 Content in Content-Format 110 with the values the Client holds under "/3/0/16", "/3/0/11/0" and "/1/0"

  @server:LightweightM2M-1.1-int-230 @requires:operation=write-composite @requires:format=110
  Scenario: Server writes several objects at once with Write-Composite
    Given the scripted Client holds configuration C.12
    And the scripted Client is registered with the Server under test
    # 1. Write-Composite (CoAP iPATCH): /1/0/1 = 61, /1/0/6 = true and the Portfolio's /16/0/0/0.
    When the control API asks the Server under test to write-composite in Content-Format 110:
      | path      | value      |
      | /1/0/1    | 61         |
      | /1/0/6    | true       |
      | /16/0/0/0 | "Host #1b" |
    Then (A) the scripted Client receives iPATCH "/" in Content-Format 110 carrying exactly those values
    And (A) the control API reports 2.04 Changed
    And (B) the scripted Client's "/16/0/0/0" now holds "Host #1b"
