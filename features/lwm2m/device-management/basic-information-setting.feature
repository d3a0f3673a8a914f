@requires:role=lwm2m-client @client-under-test @requires:operation=write
Feature: Device Management — setting basic information (ETS LightweightM2M 1.1, int-205, 212, 215, 220)
  The Server writes the Server Object Instance's notification periods and disable timeout in a given
  content format (TS-Core §6.3.3, §7.4), reads them back, and restores configuration C.3.

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order (1, 2, 3 → A, B, C).

  Background:
    Given the Client is provisioned with configuration C.3
    And the Client is registered with the Server

  @LightweightM2M-1.1-int-205 @requires:format=0 @requires:format=11542 @transport:content-negotiation
  Scenario: Setting basic information in Plain Text format
    # 1. WRITE (CoAP PUT) in plain text: Default Minimum Period 101, Default Maximum Period 1010,
    #    Disable Timeout 2000.
    When the Server writes these values in plain text (0):
      | path   | resource               | value |
      | /1/0/2 | Default Minimum Period | 101   |
      | /1/0/3 | Default Maximum Period | 1010  |
      | /1/0/5 | Disable Timeout        | 2000  |
    # A. The Server receives "Success" (2.04 Changed) for each.
    Then (A) each Write is answered 2.04 Changed
    # 2. READ (CoAP GET) /1/0 with Accept TLV.
    When the Server reads /1/0 with Accept 11542 (TLV)
    # B. 2.05 Content in TLV with the new values.
    Then (B) the Read is answered 2.05 Content with Content-Format 11542
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/3 | 1010  |
      | /1/0/5 | 2000  |
    # 3. Steps 1 and 2 again with the values of C.3 (1, 10, 86400).
    When the Server writes these values in plain text (0):
      | path   | resource               | value |
      | /1/0/2 | Default Minimum Period | 1     |
      | /1/0/3 | Default Maximum Period | 10    |
      | /1/0/5 | Disable Timeout        | 86400 |
    # C. Configuration C.3 is restored.
    Then (C) each Write is answered 2.04 Changed
    When the Server reads /1/0 with Accept 11542 (TLV)
    Then (C) the Read is answered 2.05 Content with Content-Format 11542
    And (C) the Read of /1/0 holds these values:
      | path   | value       |
      | /1/0/2 | provisioned |
      | /1/0/3 | provisioned |
      | /1/0/5 | provisioned |

  @LightweightM2M-1.1-int-212 @requires:format=60
  Scenario: Setting basic information in CBOR format
    # 1. WRITE (CoAP PUT) in CBOR (60): Default Minimum Period 101, Default Maximum Period 1010,
    #    Notification Storing When Disabled or Offline true.
    When the Server writes these values in CBOR (60):
      | path   | resource                                       | value |
      | /1/0/2 | Default Minimum Period                         | 101   |
      | /1/0/3 | Default Maximum Period                         | 1010  |
      | /1/0/6 | Notification Storing When Disabled or Offline | true  |
    # A. The Server receives "Success" (2.04 Changed) for each.
    Then (A) each Write is answered 2.04 Changed
    # 2. READ (CoAP GET) /1/0 in the format the Client prefers (no Accept option).
    When the Server reads /1/0 without an Accept option
    # B. 2.05 Content with the values written in step 1.
    Then (B) the Read of /1/0 is answered 2.05 Content
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/3 | 1010  |
      | /1/0/6 | true  |

  @LightweightM2M-1.1-int-215 @requires:format=11542 @transport:content-negotiation
  Scenario: Setting basic information in TLV format
    # Precondition: the Server saved the initial values of /1/0.
    Given the Server has saved the values of /1/0
    # 1. WRITE (CoAP POST, Partial Update) /1/0 with 215-SetOfValues in TLV, byte for byte as printed.
    When the Server sends a Partial Update of /1/0 with this TLV (11542) payload:
      """
      C1 02 65          # /1/0/2 Default Minimum Period = 101
      C2 03 03 F2       # /1/0/3 Default Maximum Period = 1010
      C2 05 07 D0       # /1/0/5 Disable Timeout = 2000
      C1 06 01          # /1/0/6 Notification Storing When Disabled or Offline = true
      C1 07 55          # /1/0/7 Binding = "U"
      """
    # A. 2.04, 2.05, 2.04, 2.05 for steps 1 to 4.
    Then (A) the Server receives 2.04 Changed
    # 2. READ (CoAP GET) /1/0 in TLV.
    When the Server reads /1/0 with Accept 11542 (TLV)
    Then (A) the Read is answered 2.05 Content with Content-Format 11542
    # B. The values read are those of 215-SetOfValues (the ETS says "step 4").
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/3 | 1010  |
      | /1/0/5 | 2000  |
      | /1/0/6 | true  |
      | /1/0/7 | U     |
    # 3. WRITE (CoAP PUT, Replace) /1/0 with the saved values. ETS defect (OMA_LwM2M_for_Developers#236):
    #    the printed restore lacks the mandatory Lifetime; the saved values include it. Only writable
    #    Resources are sent (the Short Server ID is read-only).
    When the Server replaces /1/0 with the saved values in TLV (11542)
    Then (A) the Server receives 2.04 Changed
    # 4. READ (CoAP GET) /1/0 in TLV.
    When the Server reads /1/0 with Accept 11542 (TLV)
    Then (A) the Read is answered 2.05 Content with Content-Format 11542
    # C. The initial values are restored (the ETS says "step 6").
    And (C) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/1 | saved |
      | /1/0/2 | saved |
      | /1/0/3 | saved |
      | /1/0/5 | saved |
      | /1/0/6 | saved |
      | /1/0/7 | saved |

  @LightweightM2M-1.1-int-220 @requires:format=11543 @transport:content-negotiation
  Scenario: Setting basic information in JSON format
    Given the Server has saved the values of /1/0
    # 1. WRITE (CoAP POST, Partial Update) /1/0 with 220-SetOfValues in OMA JSON (11543). ETS defects:
    #    the printed sample is a SenML-style array with "bv"/"sv" and the invalid JSON number 0101; this
    #    is the same set of values in the OMA JSON of TS-Core 1.0 §6.4.4 ("bn" + "e" records).
    When the Server sends a Partial Update of /1/0 with this OMA JSON (11543) payload:
      """
      {"bn":"/1/0/","e":[{"n":"2","v":101},{"n":"3","v":1010},{"n":"5","v":2000},{"n":"6","bv":true},{"n":"7","sv":"U"}]}
      """
    # A. 2.04, 2.05, 2.04, 2.05 for steps 1 to 4.
    Then (A) the Server receives 2.04 Changed
    # 2. READ (CoAP GET) the targeted Resources, in JSON.
    When the Server reads /1/0 with Accept 11543 (OMA JSON)
    Then (A) the Read is answered 2.05 Content with Content-Format 11543
    # B. The values read are those of 220-SetOfValues.
    And (B) the Read of /1/0 holds these values:
      | path   | value |
      | /1/0/2 | 101   |
      | /1/0/3 | 1010  |
      | /1/0/5 | 2000  |
      | /1/0/6 | true  |
      | /1/0/7 | U     |
    # 3. WRITE (CoAP PUT, Replace) /1/0 with the saved values.
    When the Server replaces /1/0 with the saved values in OMA JSON (11543)
    Then (A) the Server receives 2.04 Changed
    # 4. READ (CoAP GET) /1/0.
    When the Server reads /1/0 with Accept 11543 (OMA JSON)
    Then (A) the Read is answered 2.05 Content with Content-Format 11543
    # C. Configuration C.3 is restored.
    And (C) the Read of /1/0 holds these values:
      | path   | value       |
      | /1/0/2 | provisioned |
      | /1/0/3 | provisioned |
      | /1/0/5 | provisioned |
      | /1/0/6 | provisioned |
      | /1/0/7 | provisioned |
