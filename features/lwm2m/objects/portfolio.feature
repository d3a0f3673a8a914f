@requires:role=lwm2m-client @client-under-test @requires:object=16
Feature: Portfolio Object /16 (ETS LightweightM2M 1.1, int-1630, 1635)
  The Server creates a Portfolio Object Instance, then deletes every instance, checking the result
  with Discover and Read on a Client provisioned with configuration C.12 (Object 16: Identity with
  four instances).

  # Criterion letters follow the ETS 1.0.1 numbering (1..4 → A..D).
  # The ETS prints Discover links as </16/0/0/>; the trailing slash is typography: links are compared
  # as LwM2M paths.

  @LightweightM2M-1.1-int-1630 @requires:operation=create @requires:operation=discover @requires:format=11542
  Scenario: Create Portfolio Object Instance
    Given the Client is provisioned with configuration C.12
    And the Client is registered with the Server
    # 1. DISCOVER (CoAP GET Accept 40) on the Portfolio Object.
    When 1. the Server discovers /16
    Then (A) in step 1 the Server receives 2.05 Content listing at least </16/0/0>;dim=4
    # 2. CREATE (CoAP POST /16) with 1630-SetOfValues in TLV: Instance 1, Identity with 2 instances.
    #    ETS defects: the Multiple Resource TLV is printed "80 00 2B", a type byte without a length
    #    field; 88 00 2B (8-bit length 43) is meant. OMA_LwM2M_for_Developers#236 reports that 1630
    #    also wrote an executable Resource (GetAuthData): the set written here holds Identity only, as
    #    the 1.2 bytes do.
    When 2. the Server creates an Instance of /16 in TLV with these bytes:
      """
      08 01 2E
        88 00 2B
          48 00 11 48 6F 73 74 20 44 65 76 69 63 65 20 49 44 20 23 32
          48 01 14 48 6F 73 74 20 44 65 76 69 63 65 20 4D 6F 64 65 6C 20 23 32
      """
    # B. "2.01 Created ... along with the new created Instance ID (should be /16/1)".
    Then (B) in step 2 the Server receives 2.01 Created for the Instance /16/1
    # 3. DISCOVER on the Portfolio Object again.
    When 3. the Server discovers /16
    Then (C) in step 3 the Server receives 2.05 Content listing at least </16/0/0>;dim=4,</16/1/0>;dim=2
    # 4. READ (CoAP GET /16) in TLV.
    When 4. the Server reads /16 with Accept 11542 (TLV)
    # D. Instance 0 with its 4 Identity instances of C.12, instance 1 with the 2 of 1630-SetOfValues.
    Then (D) in step 4 the Server receives 2.05 Content holding /16/0 as provisioned and /16/1 as created in step 2

  @LightweightM2M-1.1-int-1635 @requires:operation=delete @requires:operation=discover
  Scenario: Delete Portfolio Object Instance
    Given the Client is provisioned with configuration C.12
    And the Client is registered with the Server
    # 1. DISCOVER on the Portfolio Object.
    When 1. the Server discovers /16
    Then (A) in step 1 the Server receives 2.05 Content listing at least </16>,</16/0/0>;dim=4
    # 2. DELETE (CoAP DELETE) on each Portfolio Object Instance found in step 1.
    When 2. the Server deletes every Instance of /16 listed in step 1
    # ETS defect: the success of a Delete is printed "2.04 Deleted"; Delete answers 2.02 Deleted
    # (TS-Transport Table 6.4.4-1).
    Then (B) in step 2 the Server receives 2.02 Deleted
    # 3. DISCOVER on the Portfolio Object again: the Object is there, without instances.
    When 3. the Server discovers /16
    Then (C) in step 3 the Server receives 2.05 Content listing exactly </16>
