@requires:role=lwm2m-client @client-under-test
Feature: OSCORE object security (ETS LightweightM2M 1.1 int-405; 1.2 int-11)
  With /0/x/17 OSCORE Security Mode linking an OSCORE Object instance /21/y (TS-Core 1.2 App. E.1;
  ETS C.22–C.24), the Client protects every message to and from that server with OSCORE (RFC 8613;
  TS-Transport 1.2 §5.5): the OSCORE option on each message, outer code POST / 2.04 (FETCH / 2.05
  for Observe), the real code, options and payload encrypted. Each case pins coap underneath.

  # The ETS prints no key material: the suite generates a Master Secret and Salt per server account
  # (Sender ID 01, Recipient ID 02, AES-CCM-16-64-128, HKDF SHA-256). The first request after boot is
  # challenged with Echo (RFC 9175; RFC 8613 App. B.1.2), answered protected as well.

  @LightweightM2M-1.1-int-405 @requires:transport=coap @requires:security=oscore @requires:format=11542
  Scenario: OSCORE
    # C.22 (printed C.19): C.1 with /0/0/17 → /21/0.
    Given the suite's servers are reached over coap with OSCORE
    And the Client is provisioned with configuration C.1
    # 1. REGISTER, OSCORE-protected.
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Client receives 2.01 Created
    # 2. READ /3/0 in TLV, OSCORE-protected.
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (B) every Read is answered 2.05 Content
    And (C) every message between the Client and the Server carried the OSCORE option, with outer code POST or 2.04 and an encrypted payload

  @LightweightM2M-1.2-int-11 @requires:transport=coap @requires:security=oscore @requires:operation=bootstrap @requires:object=21 @requires:format=11542
  Scenario: Client Initiated Bootstrap (OSCORE)
    # C.23/C.24: the Bootstrap-Server Account /0/1 with /0/1/17 → /21/1; no Server Object Instance.
    Given the suite's servers are reached over coap with OSCORE
    And the Client is provisioned with configuration C.13
    And the Client is set to speak LwM2M 1.2
    And the suite's Bootstrap-Server is ready
    # 1. BOOTSTRAP-REQUEST, OSCORE-protected.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 2. BOOTSTRAP-WRITE /0 (the Server Account, /0/0/17 → /21/0), /21 (its OSCORE context), /1.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0, /21 and /1
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    # 3. BOOTSTRAP-DISCOVER lists both OSCORE Object instances.
    When the Bootstrap-Server discovers /
    Then (C) the Bootstrap-Server receives 2.05 Content
    And (C) the Bootstrap-Discover answer lists the enabler version 1.2 and these links:
      | link  | ssid |
      | /0/0  | 1    |
      | /1/0  | 1    |
      | /21/0 |      |
      | /21/1 |      |
    # 4. BOOTSTRAP-FINISH; every Bootstrap exchange was protected.
    When the Bootstrap-Server sends Bootstrap-Finish
    Then (D) the Bootstrap-Server receives 2.04 Changed
    And (D) every message between the Client and the Bootstrap-Server carried the OSCORE option, with outer code POST or 2.04 and an encrypted payload
    # 5. REGISTER to the Server over OSCORE with the written context.
    And (E) the Server receives a new Register request
    And (E) the Client receives 2.01 Created
    And (E) every message between the Client and the Server carried the OSCORE option, with outer code POST or 2.04 and an encrypted payload

  @security-oscore-wrong-secret @requires:transport=coap @requires:security=oscore
  Scenario: OSCORE with a Master Secret the Server does not share
    # The Client's /21/0 and the Server's context differ in the Master Secret: the Server cannot
    # verify the Client's requests (RFC 8613 §8.2 step 6: decryption failed → 4.00, unprotected).
    Given the suite's servers are reached over coap with OSCORE
    And the Server holds another OSCORE Master Secret than the Client
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Server answers the Client's OSCORE requests with 4.00 or 4.01 and accepts no Register within 30 seconds
