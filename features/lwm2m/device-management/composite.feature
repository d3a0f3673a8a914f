@requires:role=lwm2m-client @client-under-test
Feature: Device Management — composite operations (ETS LightweightM2M 1.1, int-229, 230, 235, 236, 257, 280, 281)
  The Server reads values from several Objects in one FETCH (Read-Composite) and writes them in one
  iPATCH (Write-Composite) on the root path, with a SenML body (TS-Core 1.1/1.2 §6.3.8, §6.3.9;
  TS-Transport §6.4.4). Read-Composite is best effort: absent paths are left out; Write-Composite is
  atomic.

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order. "x" is the Server Object Instance of the Server under test (0 in C.1).

  # ETS 1.2.1 voids int-229 ("see int-280, which specifies the pass criteria in more detail"); it is
  # still a case of the approved ETS 1.2 (2023-10-03), so it stays here.
  @LightweightM2M-1.1-int-229 @requires:operation=read-composite @requires:format=110 @transport:content-negotiation @transport:composite
  Scenario: Read-Composite Operation
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ-COMPOSITE (CoAP FETCH /) of /3, /1/0, /1/0/1 and /3/0/11/0 in SenML JSON.
    When the Server reads these paths with a Read-Composite in SenML JSON (110):
      | path      |
      | /3        |
      | /1/0      |
      | /1/0/1    |
      | /3/0/11/0 |
    # A. 2.05 Content in SenML JSON with the data of the requested paths.
    Then (A) the Read-Composite is answered 2.05 Content with Content-Format 110
    And (A) the Read-Composite answer holds the provisioned values of the listed paths and nothing else

  @LightweightM2M-1.1-int-230 @requires:operation=write-composite @requires:object=16 @requires:format=112 @transport:composite
  Scenario: Write-Composite Operation
    Given the Client is provisioned with configuration C.1+/16
    And the Client is registered with the Server
    # 1. One WRITE-COMPOSITE (CoAP iPATCH /) in SenML CBOR: Lifetime 61, Notification Storing true,
    #    and the four Portfolio Identity instances "aa", "bb", "cc", "dd" (instances 2 and 3 are new).
    When the Server writes these values with a Write-Composite in SenML CBOR (112):
      | path      | value |
      | /1/0/1    | 61    |
      | /1/0/6    | true  |
      | /16/0/0/0 | aa    |
      | /16/0/0/1 | bb    |
      | /16/0/0/2 | cc    |
      | /16/0/0/3 | dd    |
    # A. 2.04 Changed for the single iPATCH, and an Update with the new lifetime.
    Then (A) the Server receives 2.04 Changed
    And (A) the Server receives an Update request with lt=61
    # 2. READ (CoAP GET) /1/0 and /16.
    When the Server reads /1/0 without an Accept option
    # B. 2.05 Content with the values written in step 1.
    Then (B) the Read of /1/0 is answered 2.05 Content
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    When the Server reads /16 without an Accept option
    Then (B) the Read of /16 is answered 2.05 Content
    And (B) the Read of /16 holds exactly these values:
      | path      | value |
      | /16/0/0/0 | aa    |
      | /16/0/0/1 | bb    |
      | /16/0/0/2 | cc    |
      | /16/0/0/3 | dd    |

  @LightweightM2M-1.1-int-235 @requires:operation=read-composite @requires:format=112 @transport:composite
  Scenario: Read-Composite Operation on root path
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ-COMPOSITE (CoAP FETCH /) with the root path "/" in the body, SenML CBOR.
    When the Server reads these paths with a Read-Composite in SenML CBOR (112):
      | path |
      | /    |
    # A. 2.05 Content with every readable Resource; nothing of /0, /21 or /23.
    Then (A) the Read-Composite is answered 2.05 Content with Content-Format 112
    And (A) the Read-Composite answer holds the provisioned values of the listed paths and nothing else

  @LightweightM2M-1.1-int-236 @requires:operation=read-composite @requires:format=110 @transport:content-negotiation @transport:composite
  Scenario: Read-Composite Operation on non-existing paths
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ-COMPOSITE of /1/0, /1/0/1, /3/0/11/0 and two paths the Client does not have.
    When the Server reads these paths with a Read-Composite in SenML JSON (110):
      | path          |
      | /1/0          |
      | /1/0/1        |
      | /3/0/11/0     |
      | /3339/0/5522  |
      | /3353/0/6030  |
    # A. 2.05 Content: a best-effort, non-atomic read; the absent paths are simply left out.
    Then (A) the Read-Composite is answered 2.05 Content with Content-Format 110
    And (A) the Read-Composite answer holds the provisioned values of the listed paths and nothing else

  @LightweightM2M-1.1-int-257 @requires:operation=write-composite @requires:format=110 @transport:composite
  Scenario: Write-Composite Operation on Server and Device Objects
    Given the Client is provisioned with configuration C.6
    And the Client is registered with the Server
    # 1. READ (CoAP GET) /1 and /3 in the Server's preferred format.
    When the Server reads /1 without an Accept option
    # A. 2.05 Content with the values of C.6.
    Then (A) the Read of /1 is answered 2.05 Content
    And (A) the Read of /1 holds these values:
      | path   | value       |
      | /1/0/2 | provisioned |
      | /1/0/6 | provisioned |
    When the Server reads /3 without an Accept option
    Then (A) the Read of /3 is answered 2.05 Content
    And (A) the Read of /3 holds these values:
      | path    | value       |
      | /3/0/13 | provisioned |
    # 2. WRITE-COMPOSITE (CoAP iPATCH /) with 257-SetOfValues in SenML JSON, as printed.
    When the Server sends a Write-Composite with this SenML JSON (110) payload:
      """
      [{"bn":"/","n":"1/0/2","v":101},{"n":"1/0/6","vb":true},{"n":"3/0/13","v":0}]
      """
    # B. 2.04 Changed.
    Then (B) the Server receives 2.04 Changed
    # 3. READ (CoAP GET) /1 and /3 again.
    When the Server reads /1 without an Accept option
    # C. 2.05 Content with the values of 257-SetOfValues.
    Then (C) the Read of /1 is answered 2.05 Content
    And (C) the Read of /1 holds these values:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/6 | true  |
    When the Server reads /3 without an Accept option
    Then (C) the Read of /3 is answered 2.05 Content
    And (C) the Read of /3 holds these values:
      | path    | value |
      | /3/0/13 | 0     |

  @LightweightM2M-1.1-int-280 @requires:operation=read-composite @requires:format=112 @transport:composite
  Scenario: Successful Read-Composite Operation
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ-COMPOSITE of exactly /3/0/16, /3/0/11/0 and /1/0, in SenML CBOR.
    When the Server reads these paths with a Read-Composite in SenML CBOR (112):
      | path      |
      | /3/0/16   |
      | /3/0/11/0 |
      | /1/0      |
    # A. 2.05 Content with only those paths: /3/0/11/0 = 0, /3/0/16 = "U", /1/0/0 = 1, /1/0/1 = 86400,
    #    /1/0/6 = false, /1/0/7 = "U" (other Resources of /1/0 may appear).
    Then (A) the Read-Composite is answered 2.05 Content with Content-Format 112
    And (A) the Read-Composite answer holds the provisioned values of the listed paths and nothing else

  @LightweightM2M-1.1-int-281 @requires:operation=read-composite @requires:format=112 @transport:composite
  Scenario: Partially Successful Read-Composite Operation
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ-COMPOSITE of the Lifetime, the Binding and the executable Registration Update Trigger.
    When the Server reads these paths with a Read-Composite in SenML CBOR (112):
      | path   |
      | /1/0/1 |
      | /1/0/7 |
      | /1/0/8 |
    # A. 2.05 Content with /1/0/1 = 86400 and /1/0/7 = "U" only; the executable /1/0/8 MUST NOT appear.
    #    (The provisioned Binding is "U" over UDP, "T" when the run is over CoAP over TCP.)
    Then (A) the Read-Composite is answered 2.05 Content with Content-Format 112
    And (A) the Read-Composite answer holds exactly these values:
      | path   | value |
      | /1/0/1 | 86400 |
      | /1/0/7 | provisioned |
