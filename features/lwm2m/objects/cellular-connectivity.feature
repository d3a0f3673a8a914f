@requires:role=lwm2m-client @client-under-test @requires:object=10
Feature: Cellular Connectivity Object /10 (ETS LightweightM2M 1.1, int-1200..1204)
  The Server reads, writes and observes the Cellular Connectivity Object Instance (Object 10 v1.1:
  PSM and eDRX timers, activated APN profiles, Power Saving Modes) of a Client provisioned with
  configuration C.10 or C.11.

  # Titles of 1200..1202 are the ETS 1.0.1 titles (1202 and 1203 were int-1210 and int-1230 there);
  # 1204 is new in the 1.2 ETS, whose text was read through an inventory (reference/lwm2m-ets.md), so
  # its title is reconstructed. Criterion letters follow the printed order (1, 2, 3 → A, B, C).
  #
  # ETS defects absorbed here (see configurations c10.ts and c11.ts):
  # - The expected Discover lists </10/0/6>; Object 10 v1.1 has no Resource 6 (moved to /11/x/26), so
  #   the link lists are checked without it.
  # - The ETS calls /10/0/13 "Power Saving Modes" and /10/0/14 "Active Power Saving Modes" (a draft's
  #   numbering); the registry's v1.1 has 12 Supported and 13 Active Power Saving Modes, 14 Release
  #   Assistance Indication Usage. The printed paths and values are kept; both are valid there.

  @LightweightM2M-1.1-int-1200 @requires:format=11542 @transport:content-negotiation
  Scenario: Querying the readable resources of Object ID:10
    Given the Client is provisioned with configuration C.10
    And the Client is registered with the Server
    # 1. READ (CoAP GET /10/0) with Accept TLV.
    When 1. the Server reads /10/0 with Accept 11542 (TLV)
    Then (A) in step 1 the Server receives 2.05 Content
    And (B) in step 1 the TLV values of /10/0 are those of configuration C.10

  @LightweightM2M-1.1-int-1201 @requires:format=11542 @requires:object=10@1.1 @transport:content-negotiation
  Scenario: Querying the readable resources of Object ID:10 in version 1.1
    Given the Client is provisioned with configuration C.11
    And the Client is registered with the Server
    # 1. DISCOVER (CoAP GET Accept 40) on Object 10.
    When 1. the Server discovers /10
    Then (A) in step 1 the Server receives 2.05 Content listing at least </10>;ver="1.1",</10/0>,</10/0/4>,</10/0/5>,</10/0/8>,</10/0/9>,</10/0/11>,</10/0/13>,</10/0/14>
    # 2. READ (CoAP GET /10/0) with Accept TLV.
    When 2. the Server reads /10/0 with Accept 11542 (TLV)
    Then (B) in step 2 the Server receives 2.05 Content
    And (C) in step 2 the TLV values of /10/0 are those of configuration C.11

  @LightweightM2M-1.1-int-1202 @requires:format=11542 @requires:object=10@1.1 @requires:operation=write
  Scenario: Setting the Power Saving Mode Resources of Object ID:10 (version 1.1 only)
    Given the Client is provisioned with configuration C.11
    And the Client is registered with the Server
    # 1. DISCOVER on Object 10.
    When 1. the Server discovers /10
    Then (A) in step 1 the Server receives 2.05 Content listing at least </10>;ver="1.1",</10/0>,</10/0/11>,</10/0/13>,</10/0/14>
    # 2. READ /10/0/13; C.11 holds 3 there (precondition: not 0).
    When 2. the Server reads /10/0/13
    Then (B) in step 2 the Server receives 2.05 Content with the value 3
    # 3. WRITE (CoAP PUT) /10/0/14 = 2 in TLV (1210-SetOfValues). ETS defect: the TLV is printed
    #    "C10 0D 02"; a Resource TLV for id 14 with a 1-byte value is C1 0E 02.
    When 3. the Server writes (PUT) /10/0/14 in TLV with these Resources:
      | resource | name                                | tlv      | value |
      | 14       | Release Assistance Indication Usage | C1 0E 02 | 2     |
    Then (C) in step 3 the Server receives 2.04 Changed
    # 4. READ /10/0/14.
    When 4. the Server reads /10/0/14
    Then (D) in step 4 the Server receives 2.05 Content with the value 2

  @LightweightM2M-1.1-int-1203 @requires:object=10@1.1 @requires:operation=observe @requires:operation=write-attributes @transport:observe
  Scenario: Observation and notification on Object ID:10 related to Power Saving Mode Resources (version 1.1 only)
    # The ETS 1.0.1 title (int-1230) says "Object ID:0"; Object 10 is meant.
    Given the Client is provisioned with configuration C.11
    And the Client is registered with the Server
    # 1. DISCOVER on Object 10.
    When 1. the Server discovers /10
    Then (A) in step 1 the Server receives 2.05 Content listing at least </10>;ver="1.1",</10/0>,</10/0/11>,</10/0/13>,</10/0/14>
    # 2. WRITE-ATTRIBUTES on each targeted Resource.
    When 2. the Server writes the attributes pmin=5&pmax=15 to /10/0/13
    And 2. the Server writes the attributes pmin=10&pmax=20 to /10/0/14
    Then (B) in step 2 the Server receives 2.04 Changed
    # 3. OBSERVE (CoAP GET, Observe 0) on both Resources.
    When 3. the Server observes /10/0/13
    And 3. the Server observes /10/0/14
    Then (C) in step 3 the Server receives 2.05 Content with an Observe option and the initial values
    # 4. The Client reports with NOTIFY messages.
    And (D) the Client notifies /10/0/13 at least 2 times, honouring pmin=5 and pmax=15
    And (D) the Client notifies /10/0/14 at least 2 times, honouring pmin=10 and pmax=20
    And (D) every notification of /10/0/13 and /10/0/14 carries the value of configuration C.11

  @LightweightM2M-1.1-int-1204 @requires:object=10@1.1 @requires:operation=observe @requires:operation=write-attributes @transport:observe
  Scenario: Observation and notification on Object ID:10 related to PSM and eDRX timer Resources
    Given the Client is provisioned with configuration C.10
    And the Client is registered with the Server
    # 1. DISCOVER on Object 10.
    When 1. the Server discovers /10
    Then (A) in step 1 the Server receives 2.05 Content listing at least </10>;ver="1.1",</10/0>,</10/0/4>,</10/0/5>,</10/0/8>,</10/0/9>
    # 2. WRITE-ATTRIBUTES on each targeted Resource.
    When 2. the Server writes the attributes pmin=5&pmax=15 to /10/0/4
    And 2. the Server writes the attributes pmin=10&pmax=20 to /10/0/5
    And 2. the Server writes the attributes pmin=5&pmax=15 to /10/0/8
    And 2. the Server writes the attributes pmin=10&pmax=20 to /10/0/9
    Then (B) in step 2 the Server receives 2.04 Changed
    # 3. OBSERVE the four Resources. ETS defect: the procedure lists "ID:4, 5, 9, 10" and the pass
    #    criteria 4, 5, 8, 9 (the Resources given attributes); 4, 5, 8, 9 are observed.
    When 3. the Server observes /10/0/4
    And 3. the Server observes /10/0/5
    And 3. the Server observes /10/0/8
    And 3. the Server observes /10/0/9
    Then (C) in step 3 the Server receives 2.05 Content with an Observe option and the initial values
    # 4. The Client reports with NOTIFY messages.
    And (D) the Client notifies /10/0/4 at least 2 times, honouring pmin=5 and pmax=15
    And (D) the Client notifies /10/0/5 at least 2 times, honouring pmin=10 and pmax=20
    And (D) the Client notifies /10/0/8 at least 2 times, honouring pmin=5 and pmax=15
    And (D) the Client notifies /10/0/9 at least 2 times, honouring pmin=10 and pmax=20
