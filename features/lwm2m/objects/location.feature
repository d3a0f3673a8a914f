@requires:role=lwm2m-client @client-under-test @requires:object=6
Feature: Location Object /6 (ETS LightweightM2M 1.1, int-801, 810)
  The Server reads and observes the Location Object Instance of a Client provisioned with
  configuration C.7 (Object 6: latitude, longitude and the time of the fix).

  # Location values are the device's own, so the criteria check them against Object 6 (mandatory
  # Resources present, each value of its type and in its range, a Timestamp no later than now).
  # Criterion letters follow the ETS 1.0.1 numbering (1, 2, 3 → A, B, C).

  @LightweightM2M-1.1-int-801
  Scenario: Querying the readable resources of object
    Given the Client is provisioned with configuration C.7
    And the Client is registered with the Server
    # 1. READ (CoAP GET) on the Location Object Instance.
    When 1. the Server reads /6/0
    # A. The Client received the Read: observable only through B and C.
    Then (B) in step 1 the Server receives 2.05 Content
    And (C) in step 1 the payload holds the mandatory Resources 0, 1 and 5 and every value is valid for its definition

  @LightweightM2M-1.1-int-810 @requires:operation=observe @requires:operation=write-attributes @transport:observe
  Scenario: Basic Observation and notification on Location Object Instance
    Given the Client is provisioned with configuration C.7
    And the Client is registered with the Server
    # 1. WRITE-ATTRIBUTES (CoAP PUT) pmin=2, pmax=10 at the Object Instance level (the ETS criterion
    #    prints "pmin=2 and pmin=10").
    When 1. the Server writes the attributes pmin=2&pmax=10 to /6/0
    # A. The Client received the Write-Attributes: observable only through B.
    Then (B) in step 1 the Server receives 2.04 Changed
    # 2. OBSERVE (CoAP GET, Observe 0) on the Object Instance.
    When 2. the Server observes /6/0
    # C. The Client received the Observe: observable only through D.
    Then (D) in step 2 the Server receives 2.05 Content with an Observe option and the initial values
    # 3. The Client reports with NOTIFY messages.
    And (E) the Client notifies /6/0 at least 2 times, honouring pmin=2 and pmax=10
    # F. "at least the Mandatory Timestamp Resource must have admissible values according to the pmin
    #    and pmax parameters": each notification's fix is no later than its arrival and no older than
    #    the fix the previous notification reported.
    And (F) every notification of /6/0 holds the mandatory Resources 0, 1 and 5 and every value is valid for its definition
    And (F) the Timestamp /6/0/5 never goes back from one notification of /6/0 to the next
