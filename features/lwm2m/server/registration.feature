@requires:role=lwm2m-server @server-under-test
Feature: Registration Interface of a Server under test (TS-Core §6.2, TS-Transport §6.4.3)
  The suite plays the LwM2M Client at message level: a scripted client sends hand-built Register,
  Update and De-register requests to the Server under test and checks every answer; what the Server
  made of them is read back through its HTTP control API (docs/server-control-api.md). The ETS
  cases are written for a Client under test; here they are mirrored from the Server's side, so the
  criterion letters name the ETS criterion the Server's half of the exchange decides.

  Background:
    Given the scripted Client holds configuration C.1

  @server:LightweightM2M-1.1-int-101
  Scenario: Server accepts a valid Register with 2.01 and Location-Path
    # 1. Registration message (CoAP POST /rd) from Client to Server.
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    # B. The Client receives "Success" (2.01 Created) with the registration's location.
    Then (B) the Server under test answers 2.01 Created with a Location-Path
    # A. The Server received ep, lifetime, version, binding and the Objects and Object Instances.
    And (A) the control API lists the Client with lifetime 86400, version 1.1, binding U and the object list it registered

  @server-register-missing-ep @transport:registration-query
  Scenario: Server rejects a Register without Endpoint Client Name with 4.00
    # TS-Core §6.2.1: ep is mandatory in 1.0, and in 1.1 without a security identity (NoSec) to take
    # the name from (TS-Transport §6.4.3 Table 6.4.3-1; Leshan answers 4.00/4.03 likewise).
    When the scripted Client sends a Register without ep with query "lwm2m=1.0&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-register-bad-lifetime @transport:registration-query
  Scenario Outline: Server rejects a Register with an invalid lifetime with 4.00
    # TS-Core §6.2.1: lt is a positive integer of seconds.
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=<lifetime>&b=U" and its object list
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

    Examples:
      | lifetime |
      | 0        |
      | -5       |
      | twenty   |

  @server-register-bad-object-list
  Scenario: Server rejects a Register whose object list is not CoRE link format with 4.00
    # TS-Core §6.2.1: the payload is the link-format list of Objects and Object Instances (RFC 6690).
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and the object list "</1/0,</3/0>"
    Then (A) the Server under test answers 4.00 Bad Request
    And (B) the control API lists no registration

  @server-version-negotiation
  Scenario: Server answers 4.12 to an unsupported LwM2M version and accepts the Client's step down
    # TS-Transport Table 6.7-2: an LwM2M version the Server does not support is 4.12 Precondition
    # Failed — not 4.00, which would strand a client (Anjay steps down a minor version only on 4.12).
    When the scripted Client sends a Register with query "lwm2m=1.9&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 4.12 Precondition Failed
    And (B) the control API lists no registration
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (C) the Server under test answers 2.01 Created with a Location-Path
    And (C) the control API lists the Client with lifetime 86400, version 1.1, binding U and the object list it registered

  @server:LightweightM2M-1.1-int-102
  Scenario: Server accepts a Registration Update with a new lifetime
    Given the scripted Client is registered with the Server under test
    # 2. UPDATE (CoAP POST) with the Lifetime parameter set to 20 s.
    When the scripted Client sends an Update with query "lt=20"
    # C. The Client receives 2.04 Changed.
    Then (C) the Server under test answers 2.04 Changed
    And (B) the control API lists the Client with lifetime 20
    # D. Without a further Update the Server ends the registration after the 20 s.
    When the scripted Client lets 20 seconds pass without an Update
    Then (D) the control API lists no registration
    And (D) the control API reports the registration expired

  @server-lifetime-refresh
  Scenario: Server keeps a registration alive on an Update without parameters
    # TS-Core §6.2.2: an Update with no parameters refreshes the registration's lifetime.
    Given the scripted Client is registered with the Server under test with lifetime 20
    When the scripted Client waits 14 seconds and sends an Update with query ""
    Then (A) the Server under test answers 2.04 Changed
    When the scripted Client waits 14 seconds
    Then (B) the control API lists the Client with lifetime 20

  @server:LightweightM2M-1.1-int-105 @transport:registration-query
  Scenario: Server answers 4.04 to an Update on an unknown registration
    # The ETS has the Server forget the registration; here the scripted Client updates a location the
    # Server never gave out, which is the same thing from the Server's side.
    Given the scripted Client is registered with the Server under test
    When the scripted Client sends an Update to the unknown location "rd/unknown-reg"
    # A. The Server answers the Update 4.04 Not Found, after which the Client must register again.
    Then (A) the Server under test answers 4.04 Not Found
    And (B) the control API still lists the Client with its registration unchanged

  @server-deregister-unknown @transport:registration-query
  Scenario: Server answers 4.04 to a De-register of an unknown registration
    Given the scripted Client is registered with the Server under test
    When the scripted Client sends a De-register to the unknown location "rd/unknown-reg"
    Then (A) the Server under test answers 4.04 Not Found
    And (B) the control API still lists the Client with its registration unchanged

  @server:LightweightM2M-1.1-int-103
  Scenario: Server removes a Client on De-register with 2.02
    Given the scripted Client is registered with the Server under test
    # 2. The Client sends a De-register (CoAP DELETE) to its registration location.
    When the scripted Client sends a De-register
    Then (B) the Server under test answers 2.02 Deleted
    # C. The Client is removed from the Server's registrations.
    And (C) the control API lists no registration
    When the scripted Client sends an Update with query ""
    Then (C) the Server under test answers 4.04 Not Found

  @server:LightweightM2M-1.1-int-241
  Scenario: Server replaces the old registration when a rebooted Client registers again
    Given the scripted Client is registered with the Server under test
    # 1. The Server executes Reboot (CoAP POST /3/0/4).
    When the control API asks the Server under test to execute "/3/0/4"
    Then (A) the scripted Client receives POST "/3/0/4"
    And (A) the control API reports 2.04 Changed
    # The Client reboots and registers again (int-101); the Server replaces the old registration.
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (B) the Server under test answers 2.01 Created with a Location-Path
    And (B) the control API lists exactly one registration of the Client, at the new location
    # The old registration is gone: its location answers 4.04 (unless the Server gave it out again).
    When the scripted Client sends an Update to its previous location
    Then (B) the Server under test answers 4.04 Not Found, unless it gave the same location again
