@requires:role=lwm2m-client @client-under-test
Feature: Device Management — Read (ETS LightweightM2M 1.1, int-222..225, int-231, int-232, int-237)
  The Server reads Objects, Object Instances, Resources and Resource Instances (TS-Core §6.3.1) of a
  Client provisioned with configuration C.1, in the format the Client prefers or the one it asks for,
  and decodes whatever comes back (TS-Core §7.4).

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order (1, 2, ... → A, B, ...). "x" in the ETS paths is the Server Object Instance of the
  # Server under test, instance 0 in C.1.

  Background:
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server

  @LightweightM2M-1.1-int-222
  Scenario: Read on Object
    # 1. READ (CoAP GET) on the Server Object /1 (no Accept: the Client chooses the format).
    When the Server reads /1 without an Accept option
    # A. 2.05 Content with the Object Instance and all its Resources.
    Then (A) the Read of /1 is answered 2.05 Content
    And (A) the Read of /1 holds every provisioned value under it
    # 2. READ (CoAP GET) on the Device Object /3.
    When the Server reads /3 without an Accept option
    # B. 2.05 Content with the single Object Instance /3/0 and all its Resources.
    Then (B) the Read of /3 is answered 2.05 Content
    And (B) the Read of /3 holds every provisioned value under it

  @LightweightM2M-1.1-int-223
  Scenario: Read on Object Instance
    # 1. READ (CoAP GET) on the Server Object Instance /1/0.
    When the Server reads /1/0 without an Accept option
    # A. 2.05 Content with all the Resources of the instance.
    Then (A) the Read of /1/0 is answered 2.05 Content
    And (A) the Read of /1/0 holds every provisioned value under it
    # 2. READ (CoAP GET) on the Device Object Instance /3/0.
    When the Server reads /3/0 without an Accept option
    # B. 2.05 Content with all the Resources of the instance.
    Then (B) the Read of /3/0 is answered 2.05 Content
    And (B) the Read of /3/0 holds every provisioned value under it

  @LightweightM2M-1.1-int-224
  Scenario: Read on Resource
    # 1. READ (CoAP GET) on the mandatory Resources of the Server Object Instance.
    When the Server reads each of these paths without an Accept option:
      | path   |
      | /1/0/0 |
      | /1/0/1 |
      | /1/0/6 |
      | /1/0/7 |
    # A. 2.05 Content with each value.
    Then (A) every Read is answered 2.05 Content
    And (A) every value equals the provisioned value
    # 2. READ (CoAP GET) on the Supported Binding and Modes Resource of the Device Object.
    When the Server reads /3/0/16 without an Accept option
    # B. 2.05 Content with its value.
    Then (B) the Read of /3/0/16 is answered 2.05 Content
    And (B) the Read of /3/0/16 holds exactly these values:
      | path    | value       |
      | /3/0/16 | provisioned |

  @LightweightM2M-1.1-int-225
  Scenario: Read on Resource Instance
    # 1. READ (CoAP GET) on Resource Instance 0 of the Error Code Resource /3/0/11.
    When the Server reads /3/0/11/0 without an Accept option
    # A. 2.05 Content holding that Resource Instance only.
    Then (A) the Read of /3/0/11/0 is answered 2.05 Content
    And (A) the Read of /3/0/11/0 holds exactly these values:
      | path      | value       |
      | /3/0/11/0 | provisioned |

  @LightweightM2M-1.1-int-231 @requires:format=110 @transport:content-negotiation
  Scenario: Querying basic information in SenML JSON format
    # 1. READ (CoAP GET) at the Object, Object Instance, Resource and Resource Instance levels with the
    #    Accept option set to SenML JSON (110).
    When the Server reads each of these paths with Accept 110 (SenML JSON):
      | path      |
      | /1        |
      | /3/0      |
      | /3/0/16   |
      | /3/0/11/0 |
    # A. 2.05 Content in SenML JSON at every level, with the values.
    Then (A) every Read is answered 2.05 Content
    And (A) every response has Content-Format 110 (SenML JSON)
    And (A) every response holds the provisioned values under its path

  @LightweightM2M-1.1-int-232 @requires:format=112 @transport:content-negotiation
  Scenario: Querying basic information in SenML CBOR format
    # 1. READ (CoAP GET) at the four levels with the Accept option set to SenML CBOR (112).
    When the Server reads each of these paths with Accept 112 (SenML CBOR):
      | path      |
      | /1        |
      | /3/0      |
      | /3/0/16   |
      | /3/0/11/0 |
    # A. 2.05 Content in SenML CBOR at every level, with the values.
    Then (A) every Read is answered 2.05 Content
    And (A) every response has Content-Format 112 (SenML CBOR)
    And (A) every response holds the provisioned values under its path

  @LightweightM2M-1.1-int-237
  Scenario: Read on Object without specifying Content-Type
    # 1. READ (CoAP GET) /1 without an Accept option: the Client picks the format (TS-Core §7.4; SenML
    #    CBOR or JSON for a 1.1 Client) and the Server must decode whatever it is.
    When the Server reads /1 without an Accept option
    # A. 2.05 Content in a format the Server decodes, with the Object's values.
    Then (A) the Read of /1 is answered 2.05 Content
    And (A) the Read of /1 holds every provisioned value under it
    # 2. READ (CoAP GET) /3 without an Accept option.
    When the Server reads /3 without an Accept option
    # B. 2.05 Content in a format the Server decodes, with the Object's values.
    Then (B) the Read of /3 is answered 2.05 Content
    And (B) the Read of /3 holds every provisioned value under it
