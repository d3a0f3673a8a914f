@requires:role=lwm2m-client @client-under-test @requires:operation=write
Feature: Device Management — Write (ETS LightweightM2M 1.1, int-226..228, int-233, int-234, int-256)
  The Server writes Object Instances, Resources and Resource Instances (TS-Core §6.3.3): a Partial
  Update (POST) or a Replace (PUT), in TLV, plain text, SenML CBOR or SenML JSON. A changed Lifetime
  must reach the Server as an Update with the new `lt` (TS-Core §6.2.2).

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order. "x" is the Server Object Instance of the Server under test (0 in C.1). "C.1 + /16"
  # is C.1 with a Portfolio Object Instance whose Identity Resource has two instances.

  @LightweightM2M-1.1-int-226 @requires:format=11542
  Scenario: Write (Partial Update) on Object Instance
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    And the Server has saved the values of /1/0
    # 1. WRITE (CoAP POST, Partial Update) /1/0 in one message: Lifetime 61, Notification Storing true.
    When the Server writes these values to /1/0 as a Partial Update in TLV (11542):
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # A. One message, 2.04 Changed, and the Client sends an Update with the new lifetime.
    Then (A) the Server receives 2.04 Changed
    And (A) the Server receives an Update request with lt=61
    # 2. READ (CoAP GET) /1/0.
    When the Server reads /1/0 without an Accept option
    # B. 2.05 Content showing the values of step 1.
    Then (B) the Read of /1/0 is answered 2.05 Content
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # 3. WRITE (CoAP POST, Partial Update) /1/0 with the values saved before step 1.
    When the Server writes these values to /1/0 as a Partial Update in TLV (11542):
      | path   | value |
      | /1/0/1 | 86400 |
      | /1/0/6 | false |
    # C. 2.04 Changed.
    Then (C) the Server receives 2.04 Changed

  @LightweightM2M-1.1-int-227 @requires:format=0
  Scenario: Write (replace) on Resource
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. WRITE (CoAP PUT) 63 to the Lifetime Resource /1/0/1.
    When the Server writes 63 to the Lifetime Resource /1/0/1 in plain text
    # A. 2.04 Changed and an Update with the new lifetime.
    Then (A) the Server receives 2.04 Changed
    And (A) the Server receives an Update request with lt=63
    # 2. READ (CoAP GET) /1/0/1.
    When the Server reads /1/0/1 without an Accept option
    # B. 2.05 Content with the value 63.
    Then (B) the Read of /1/0/1 is answered 2.05 Content
    And (B) the Read of /1/0/1 holds exactly these values:
      | path   | value |
      | /1/0/1 | 63    |
    # 3. WRITE (CoAP PUT) the initial Lifetime back (ETS defect: the path is printed "/1/x").
    When the Server writes 86400 to the Lifetime Resource /1/0/1 in plain text
    # C. 2.04 Changed and an Update with the restored lifetime.
    Then (C) the Server receives 2.04 Changed
    And (C) the Server receives an Update request with lt=86400

  @LightweightM2M-1.1-int-228 @requires:object=16 @requires:format=0
  Scenario: Write on Resource Instance
    Given the Client is provisioned with configuration C.1+/16
    And the Client is registered with the Server
    # 1. WRITE "test" to Resource Instance 1 of the Portfolio Identity /16/0/0. ETS defect: printed as
    #    "CoAP POST"; a Resource Instance is written with PUT (TS-Transport §6.4.4).
    When the Server writes "test" to /16/0/0/1 in plain text (0)
    # A. The payload names that Resource Instance only; 2.04 Changed.
    Then (A) the Server receives 2.04 Changed
    # 2. READ (CoAP GET) /16/0/0/1, then the whole Resource: only instance 1 changed.
    When the Server reads /16/0/0/1 without an Accept option
    # B. 2.05 Content with only that instance, of value "test".
    Then (B) the Read of /16/0/0/1 is answered 2.05 Content
    And (B) the Read of /16/0/0/1 holds exactly these values:
      | path      | value |
      | /16/0/0/1 | test  |
    When the Server reads /16/0/0 without an Accept option
    Then (B) the Read of /16/0/0 holds exactly these values:
      | path      | value       |
      | /16/0/0/0 | provisioned |
      | /16/0/0/1 | test        |

  @LightweightM2M-1.1-int-233 @requires:object=16 @requires:format=112 @transport:content-negotiation
  Scenario: Setting basic information in SenML CBOR format
    Given the Client is provisioned with configuration C.1+/16
    And the Client is registered with the Server
    # 1. WRITE (CoAP POST, Partial Update) /1/0 in SenML CBOR: Lifetime 61, Notification Storing true.
    When the Server writes these values to /1/0 as a Partial Update in SenML CBOR (112):
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # A. 2.04 Changed and an Update with the new lifetime.
    Then (A) the Server receives 2.04 Changed
    And (A) the Server receives an Update request with lt=61
    # 2. READ (CoAP GET) /1 in SenML CBOR.
    When the Server reads /1 with Accept 112 (SenML CBOR)
    # B. 2.05 Content showing the values of step 1.
    Then (B) the Read is answered 2.05 Content with Content-Format 112
    And (B) the Read of /1 holds these values:
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # 3. WRITE (CoAP PUT) "test_value" to the Portfolio Identity instance /16/0/0/0 in SenML CBOR.
    When the Server writes "test_value" to /16/0/0/0 in SenML CBOR (112)
    # C. 2.04 Changed.
    Then (C) the Server receives 2.04 Changed
    # 4. READ (CoAP GET) /16 in SenML CBOR.
    When the Server reads /16 with Accept 112 (SenML CBOR)
    # D. 2.05 Content showing the value of step 3.
    Then (D) the Read is answered 2.05 Content with Content-Format 112
    And (D) the Read of /16 holds these values:
      | path      | value       |
      | /16/0/0/0 | test_value  |
      | /16/0/0/1 | provisioned |
    # 5. WRITE (CoAP PUT) 63 to the Lifetime /1/0/1 in SenML CBOR (the ETS prints the path "/1/x").
    When the Server writes 63 to /1/0/1 in SenML CBOR (112)
    # E. 2.04 Changed and an Update with the new lifetime.
    Then (E) the Server receives 2.04 Changed
    And (E) the Server receives an Update request with lt=63
    # 6. READ (CoAP GET) /1/0/1 in SenML CBOR.
    When the Server reads /1/0/1 with Accept 112 (SenML CBOR)
    # F. 2.05 Content with the value 63.
    Then (F) the Read is answered 2.05 Content with Content-Format 112
    And (F) the Read of /1/0/1 holds exactly these values:
      | path   | value |
      | /1/0/1 | 63    |

  @LightweightM2M-1.1-int-234 @requires:object=16 @requires:format=110 @transport:content-negotiation
  Scenario: Setting basic information in SenML JSON format
    Given the Client is provisioned with configuration C.1+/16
    And the Client is registered with the Server
    # 1. WRITE (CoAP POST, Partial Update) /1/0 in SenML JSON: Lifetime 61, Notification Storing true.
    When the Server writes these values to /1/0 as a Partial Update in SenML JSON (110):
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # A. 2.04 Changed and an Update with the new lifetime.
    Then (A) the Server receives 2.04 Changed
    And (A) the Server receives an Update request with lt=61
    # 2. READ (CoAP GET) /1 in SenML JSON.
    When the Server reads /1 with Accept 110 (SenML JSON)
    # B. 2.05 Content showing the values of step 1.
    Then (B) the Read is answered 2.05 Content with Content-Format 110
    And (B) the Read of /1 holds these values:
      | path   | value |
      | /1/0/1 | 61    |
      | /1/0/6 | true  |
    # 3. WRITE (CoAP PUT) "test_value" to /16/0/0/0 in SenML JSON.
    When the Server writes "test_value" to /16/0/0/0 in SenML JSON (110)
    # C. 2.04 Changed.
    Then (C) the Server receives 2.04 Changed
    # 4. READ (CoAP GET) /16 in SenML JSON.
    When the Server reads /16 with Accept 110 (SenML JSON)
    # D. 2.05 Content showing the value of step 3.
    Then (D) the Read is answered 2.05 Content with Content-Format 110
    And (D) the Read of /16 holds these values:
      | path      | value       |
      | /16/0/0/0 | test_value  |
      | /16/0/0/1 | provisioned |
    # 5. WRITE (CoAP PUT) 63 to the Lifetime /1/0/1 in SenML JSON.
    When the Server writes 63 to /1/0/1 in SenML JSON (110)
    # E. 2.04 Changed and an Update with the new lifetime.
    Then (E) the Server receives 2.04 Changed
    And (E) the Server receives an Update request with lt=63
    # 6. READ (CoAP GET) /1/0/1 in SenML JSON.
    When the Server reads /1/0/1 with Accept 110 (SenML JSON)
    # F. 2.05 Content with the value 63.
    Then (F) the Read is answered 2.05 Content with Content-Format 110
    And (F) the Read of /1/0/1 holds exactly these values:
      | path   | value |
      | /1/0/1 | 63    |

  @LightweightM2M-1.1-int-256 @requires:format=0
  Scenario: Write Operation Failure
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. WRITE (CoAP PUT) 123 to the read-only Short Server ID /1/0/0.
    When the Server writes 123 to the Short Server ID Resource /1/0/0 in plain text
    # A. 4.05 Method Not Allowed.
    Then (A) the Server receives 4.05 Method Not Allowed
    # 2. READ (CoAP GET) /1/0/0.
    When the Server reads /1/0/0 without an Accept option
    # B. 2.05 Content with the unchanged value 1.
    Then (B) the Read of /1/0/0 is answered 2.05 Content
    And (B) the Read of /1/0/0 holds exactly these values:
      | path   | value       |
      | /1/0/0 | provisioned |
