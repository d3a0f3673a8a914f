@requires:role=lwm2m-client @client-under-test @requires:lwm2m=1.2 @requires:operation=profile-id
Feature: Registration with a Profile ID (ETS LightweightM2M 1.2, int-110, int-111)
  A 1.2 Client may stand for a well-known list of Objects and Object Instances with a Profile ID
  `pid=` — here the dynamic kind: 32 bits of a SHA-256 over the list (RFC 6920 suite 6) — and list only
  the rest (TS-Core 1.2 §6.2.1). The suite's Server knows C.1's profile (/1/0, /3/0): both the value
  the ETS prints, 6:27354b9a, and the value the reference client computes (the TS leaves the hashed
  bytes to the implementation, see steps/lwm2m/profile-ids.ts).

  @LightweightM2M-1.2-int-110 @transport:registration-query
  Scenario: Initial Registration using Profile ID
    Given the Client is provisioned with configuration C.1
    And the Client is set to register as LwM2M 1.2 with a Profile ID
    # 1. The Client registers with pid= and no object list.
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Register request carries lwm2m=1.2
    And (A) the Register request's binding, if given, is the provisioned Binding
    And (A) the Register request carries a 32-bit SHA-256 Profile ID
    And (A) the Register request carries no object list
    # The Server resolves the profile to C.1 and accepts the registration.
    And (B) the Profile ID and the object list together name the Object Instances of configuration C.1
    And (B) the Client receives 2.01 Created

  @LightweightM2M-1.2-int-111 @transport:registration-query
  Scenario: Registration with Profile ID and Object List
    # C.5 is C.1 (as C.3) plus the Connectivity Monitoring Object Instance /4/0, which the profile does
    # not cover: the Register lists it (the ETS prints `<lwm2m=1.2;lt=86400;pid=6:27354b9a,/4/0>`).
    Given the Client is provisioned with configuration C.5
    And the Client is set to register as LwM2M 1.2 with a Profile ID
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Register request carries lwm2m=1.2
    And (A) the Register request carries a 32-bit SHA-256 Profile ID
    # The Server merges the profile's list with the explicit one.
    And (B) the Profile ID and the object list together name the Object Instances of configuration C.5
    And (B) the Client receives 2.01 Created
