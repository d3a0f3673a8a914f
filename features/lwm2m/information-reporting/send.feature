@requires:role=lwm2m-client @client-under-test @requires:operation=send @requires:operation=trigger-send
Feature: Information Reporting — Send (ETS LightweightM2M 1.1, int-306, int-307, int-311)
  The Client sends values to the Server on its own with a POST to /dp (TS-Core 1.1/1.2 §6.4.6), here
  when the operator triggers it; the Server accepts with 2.04 Changed. The Mute Send Resource /1/x/23
  switches Send off and on (TS-Core App. E.2).

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order. TS-Core App. E.2: while /1/x/23 is absent or true Send is disabled, so the
  # configuration is C.1 with Mute Send false (ETS int-306 "the Client has Send configured").

  Background:
    Given the Client is provisioned with configuration C.1 where /1/0/23 Mute Send is false
    And the Client is registered with the Server

  @LightweightM2M-1.1-int-306
  Scenario: Send Operation
    # 1. The Client sends data (forced by the operator) with a POST /dp.
    When the operator makes the Client send its data
    # A. The Send holds values of Objects registered at Register only, in SenML CBOR or JSON.
    Then (A) the Server receives a Send request with values of registered Objects only
    # B. The Server accepts it: the Client receives 2.04 Changed.
    And (B) the Client receives 2.04 Changed

  # ETS defect: steps 2 and 4 print "CoAP POST" for writing /1/x/23; a Resource is written with PUT.
  @LightweightM2M-1.1-int-307 @requires:format=0
  Scenario: Muting Send
    # 1. The Client sends; the Server accepts.
    When the operator makes the Client send its data
    # A. The Send arrives and is accepted with 2.04 Changed.
    Then (A) the Server receives a Send request with values of registered Objects only
    And (A) the Client receives 2.04 Changed
    # 2. WRITE (CoAP PUT) true to Mute Send /1/0/23.
    When the Server writes 1 to the Mute Send Resource /1/0/23 in plain text
    # B. 2.04 Changed.
    Then (B) the Server receives 2.04 Changed
    # 3. The operator triggers a Send again.
    When the operator makes the Client send its data
    # C. No Send reaches the Server.
    Then (C) no Send request reaches the Server within 5 seconds
    # 4. WRITE (CoAP PUT) false to Mute Send /1/0/23.
    When the Server writes 0 to the Mute Send Resource /1/0/23 in plain text
    # D. 2.04 Changed.
    Then (D) the Server receives 2.04 Changed
    # 5. The operator triggers a Send.
    When the operator makes the Client send its data
    # E. The Send arrives.
    Then (E) the Server receives a Send request with values of registered Objects only

  @LightweightM2M-1.1-int-311
  Scenario: Send command
    # 1. The Client sends the Lifetime /1/0/1 and Error Code /3/0/11/0 with a POST /dp.
    When the operator makes the Client send /1/0/1 and /3/0/11/0
    # A. The Server gets the expected values: /1/0/1 = 86400, /3/0/11/0 = 0.
    Then (A) the Server receives a Send request with values of registered Objects only
    And (A) the Send carries exactly these values:
      | path      | value |
      | /1/0/1    | 86400 |
      | /3/0/11/0 | 0     |
    # B. The Client receives 2.04 Changed.
    And (B) the Client receives 2.04 Changed
