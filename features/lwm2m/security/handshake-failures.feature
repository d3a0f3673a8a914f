@requires:role=lwm2m-client @client-under-test
Feature: Security failures the Client must not get past
  A Client that cannot authenticate its Server, or whose Server cannot authenticate it, must not send
  a single LwM2M message: the (D)TLS handshake fails and nothing registers (TS-Transport 1.2 §5.2;
  RFC 7925 §4; RFC 6125 §6). It tries again later with back-off (TS-Core 1.1 §6.2.1.1) — the evidence
  shows a failed handshake, never silence. A handshake that stalls half-way ends within the Client's
  bound (RFC 6347 §4.2.4), and a NoSec request from a host that is not the Client's Server is not
  answered (TS-Transport §6.4). These cases have no ETS id.

  # Waits are in spec seconds (scaled by --timing): 60 s covers a 30 s handshake bound, 150 s one
  # Communication Retry Timer (60 s) after it.

  @security-wrong-psk @requires:transport=coaps @requires:security=psk
  Scenario: Wrong pre-shared key
    Given the suite's servers are reached over coaps with a PSK per server
    And the Server holds another key for the Client's PSK identity
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds
    And (B) the Client tries the handshake with the Server again within 150 seconds, without registering

  @security-unknown-psk-identity @requires:transport=coaps @requires:security=psk
  Scenario: Unknown PSK identity
    Given the suite's servers are reached over coaps with a PSK per server
    And the Server does not know the Client's PSK identity
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds
    And (B) the Client tries the handshake with the Server again within 150 seconds, without registering

  @security-untrusted-certificate @requires:transport=coaps @requires:security=x509
  Scenario: Server certificate from an untrusted CA
    Given the suite's servers are reached over coaps with certificates for server.example.com
    And the Server presents a certificate from a CA the Client does not trust
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds

  @security-expired-certificate @requires:transport=coaps @requires:security=x509
  Scenario: Expired server certificate
    Given the suite's servers are reached over coaps with certificates for server.example.com
    And the Server presents an expired certificate
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds

  @security-tls-untrusted-certificate @requires:transport=coaps+tcp @requires:security=x509
  Scenario: Server certificate from an untrusted CA over TLS
    Given the suite's servers are reached over coaps+tcp with certificates for server.example.com
    And the Server presents a certificate from a CA the Client does not trust
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds

  @security-stalled-handshake @requires:transport=coaps @requires:security=psk
  Scenario: DTLS server stops answering in the middle of the handshake
    Given the suite's servers are reached over coaps with a PSK per server
    And the Client is provisioned with configuration C.1
    And the Client's Server Account names a DTLS server that answers the ClientHello and then goes silent
    When the Client is switched on
    Then (A) the Client ends the stalled handshake and starts a new one within 150 seconds

  @security-foreign-request @requires:transport=coap @requires:security=nosec
  Scenario: A request from a host that is not the Client's Server
    Given the suite's servers are reached over coap without security
    And the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    When a host that is not the Client's Server sends GET /3/0 to the Client
    Then (A) the Client does not answer the other host
    # The Client still serves its own Server.
    When the Server reads /3/0 without an Accept option
    Then (B) the Read of /3/0 is answered 2.05 Content
