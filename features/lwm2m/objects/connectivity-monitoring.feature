@requires:role=lwm2m-client @client-under-test @requires:object=4
Feature: Connectivity Monitoring Object /4 (ETS LightweightM2M 1.1, int-701, 710)
  The Server reads and observes the Connectivity Monitoring Object Instance of a Client provisioned
  with configuration C.5 (Object 4: the radio bearer, signal and addresses the device uses).

  # The values of /4/0 are the device's own radio state, so the criteria check them against their
  # definitions in Object 4 (mandatory Resources present, each value of its type and in its range),
  # not against fixed numbers. Criterion letters follow the ETS 1.0.1 numbering (1, 2, 3 → A, B, C).

  @LightweightM2M-1.1-int-701
  Scenario: Querying the readable resources of object
    Given the Client is provisioned with configuration C.5
    And the Client is registered with the Server
    # 1. READ (CoAP GET) on the Connectivity Monitoring Object Instance.
    When 1. the Server reads /4/0
    # A. The Client received the Read: observable only through B and C.
    Then (B) in step 1 the Server receives 2.05 Content
    And (C) in step 1 the payload holds the mandatory Resources 0, 1, 2 and 4 and every value is valid for its definition

  @LightweightM2M-1.1-int-710 @requires:operation=observe @requires:operation=write-attributes @transport:observe
  Scenario: Basic Observation and notification on Connectivity Monitoring Object Resources
    Given the Client is provisioned with configuration C.5
    And the Client is registered with the Server
    # 1. WRITE-ATTRIBUTES (CoAP PUT) pmin=2, pmax=10 at the Object Instance level.
    When 1. the Server writes the attributes pmin=2&pmax=10 to /4/0
    # A. The Client received the Write-Attributes: observable only through B.
    Then (B) in step 1 the Server receives 2.04 Changed
    # 2. OBSERVE (CoAP GET, Observe 0) on the Object Instance.
    When 2. the Server observes /4/0
    # C. The Client received the Observe: observable only through D.
    Then (D) in step 2 the Server receives 2.05 Content with an Observe option and the initial values
    # 3. The Client reports with NOTIFY messages.
    And (E) the Client notifies /4/0 at least 2 times, honouring pmin=2 and pmax=10
    And (F) every notification of /4/0 holds the mandatory Resources 0, 1, 2 and 4 and every value is valid for its definition
