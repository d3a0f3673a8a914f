@requires:role=lwm2m-client @client-under-test @requires:object=13
Feature: Bearer Selection Object /13 (ETS LightweightM2M 1.1, CONMGMT-int-1350)
  The Server tells the Client which bearer to prefer through the Bearer Selection Object (Object 13);
  the Client switches bearer and, its source address having changed, sends an Update from the new
  address (TS-Core §6.2.2: the Server learns the new address from that Update, as Leshan's
  "LWM2M Devices with Dynamic IP" describes).

  # The case needs the WLAN Connectivity Object (Object 12) of configuration C.10 and a Client that can
  # really change bearer: a target declares that with `object=12` and `operation=bearer-switch`. The
  # reference client has neither (the suite's object model has no DDF for Object 12), so for it the
  # case is Not Applicable. The ETS has a single criterion (A), checked at every step.

  @CONMGMT-1.1-int-1350 @requires:object=10 @requires:object=12 @requires:operation=bearer-switch @requires:operation=create @requires:format=11542
  Scenario: Bearer Selection
    Given the Client is provisioned with configuration C.10
    And the Client is registered with the Server
    # 1. CREATE (CoAP POST /13) the Bearer Selection Instance, Preferred Communications Bearer /13/0/0
    #    = 7 (WLAN preferred). 2. The Server receives 2.01 Created.
    When 1. the Server creates an Instance of /13 in TLV with these bytes:
      """
      08 00 06
        88 00 03
          41 00 07
      """
    Then (A) in step 1 the Server receives 2.01 Created
    # 3. The Client turns on WLAN and sends an Update from its new address.
    And (A) the Server receives an Update from a new source address
    # 4. The Server reads /12/0: the WLAN interface is enabled and running.
    When 4. the Server reads /12/0 with Accept 11542 (TLV)
    Then (A) in step 4 the WLAN interface is enabled and up
    # 5. WRITE (CoAP PUT) /13/0/0 = 1 (3GPP PS preferred).
    When 5. the Server writes (PUT) /13/0/0 in TLV with these Resources:
      | resource | name                            | tlv               | value |
      | 0        | Preferred Communications Bearer | 88 00 03 41 00 01 | 1     |
    Then (A) in step 5 the Server receives 2.04 Changed
    # 6. The Client turns on cellular connectivity and sends an Update from its new address.
    And (A) the Server receives an Update from a new source address
    # 7. The Server reads /10: the cellular interface is enabled and running.
    When 7. the Server reads /10 with Accept 11542 (TLV)
    Then (A) in step 7 the Server receives 2.05 Content
