@requires:role=lwm2m-client @client-under-test
Feature: Registration Interface (ETS LightweightM2M 1.1, int-101..105)
  The Client registers with the LwM2M Server, keeps its registration alive with Updates, and
  de-registers (TS-Core §6.2, TS-Transport §6.4.3). The suite plays the LwM2M Server and checks every
  message; each Then names the ETS pass criterion it checks.

  # The ETS 1.2 PDF was read through secondary sources (reference/lwm2m-ets.md); criterion letters
  # follow the ETS 1.0/1.1 text as Anjay's testfest suite quotes it, and are reconstructed for int-105.

  @LightweightM2M-1.1-int-101
  Scenario: Initial Registration
    Given the Client is provisioned with configuration C.1
    # 1. Registration message (CoAP POST) is sent from Client to Server.
    When the Client is switched on
    # A. The Server receives the REGISTER command with Endpoint Client Name, registration lifetime,
    #    LwM2M version, optional binding mode and SMS number, and the Objects and Object Instances.
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Register request carries lwm2m=1.1
    And (A) the Register request's binding, if given, is the provisioned Binding
    And (A) the Register payload lists the Object Instances without /0 or /21
    # B. The Client received "Success" (2.01 Created) related to the REGISTER command.
    And (B) the Client receives 2.01 Created

  @LightweightM2M-1.1-int-102
  Scenario: Registration Update
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. The Server sets the Lifetime Resource of Server Object Instance 0 to 20 s (CoAP PUT /1/0/1).
    When the Server writes 20 to the Lifetime Resource /1/0/1 in plain text
    Then (A) the Server receives 2.04 Changed
    # 2. UPDATE (CoAP POST) is sent from Client to Server with the Lifetime parameter set to 20 s.
    And (B) the Server receives an Update request with lt=20
    And (C) the Client receives 2.04 Changed
    # 3. Optionally, before the registration expires (20 s) the Client sends an UPDATE without parameters.
    # D. Either that Update arrives, or the registration ends at the Server after the 20 s.
    And (D) within 20 seconds either the Client sends an Update without parameters or its registration expires

  @LightweightM2M-1.1-int-103
  Scenario: Deregistration
    Given the Client is provisioned with configuration C.3
    And the Client is registered with the Server
    # 1. The Server executes the Disable Resource of the Server Object Instance (CoAP POST /1/0/4).
    When the Server executes the Disable Resource /1/0/4
    Then (A) the Server receives 2.04 Changed
    # 2. The Client sends a De-register (CoAP DELETE) to its registration location.
    And (B) the Server receives a De-register request on the registration location
    And (B) the Client receives 2.02 Deleted
    And (C) the Client is removed from the Server's registrations

  @LightweightM2M-1.1-int-104
  Scenario: Registration Update Trigger
    # ETS: "for test purposes a short registration lifetime is chosen 20 sec". The trigger is executed
    # right after registering, so the Client's own periodic Update is not yet due and the Update that
    # follows is the trigger's.
    Given the Client is provisioned with configuration C.1 and a Lifetime of 20 seconds
    And the Client is registered with the Server
    # 1. Before the registration expires the Server executes Registration Update Trigger (CoAP POST /1/0/8).
    When the Server executes the Registration Update Trigger Resource /1/0/8
    # A. The Client received the trigger: observable only through B and C.
    Then (B) the Server receives 2.04 Changed
    # 2. UPDATE (CoAP POST) is sent from Client to Server.
    And (C) the Server receives an Update request without parameters
    And (D) the Client receives 2.04 Changed
    And (E) the Client is still registered after the initial registration lifetime has expired

  @LightweightM2M-1.1-int-105
  Scenario: Discarded Register Update
    # A low lifetime so that the Client's next Update comes soon. The ETS lets the Server forget the
    # registration (or spoof a NoSec De-register); the suite's server simply discards it.
    Given the Client is provisioned with configuration C.1 and a Lifetime of 20 seconds
    And the Client is registered with the Server
    When the Server discards the registration without telling the Client
    Then (A) the Client sends an Update on the discarded registration within its lifetime and receives 4.04 Not Found
    # The Client must register again (TS-Core §6.2.2); Wakaama is known not to.
    And (B) the Server receives a new Register request
    And (C) the Client receives 2.01 Created
