@requires:role=lwm2m-client @client-under-test
Feature: Channel security and the TCP binding (ETS LightweightM2M 1.1, int-106, int-401..404, int-406)
  The Client sets up DTLS 1.2 or TLS with the credentials of its Security Object Instance before any
  LwM2M message (TS-Transport 1.2 §5.2; TS-Core App. E.1), or opens CoAP over TCP with the CSM
  exchange (RFC 8323 §5.3), and registers with the binding of that transport (TS-Core 1.2 §6.2.1.2).
  Each case pins its own transport, whatever `testfest run --transport` says.

  # The ETS certificate ZIP is not published with the 1.2 PDFs; the suite makes its own test PKI (a
  # CA, server.example.com, a client certificate) and hands the Client a static host table
  # (server.example.com → 127.0.0.1), as a vendor maps the name in its own DNS. The suite's servers
  # bind no endpoint name to the identity (that is the server-under-test side, TS-Transport §5.2.6).

  @LightweightM2M-1.1-int-401 @requires:transport=coaps @requires:security=psk @requires:format=11542
  Scenario: UDP Channel Security - Pre-shared Key Mode
    # C.1 with its PSK account: the identity and key are generated for this scenario.
    Given the suite's servers are reached over coaps with a PSK per server
    And the Client is provisioned with configuration C.1
    # 1. DTLS handshake with the PSK of /0/0/3 and /0/0/5, then REGISTER over DTLS.
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Server's DTLS handshake completed with the PSK identity of the Client's account
    And (A) the Register request carries b=U
    And (A) the Client receives 2.01 Created
    # 2. READ (CoAP GET) /3/0 in TLV over the association.
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (B) every Read is answered 2.05 Content

  @LightweightM2M-1.1-int-402 @requires:transport=coaps @requires:security=x509 @requires:format=11542
  Scenario: UDP Channel Security - Certificate Mode
    # C.17: coaps://server.example.com, Security Mode 2; /0/0/4 holds the CA (Certificate Usage 0).
    Given the suite's servers are reached over coaps with certificates for server.example.com
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Server's DTLS handshake completed with the certificate of the Client's account
    And (A) the Client receives 2.01 Created
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (B) every Read is answered 2.05 Content

  @LightweightM2M-1.1-int-403 @requires:transport=coaps @requires:security=x509
  Scenario: Certificate Mode - server identity failure
    # C.18: the account names coaps://server-fail.example.com; the Server presents its certificate for
    # server.example.com. The Client must check the name (RFC 6125 §6) and abort the handshake.
    Given the suite's servers are reached over coaps with certificates for server.example.com
    And the Client reaches the Server as server-fail.example.com, while its certificate names server.example.com
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds

  @LightweightM2M-1.1-int-106 @requires:transport=coap+tcp
  Scenario: TCP Binding
    # The Server Account names coap+tcp://…; its Binding /1/0/7 is T.
    Given the suite's servers are reached over coap+tcp without security
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    # A. A TCP connection with CSMs both ways, then REGISTER with b=T, answered 2.01.
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Client and the Server exchanged CSMs before the Register
    And (A) the Register request carries b=T
    And (A) the Client receives 2.01 Created

  @LightweightM2M-1.1-int-404 @requires:transport=coaps+tcp @requires:security=x509 @requires:operation=bootstrap @requires:format=11542
  Scenario: TCP TLS Certificate
    # C.19: the Bootstrap-Server and the Server are both coaps+tcp://server.example.com with certificates.
    Given the suite's servers are reached over coaps+tcp with certificates for server.example.com
    And the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. TCP + TLS + CSM to the Bootstrap-Server; Client Initiated Bootstrap.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    And (A) the Bootstrap-Server's TLS handshake completed with the certificate of the Client's account
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    And (B) the Bootstrap-Server receives 2.04 Changed
    # 2. TCP + TLS to the Server; REGISTER with b=T; READ.
    And (C) the Server receives a new Register request
    And (C) the Server's TLS handshake completed with the certificate of the Client's account
    And (C) the Register request carries b=T
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (D) every Read is answered 2.05 Content

  @LightweightM2M-1.1-int-406 @requires:transport=coaps+tcp @requires:security=psk @requires:operation=bootstrap @requires:format=11542
  Scenario: TCP TLS Pre-shared Key Mode
    # C.20: as int-404 with a PSK per server.
    Given the suite's servers are reached over coaps+tcp with a PSK per server
    And the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    And (A) the Bootstrap-Server's TLS handshake completed with the PSK identity of the Client's account
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    And (B) the Bootstrap-Server receives 2.04 Changed
    And (C) the Server receives a new Register request
    And (C) the Server's TLS handshake completed with the PSK identity of the Client's account
    And (C) the Register request carries b=T
    When the Server reads each of these paths with Accept 11542 (TLV):
      | path |
      | /3/0 |
    Then (D) every Read is answered 2.05 Content
