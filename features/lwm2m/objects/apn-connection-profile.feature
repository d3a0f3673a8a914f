@requires:role=lwm2m-client @client-under-test @requires:object=11
Feature: APN Connection Profile Object /11 (ETS LightweightM2M 1.1, CONMGMT-int-1250)
  The Server creates and enables a second APN Connection Profile (Object 11) and finds it among the
  Client's Object Instances and among the activated profiles of the Cellular Connectivity Object.

  # Criterion letters follow the ETS 1.0.1 numbering (1..6 → A..F).

  @CONMGMT-1.1-int-1250 @requires:object=10 @requires:operation=create @requires:format=11542
  Scenario: APN configuration
    # Preconditions: int-104 (Registration Update Trigger) passes; cellular connectivity is up with
    # the parameters of /11/0 (configuration C.10).
    Given the Client is provisioned with configuration C.10
    And the Client is registered with the Server
    # 1. CREATE (CoAP POST /11) a second APN Connection Profile with a new APN, not active yet:
    #    Profile name "testfest-apn-1", APN "m2m.example", Enable status false, Authentication Type 3.
    When 1. the Server creates an Instance of /11 in TLV with these bytes:
      """
      08 01 25
        C8 00 0E 74 65 73 74 66 65 73 74 2D 61 70 6E 2D 31
        C8 01 0B 6D 32 6D 2E 65 78 61 6D 70 6C 65
        C1 03 00
        C1 04 03
      """
    Then (A) in step 1 the Server receives 2.01 Created
    # 2. The Server executes the Registration Update Trigger. ETS defect: criterion B names "Resource
    #    ID:7 of the Device Object"; the trigger is /1/x/8 of the Server Object (TS-Core App. E.2).
    When 2. the Server executes the Registration Update Trigger Resource /1/0/8
    # B. The Client received the trigger: observable only through C and D.
    Then (C) in step 2 the Server receives 2.04 Changed
    # 3. The Client sends an Update with the Objects and Object Instances it has, the new one included.
    And (D) the Server receives an Update whose object list includes the Instance created in step 1
    # 4. The Server enables the new profile: WRITE (CoAP PUT) true to its Enable status /11/x/3.
    When 4. the Server writes 1 to the Enable status Resource of the Instance created in step 1 in plain text
    Then (E) in step 4 the Server receives 2.04 Changed
    # 5. The Server reads the activated profiles, Resource 11 of /10/0, in TLV. ETS defect: the path
    #    is printed "/10/11" (OMA_LwM2M_for_Developers#236); /10/0/11 is meant.
    When 5. the Server reads /10/0/11 with Accept 11542 (TLV)
    # ETS note: a device with only one active APN profile passes when the new profile is activated.
    Then (F) in step 5 the Server receives 2.05 Content listing the Instance created in step 1
