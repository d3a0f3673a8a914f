@requires:role=lwm2m-server @server-under-test
Feature: Security at a Server under test (TS-Transport §5.2, §5.2.6)
  The Server binds the Endpoint Client Name to the identity its DTLS channel authenticated: a
  Register whose ep is not the endpoint of that PSK identity or certificate is answered 4.00 Bad
  Request, and so is a NoSec Register for an endpoint provisioned with security (there is no identity
  to bind). Handshakes with credentials the Server does not hold fail, and a client that stops in
  the middle of its handshake must not keep the Server from serving others (RFC 6347 §4.2.4).
  The suite provisions the credentials through the control API (`PUT /v1/security/{ep}`,
  docs/server-control-api.md "Security"); certificates come from the suite's test CA, which the
  Server under test must trust for the x509 scenarios. The OSCORE scenarios (RFC 8613) provision a
  Security Context the same way and protect every message of the scripted Client over plain coap.
  Each scenario pins its own transport.

  Background:
    Given the scripted Client holds configuration C.1

  @server-security-psk-register @requires:transport=coaps @requires:security=psk
  Scenario: Server accepts a Register over DTLS with the PSK provisioned for the endpoint
    Given the scripted Client uses coaps with a PSK provisioned for its endpoint
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 2.01 Created with a Location-Path
    And (B) the control API lists the Client with lifetime 86400, version 1.1, binding U and the object list it registered

  @server-security-psk-wrong-endpoint @requires:transport=coaps @requires:security=psk
  Scenario: Server refuses a Register whose ep is not the endpoint of the PSK identity with 4.00
    Given the scripted Client uses coaps with a PSK provisioned for another endpoint
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-security-nosec-for-psk-endpoint @requires:transport=coap @requires:security=psk
  Scenario: Server refuses a NoSec Register for an endpoint provisioned with a PSK with 4.00
    Given the Server under test has a PSK provisioned for the scripted Client's endpoint
    And the scripted Client uses coap without security
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-security-unknown-identity @requires:transport=coaps @requires:security=psk
  Scenario: Server refuses the DTLS handshake of an unknown PSK identity
    When a DTLS client with an unknown PSK identity connects to the Server under test
    Then (A) the Server under test refuses the handshake

  @server-security-wrong-key @requires:transport=coaps @requires:security=psk
  Scenario: Server refuses the DTLS handshake of a known PSK identity with a wrong key
    When a DTLS client with the scripted Client's PSK identity and a wrong key connects to the Server under test
    Then (A) the Server under test refuses the handshake
    And (B) the control API lists no registration

  @server-security-stalled-handshake @requires:transport=coaps @requires:security=psk
  Scenario: Server drops a handshake that stops half-way and keeps serving other clients
    Given the scripted Client uses coaps with a PSK provisioned for its endpoint
    When a DTLS client stops in the middle of its handshake with the Server under test
    Then (A) the Server under test still accepts a handshake and a Register from a well-behaved Client
    And (B) the Server under test drops the half-open handshake within 60 seconds, when it reports its DTLS sessions

  @server-security-certificate @requires:transport=coaps @requires:security=x509
  Scenario: Server accepts a Register from a certificate whose Common Name is the endpoint name
    Given the scripted Client uses coaps with the test certificate, as the endpoint its Common Name names
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 2.01 Created with a Location-Path

  @server-security-certificate-wrong-endpoint @requires:transport=coaps @requires:security=x509
  Scenario: Server refuses a Register whose ep is not the certificate's Common Name with 4.00
    Given the scripted Client uses coaps with the test certificate, as another endpoint
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-security-oscore-register @requires:transport=coap @requires:security=oscore
  Scenario: Server accepts a Register over OSCORE and protects its Device Management requests
    # RFC 8613; TS-Transport 1.1+ §5.2.9. The suite provisions the context ({"oscore": …}, server's view).
    Given the scripted Client protects its messages with OSCORE, with a context provisioned for its endpoint
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 2.01 Created with a Location-Path
    When the control API asks the Server under test to read "/3/0/0" with Accept 0
    Then (B) the scripted Client receives GET "/3/0/0" with Accept 0
    And (B) the control API reports 2.05 Content in Content-Format 0 with the values the Client holds under "/3/0/0"
    And (C) every message between the scripted Client and the Server under test carries the OSCORE option

  @server-security-oscore-wrong-secret @requires:transport=coap @requires:security=oscore
  Scenario: Server refuses an OSCORE Register that does not verify and registers nothing
    Given the scripted Client protects its messages with OSCORE, with a wrong Master Secret
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request or 4.01 Unauthorized, not protected
    And (B) the control API lists no registration

  @server-security-oscore-wrong-endpoint @requires:transport=coap @requires:security=oscore
  Scenario: Server refuses an OSCORE Register whose ep is not the endpoint of the context with 4.00
    Given the scripted Client protects its messages with OSCORE, with a context provisioned for another endpoint
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-security-nosec-for-oscore-endpoint @requires:transport=coap @requires:security=oscore
  Scenario: Server refuses a NoSec Register for an endpoint provisioned with OSCORE with 4.00
    Given the Server under test has an OSCORE context provisioned for the scripted Client's endpoint
    And the scripted Client uses coap without security
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration
