@requires:role=lwm2m-client @client-under-test
Feature: Executable Resource: Reboot (ETS LightweightM2M 1.1, int-241)
  Executing the Device Object's Reboot Resource /3/0/4 (TS-Core App. E.4) restarts the Client, which
  then registers afresh (int-101); the Server replaces the old registration with the new one
  (TS-Core §6.2.1) and reaches the Client through it.

  @LightweightM2M-1.1-int-241
  Scenario: Executable Resource: Rebooting the device
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. The Server executes the Reboot Resource (POST /3/0/4).
    When the Server executes the Reboot Resource /3/0/4
    Then (A) the Server receives 2.04 Changed
    # 2. The Client reboots and registers again (int-101).
    And (B) the Server receives a new Register request
    And (B) the Client receives 2.01 Created
    # 3. The Server replaced the old registration; the Client answers through the new one.
    And (C) the new registration replaces the old one and the Client answers a Read of /3/0/0 through it
