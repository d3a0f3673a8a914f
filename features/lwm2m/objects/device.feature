@requires:role=lwm2m-client @client-under-test
Feature: Device Object /3 (ETS LightweightM2M 1.1, int-651, 652, 680, 685)
  The Server writes, reads, creates and deletes on the Device Object (TS-Core App. E.4): the writable
  Resources take a TLV Partial Update and a Replace; Create and Delete are refused, the Device Object
  being mandatory, single-instance and maintained by the Client.

  # Titles and criterion letters follow the ETS 1.0.1 text (criteria 1, 2, 3 → A, B, C); the ETS 1.2
  # keeps these cases as 1.1-int-* (reference/lwm2m-ets.md §1.8).

  @LightweightM2M-1.1-int-651 @requires:format=11542 @requires:operation=write
  Scenario: Check Access to the Resources
    Given the Client is provisioned with configuration C.6
    And the Client is registered with the Server
    And the Server has saved the initial values of the writable Resources of /3/0
    # 1. A WRITE (CoAP POST: Partial Update) on /3/0 with 651-SetOfValues in TLV (11542).
    When 1. the Server writes (POST) /3/0 in TLV with these Resources:
      | resource | name        | tlv                                     | value        |
      | 13       | Current Time | C4 0D 51 82 42 8F                       | 1367491215   |
      | 14       | UTC Offset   | C6 0E 2B 30 32 3A 30 30                 | +02:00       |
      | 15       | Timezone     | C8 0F 0C 45 75 72 6F 70 65 2F 50 61 72 69 73 | Europe/Paris |
    # 2. The Server reads the result of the Write on /3/0 (the ETS names no format: the Client's choice).
    And 2. the Server reads /3/0
    # 3. A WRITE (CoAP PUT: Replace) on /3/0 with the initial values saved as a precondition.
    And 3. the Server writes (PUT) /3/0 in TLV with the saved initial values
    # 4. The Server reads /3/0 again (the ETS prints "Server Object (ID:3)": the Device Object is meant).
    And 4. the Server reads /3/0
    Then (A) in steps 1, 2, 3 and 4 the Server receives 2.04, 2.05, 2.04 and 2.05
    # ETS defect: B says "test step 3" and C "test step 7 ... Configuration C.3"; the reads are steps 2
    # and 4, and the initial values are those of C.6 that the Server saved.
    And (B) in step 2 the values are those written in step 1
    And (C) in step 4 the writable Resources have their saved initial values

  @LightweightM2M-1.1-int-652
  Scenario: Querying the firmware version from the client
    Given the Client is provisioned with configuration C.6
    And the Client is registered with the Server
    # 1. READ (CoAP GET, no Accept) on the Firmware Version Resource.
    When 1. the Server reads /3/0/3
    # ETS defect: both criteria say "test step 2"; the procedure has one step.
    Then (A) in step 1 the value of /3/0/3 is the provisioned one, in a format the Client chose
    And (B) in step 1 the Server receives 2.05 Content

  @LightweightM2M-1.1-int-680
  Scenario: Create Object Instance
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. CREATE (CoAP POST) on the Device Object: a new Instance /3/1 with a Manufacturer.
    When 1. the Server creates an Instance of /3 in TLV with these bytes:
      """
      08 01 0B C8 00 08 74 65 73 74 66 65 73 74
      """
    Then (A) in step 1 the Server receives 4.05 Method Not Allowed
    And (A) the Device Object still has only the Instance /3/0

  @LightweightM2M-1.1-int-685
  Scenario: Delete Object Instance
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. DELETE (CoAP DELETE) on the Device Object Instance /3/0.
    When 1. the Server deletes /3/0
    # ETS defect: criterion 1 ("received the requested information (Firmware Version)") is copied from
    # int-652; criterion 2 is the one that belongs to this case.
    Then (B) in step 1 the Server receives 4.05 Method Not Allowed
    And (B) the Device Object still has only the Instance /3/0
