@requires:role=lwm2m-client @client-under-test @requires:object=7
Feature: Connectivity Statistics Object /7 (ETS LightweightM2M 1.1, int-901, 905, 910)
  The Server starts and stops a data collection of the Connectivity Statistics Object (Object 7: SMS
  and IP traffic counters), sets its Collection Period and observes it, on a Client provisioned with
  configuration C.9.

  # "Coherent" counters are checked against the traffic the suite itself exchanged with the Client:
  # between Start and Stop the Server reads /3/0 until at least 2 KiB went each way (the ETS waits "a
  # few seconds" on a live device; the reference client has no traffic of its own), and after Stop as
  # much again, which the Client must not count. Criterion letters follow the ETS 1.0.1 numbering.

  # @transport:nosec: H counts IP bytes as plain CoAP over UDP would carry them; DTLS records and TCP
  # framing change the sizes, so the criterion is defined over coap only.
  @LightweightM2M-1.1-int-901 @requires:operation=execute @transport:nosec
  Scenario: Querying a Data Collection from Connectivity Object Instance
    Given the Client is provisioned with configuration C.9
    And the Client is registered with the Server
    # 1. EXECUTE (CoAP POST) on the Start Resource.
    When 1. the Server executes the Start Resource /7/0/6
    # A. The Client received Start: observable only through B.
    Then (B) in step 1 the Server receives 2.04 Changed
    When the Server reads /3/0 until at least 2048 bytes went each way
    # 2. After a few seconds, EXECUTE (CoAP POST) on the Stop Resource.
    And 2. the Server executes the Stop Resource /7/0/7
    # C. The Client received Stop: observable only through D. (The ETS prints "2.4" for 2.04.)
    Then (D) in step 2 the Server receives 2.04 Changed
    When the Server reads /3/0 until at least 4096 bytes went each way
    # 3. READ (CoAP GET) on the Connectivity Statistics Object Instance.
    And 3. the Server reads /7/0
    # E. The Client received the Read: observable only through F.
    Then (F) in step 3 the Server receives 2.05 Content
    And (G) in step 3 the payload is in a format the Client chose and the Server decodes
    # ETS defect (OMA_LwM2M_for_Developers#236): H names the mandatory Resources of Object 4 (Network
    # Bearer, ...). Object 7 is meant: its counters must reflect the collection between Start and Stop.
    And (H) in step 3 the statistics of /7/0 count the traffic between step 1 and step 2

  @LightweightM2M-1.1-int-905 @requires:operation=write
  Scenario: Setting the writable resources
    Given the Client is provisioned with configuration C.9
    And the Client is registered with the Server
    # 1. READ (CoAP GET) on the Connectivity Statistics Object Instance.
    When 1. the Server reads /7/0
    # A. The Client received the Read: observable only through B.
    Then (B) in step 1 the Server receives 2.05 Content
    # 2. WRITE (CoAP PUT) on the Collection Period Resource, a value different from the one read.
    When 2. the Server writes to /7/0/8 in plain text a value different from the one read in step 1
    # C. The Client received the Write: observable only through D.
    Then (D) in step 2 the Server receives 2.04 Changed
    # 3. READ (CoAP GET) on the Object Instance again.
    When 3. the Server reads /7/0
    # E. The Client received the Read: observable only through F.
    Then (F) in step 3 the Server receives 2.05 Content
    And (G) in step 3 the value of /7/0/8 is the one written in step 2

  @LightweightM2M-1.1-int-910 @requires:operation=observe @requires:operation=write-attributes @requires:operation=execute @transport:observe
  Scenario: Basic Observation and notification on Connectivity Monitoring Object Instance
    # The ETS title says "Connectivity Monitoring"; the case observes Connectivity Statistics /7/0.
    Given the Client is provisioned with configuration C.9
    And the Client is registered with the Server
    # 1. WRITE-ATTRIBUTES (CoAP PUT) pmin=2, pmax=10 at the Object Instance level.
    When 1. the Server writes the attributes pmin=2&pmax=10 to /7/0
    # A. The Client received the Write-Attributes: observable only through B.
    Then (B) in step 1 the Server receives 2.04 Changed
    # 2. WRITE (CoAP PUT) 0 to the Collection Period: collect until Stop.
    When 2. the Server writes 0 to the Collection Period Resource /7/0/8 in plain text
    # 3. OBSERVE (CoAP GET, Observe 0) on the Object Instance.
    And 3. the Server observes /7/0
    # C. The Client received the Observe: observable only through D. (The ETS letters the Observe
    # "test step 2": steps 2 and 3 are swapped in its criteria.)
    Then (D) in step 3 the Server receives 2.05 Content with an Observe option and the initial values
    # 4. EXECUTE Start; 5.-6. the Client sends NOTIFY messages with the statistics it collects.
    When 4. the Server executes the Start Resource /7/0/6
    Then (E) the Client notifies /7/0 at least 3 times, honouring pmin=2 and pmax=10
    And (E) the notifications of /7/0 after step 4 show the statistics growing
    # 7. EXECUTE Stop; 8. the Server ends the observation.
    When 7. the Server executes the Stop Resource /7/0/7
    And 8. the Server cancels the observation of /7/0
    Then (F) every notification of /7/0 holds statistics valid for their definitions
