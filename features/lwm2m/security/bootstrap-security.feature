@requires:role=lwm2m-client @client-under-test
Feature: Client Initiated Bootstrap with security (ETS LightweightM2M 1.1, int-1, int-2)
  As int-0, with the Bootstrap-Server reached over DTLS and the Server Account it writes carrying the
  Server's credentials; the Client then registers with the Server over DTLS as in int-401 and int-402
  (TS-Core §6.1, TS-Transport 1.2 §5.2, App. E.1).

  @LightweightM2M-1.1-int-1 @requires:transport=coaps @requires:security=psk @requires:operation=bootstrap @requires:format=11542
  Scenario: Client Initiated Bootstrap Full (PSK)
    # C.13 (ETS 1.2.1): the Bootstrap-Server Account with a PSK; no Server Object Instance.
    Given the suite's servers are reached over coaps with a PSK per server
    And the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. DTLS with the Bootstrap-Server's PSK, BOOTSTRAP-REQUEST.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    And (A) the Bootstrap-Server's DTLS handshake completed with the PSK identity of the Client's account
    # 2. BOOTSTRAP-WRITE /0 (coaps:// URI, mode 0, the Server's PSK identity and key) and /1; FINISH.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    And (B) the Bootstrap-Server receives 2.04 Changed
    # 3. int-401 with the written credentials: DTLS, REGISTER, READ /3/0 in TLV.
    And (C) the Server receives a new Register request
    And (C) the Server's DTLS handshake completed with the PSK identity of the Client's account
    And (C) the Client receives 2.01 Created
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (D) every Read is answered 2.05 Content

  @LightweightM2M-1.1-int-2 @requires:transport=coaps @requires:security=x509 @requires:operation=bootstrap @requires:format=11542
  Scenario: Client Initiated Bootstrap Full (Certificate)
    # The Bootstrap-Server and the Server are coaps://server.example.com; Security Mode 2 with the
    # client certificate and key, the CA in /0/x/4 (Certificate Usage 0).
    Given the suite's servers are reached over coaps with certificates for server.example.com
    And the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    And (A) the Bootstrap-Server's DTLS handshake completed with the certificate of the Client's account
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    And (B) the Bootstrap-Server receives 2.04 Changed
    # 3. int-402 with the written account.
    And (C) the Server receives a new Register request
    And (C) the Server's DTLS handshake completed with the certificate of the Client's account
    And (C) the Client receives 2.01 Created
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (D) every Read is answered 2.05 Content
