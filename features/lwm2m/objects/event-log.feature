@requires:role=lwm2m-client @client-under-test @requires:object=20
Feature: Event Log Object /20 (ETS LightweightM2M 1.1, int-2000, 2001)
  The Server starts the Event Log's data collection and reads the Event Log Object Instance of a
  Client provisioned with configuration C.16 (Object 20: LogClass, LogStart/LogStop, LogStatus,
  LogData).

  # These cases are new in the 1.2 ETS, read through an inventory (reference/lwm2m-ets.md); titles are
  # reconstructed and criteria lettered in the printed order.

  @LightweightM2M-1.1-int-2000 @requires:operation=execute
  Scenario: Starting the data collection of the Event Log Object (LogStart)
    # ETS defect: the procedure WRITEs "0,100" to /20/0/4011 (CoAP PUT) and expects to read it back,
    # but LogStart is an Executable Resource in every version of Object 20: a Write or Read of it is
    # 4.05 Method Not Allowed (TS-Core §6.3). The intent, starting the collection, is tested: LogStart
    # is executed and LogStatus must then report a running collection (20.xml, 4011 and 4013).
    Given the Client is provisioned with configuration C.16
    And the Client is registered with the Server
    # 1. EXECUTE (CoAP POST) LogStart.
    When 1. the Server executes the LogStart Resource /20/0/4011
    Then (A) in step 1 the Server receives 2.04 Changed
    # 2. READ (CoAP GET) LogStatus.
    When 2. the Server reads /20/0/4013
    Then (B) in step 2 the Server receives 2.05 Content with bit 0 of LogStatus cleared (collection running)

  @LightweightM2M-1.1-int-2001 @requires:format=11542 @transport:content-negotiation
  Scenario: Querying the readable resources of the Event Log Object
    # ETS defect: the case description is copied from a Firmware Update case; the procedure reads /20/0.
    Given the Client is provisioned with configuration C.16
    And the Client is registered with the Server
    # 1. READ (CoAP GET /20/0) with Accept TLV.
    When 1. the Server reads /20/0 with Accept 11542 (TLV)
    Then (A) in step 1 the Server receives 2.05 Content
    And (B) in step 1 the TLV values of /20/0 are those of configuration C.16
