@requires:role=lwm2m-client @client-under-test @requires:object=19
Feature: BinaryAppDataContainer Object /19 (ETS LightweightM2M 1.1, int-1900, 1901)
  The Server observes the application data the Client offers in /19/0 and writes application data to
  /19/1, on a Client provisioned with configuration C.15.

  # These cases are new in the 1.2 ETS, read through an inventory (reference/lwm2m-ets.md); titles are
  # reconstructed and criteria lettered in the printed order.

  @LightweightM2M-1.1-int-1900 @requires:operation=observe @requires:operation=write-attributes @requires:operation=discover @transport:observe
  Scenario: Observation and notification of the BinaryAppDataContainer Object
    Given the Client is provisioned with configuration C.15
    And the Client is registered with the Server
    # 1. DISCOVER on Object 19. ETS defect: it expects </19>;ver="1.1", but the registry's latest
    #    BinaryAppDataContainer is 1.0 (a link without ver); either is accepted.
    When 1. the Server discovers /19
    Then (A) in step 1 the Server receives 2.05 Content listing at least </19>,</19/0>,</19/0/0>
    # 2. WRITE-ATTRIBUTES on /19/0/0. Deviation: the ETS writes pmin=300&pmax=3600, so its "regular
    #    notifications" come 300-3600 s apart: 15-180 s even at fast timing, beyond any bounded wait of
    #    the default run. The periods of int-710/810 (2 and 10 s) check the same behaviour.
    When 2. the Server writes the attributes pmin=2&pmax=10 to /19/0/0
    Then (B) in step 2 the Server receives 2.04 Changed
    # 3. OBSERVE (CoAP GET, Observe 0) on /19/0/0.
    When 3. the Server observes /19/0/0
    Then (C) in step 3 the Server receives 2.05 Content with an Observe option and the initial values
    # 4. The Client reports with NOTIFY messages.
    And (D) the Client notifies /19/0/0 at least 2 times, honouring pmin=2 and pmax=10
    And (D) every notification of /19/0/0 carries the value of configuration C.15

  @LightweightM2M-1.1-int-1901 @requires:operation=write @requires:format=11542
  Scenario: Writing the Data Resource of the BinaryAppDataContainer Object
    Given the Client is provisioned with configuration C.15
    And the Client is registered with the Server
    # 1. WRITE (CoAP PUT) /19/1/0: application data from the Server, one Resource Instance in TLV
    #    (the Data Resource is multiple-instance, so it needs a Multiple Resource TLV).
    When 1. the Server writes (PUT) /19/1/0 in TLV with these Resources:
      | resource | name | tlv                                                      | value                  |
      | 0        | Data | 88 00 0F 48 00 0C 7B 22 76 61 6C 76 65 22 3A 31 7D 0A | {"valve":1}\n (opaque) |
    Then (A) in step 1 the Server receives 2.04 Changed
    # 2. READ (CoAP GET) /19/1/0, in the Client's choice of format (the ETS names none).
    When 2. the Server reads /19/1/0
    Then (B) in step 2 the Server receives 2.05 Content with the data written in step 1
