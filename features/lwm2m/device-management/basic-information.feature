@requires:role=lwm2m-client @client-under-test
Feature: Device Management — querying basic information (ETS LightweightM2M 1.1, int-201..204, int-211)
  The Server reads the Device Object's basic information in a given content format (TS-Core §6.3.1,
  §7.4) and checks the values against the provisioned configuration C.1.

  Background:
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server

  @LightweightM2M-1.1-int-201 @requires:format=0
  Scenario: Querying basic information in Plain Text format
    # 1. Successive READ (CoAP GET) operations on Resources of the Device Object Instance, with the
    #    CoAP Accept option set to Plain Text (0).
    When the Server reads each of these Resources with Accept 0 (plain text):
      | path   | resource      |
      | /3/0/0 | Manufacturer  |
      | /3/0/1 | Model Number  |
      | /3/0/2 | Serial Number |
    # A. The Server receives all the "Success" messages (2.05 Content) with the expected values in the
    #    Plain Text format.
    Then (A) every Read is answered 2.05 Content
    And (A) every response has Content-Format 0 (plain text)
    And (A) every value equals the provisioned value

  @LightweightM2M-1.1-int-203 @requires:format=11542 @transport:content-negotiation
  Scenario: Querying basic information in TLV format
    # 1. READ (CoAP GET) on the Device Object Instance /3/0 with Accept TLV (11542).
    When the Server reads /3/0 with Accept 11542 (TLV)
    # A. The Server receives "Success" (2.05 Content) with the values in TLV (11542):
    Then (A) the Read is answered 2.05 Content with Content-Format 11542
    # 2.–3. Bits 7-6 = 00: Object Instance holding Resource TLVs; bits 7-6 = 11: Resource with Value.
    And (A) the payload is an Object Instance TLV for instance 0 holding Resource TLVs
    And (A) the payload holds these Resources with their provisioned values:
      | resource | name                        |
      | 0        | Manufacturer                |
      | 1        | Model Number                |
      | 2        | Serial Number               |
      | 3        | Firmware Version            |
      | 11       | Error Code                  |
      | 16       | Supported Binding and Modes |

  @LightweightM2M-1.1-int-204 @requires:format=11543 @transport:content-negotiation
  Scenario: Querying basic information in JSON format
    # 1. READ (CoAP GET) on the Device Object Instance /3/0 with Accept OMA JSON (11543). LwM2M 1.1
    #    deprecates this format for clients (TS-Core 1.1 §7.4.5); a client without it is Not Applicable.
    When the Server reads /3/0 with Accept 11543 (OMA JSON)
    # A. The Server receives "Success" (2.05 Content) with the values in JSON (11543):
    Then (A) the Read is answered 2.05 Content with Content-Format 11543
    And (A) the payload holds these Resources with their provisioned values:
      | resource | name                        |
      | 0        | Manufacturer                |
      | 1        | Model Number                |
      | 2        | Serial Number               |
      | 3        | Firmware Version            |
      | 11       | Error Code                  |
      | 16       | Supported Binding and Modes |

  @LightweightM2M-1.1-int-211 @requires:format=60 @transport:content-negotiation
  Scenario: Querying basic information in CBOR format
    # 1. Successive READ (CoAP GET) operations on Resources of the Server Object Instance, with the
    #    CoAP Accept option set to CBOR (60).
    When the Server reads each of these Resources with Accept 60 (CBOR):
      | path   | resource                                       |
      | /1/0/0 | Short Server ID                                |
      | /1/0/6 | Notification Storing When Disabled or Offline |
      | /1/0/7 | Binding                                        |
    # A. The Server receives "Success" (2.05 Content) with the values in CBOR: 1, false and "U".
    Then (A) every Read is answered 2.05 Content
    And (A) every response has Content-Format 60 (CBOR)
    And (A) every value equals the provisioned value
