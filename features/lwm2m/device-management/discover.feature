@requires:role=lwm2m-client @client-under-test @requires:operation=discover @requires:operation=write-attributes
Feature: Device Management — Discover and Write-Attributes (ETS LightweightM2M 1.1 int-260, int-261; 1.2 int-264, int-266)
  The Server attaches notification attributes at Object, Object Instance, Resource and Resource
  Instance level (Write-Attributes, TS-Core §6.3.4) and reads them back with Discover (GET with Accept
  40), which lists what is present under a path and the attributes that apply there (TS-Core §7.3.2).

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order. A Discover criterion lists the links the ETS prints: each must be there with exactly
  # those attributes; other links (a richer configuration, Resource Instances under a Resource) may
  # follow only under the discovered path and without attributes (steps/harness/link-check.ts).
  # ETS defects absorbed here:
  # - int-260 prints the Device Object without </3/0/0>, which C.4 provisions (Manufacturer).
  # - int-260 prints </3/0/11> without dim; the Error Code Resource is multiple-instance, and TS-Core
  #   §7.3.1 gives every multiple-instance Resource its dim (int-261 itself prints </3/0/11>;dim=1).
  # - int-261 separates the Resource Instance's attributes with "&"; link format uses ";".
  # - int-266 prints its final Discover without </3> and with the Object's attributes on </3/0>; the
  #   depth=3 answer of an Object Discover starts with the Object, which carries them (as int-264).

  @LightweightM2M-1.1-int-260 @transport:query-attributes
  Scenario: Discover Command
    Given the Client is provisioned with configuration C.4
    And the Client is registered with the Server
    # 1. DISCOVER (CoAP GET Accept 40) on the Device Object /3; no attributes are set.
    When the Server discovers /3
    # A. The Object, its instance and Resources; dim on the multiple-instance Resources.
    Then (A) the Discover is answered 2.05 Content with these links:
      """
      </3>,</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/6>;dim=2,</3/0/7>;dim=2,
      </3/0/8>;dim=2,</3/0/9>,</3/0/11>;dim=1,</3/0/16>
      """
    # 2. WRITE-ATTRIBUTES (CoAP PUT /3?pmin=10&pmax=200).
    When the Server writes the attributes pmin=10&pmax=200 to /3
    # B. 2.04 Changed.
    Then (B) the Server receives 2.04 Changed
    # 3. DISCOVER on the Device Object Instance /3/0.
    When the Server discovers /3/0
    # C. As in step 1 without </3>: the Object's attributes are not the instance's.
    Then (C) the Discover is answered 2.05 Content with these links:
      """
      </3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/6>;dim=2,</3/0/7>;dim=2,
      </3/0/8>;dim=2,</3/0/9>,</3/0/11>;dim=1,</3/0/16>
      """
    # 4. WRITE-ATTRIBUTES (CoAP PUT /3/0/7?lt=1&gt=6&st=1) on the Power Source Voltage.
    When the Server writes the attributes lt=1&gt=6&st=1 to /3/0/7
    # D. 2.04 Changed.
    Then (D) the Server receives 2.04 Changed
    # 5. DISCOVER on /3/0.
    When the Server discovers /3/0
    # E. As in step 3, with the Resource's own attributes on </3/0/7>.
    Then (E) the Discover is answered 2.05 Content with these links:
      """
      </3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/6>;dim=2,
      </3/0/7>;dim=2;lt=1;gt=6;st=1,</3/0/8>;dim=2,</3/0/9>,</3/0/11>;dim=1,</3/0/16>
      """
    # 6. DISCOVER on the Resource /3/0/7.
    When the Server discovers /3/0/7
    # F. The Resource with its own attributes and those it inherits from the Object (pmin, pmax).
    Then (F) the Discover is answered 2.05 Content with these links:
      """
      </3/0/7>;pmin=10;pmax=200;dim=2;lt=1;gt=6;st=1
      """

  @LightweightM2M-1.1-int-261
  Scenario: Write-Attributes Operation on a multiple resource
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. DISCOVER on the Error Code Resource /3/0/11; no attributes are set.
    When the Server discovers /3/0/11
    # A. The Resource with dim=1 and its Resource Instance.
    Then (A) the Discover is answered 2.05 Content with these links:
      """
      </3/0/11>;dim=1,</3/0/11/0>
      """
    # 2.-4. WRITE-ATTRIBUTES at Object, Object Instance and Resource Instance level (epmin/epmax: 1.1).
    When the Server writes the attributes pmin=10&pmax=200 to /3
    # B. 2.04 Changed for each.
    Then (B) the Server receives 2.04 Changed
    When the Server writes the attributes pmax=320 to /3/0
    Then (B) the Server receives 2.04 Changed
    When the Server writes the attributes pmax=100&epmin=1&epmax=20 to /3/0/11/0
    Then (B) the Server receives 2.04 Changed
    # 5. DISCOVER on /3/0/11.
    When the Server discovers /3/0/11
    # C. The Resource inherits pmin from the Object and pmax from the Instance; the Resource Instance
    #    shows its own attributes.
    Then (C) the Discover is answered 2.05 Content with these links:
      """
      </3/0/11>;dim=1;pmin=10;pmax=320,</3/0/11/0>;pmax=100;epmin=1;epmax=20
      """

  @LightweightM2M-1.2-int-264 @requires:operation=discover-depth
  Scenario: Discover Operation with depth 1
    Given the Client is provisioned with configuration C.4
    And the Client is registered with the Server
    # 1. DISCOVER (CoAP GET /3?depth=1, Accept 40); no attributes are set.
    When the Server discovers /3 with depth=1
    # A. The Object with the Server's default periods (/1/0/2 pmin=1, /1/0/3 pmax=10) and its instance.
    Then (A) the Discover is answered 2.05 Content with these links:
      """
      </3>;pmin=1;pmax=10,</3/0>
      """
    # 2. WRITE-ATTRIBUTES (CoAP PUT /3/0?pmax=200).
    When the Server writes the attributes pmax=200 to /3/0
    # B. 2.04 Changed.
    Then (B) the Server receives 2.04 Changed
    # 3. DISCOVER /3?depth=1 again.
    When the Server discovers /3 with depth=1
    # C. The instance now shows its attribute.
    Then (C) the Discover is answered 2.05 Content with these links:
      """
      </3>;pmin=1;pmax=10,</3/0>;pmax=200
      """

  @LightweightM2M-1.2-int-266 @requires:operation=discover-depth @transport:query-attributes
  Scenario: Discover Operation with depth 3
    Given the Client is provisioned with configuration C.4
    And the Client is registered with the Server
    # 1. DISCOVER /3?depth=2; no attributes are set.
    When the Server discovers /3 with depth=2
    # A. The Object with the default periods, its instance and its Resources.
    Then (A) the Discover is answered 2.05 Content with these links:
      """
      </3>;pmin=1;pmax=10,</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/6>;dim=2,
      </3/0/7>;dim=2,</3/0/8>;dim=2,</3/0/9>,</3/0/11>;dim=1,</3/0/16>
      """
    # 2.-4. WRITE-ATTRIBUTES on the Object, the Power Source Voltage and its Resource Instance 1.
    When the Server writes the attributes pmin=10&pmax=200 to /3
    # B. 2.04 Changed for each.
    Then (B) the Server receives 2.04 Changed
    When the Server writes the attributes lt=1&gt=6&st=1 to /3/0/7
    Then (B) the Server receives 2.04 Changed
    When the Server writes the attributes gt=8 to /3/0/7/1
    Then (B) the Server receives 2.04 Changed
    # 5. DISCOVER /3?depth=3.
    When the Server discovers /3 with depth=3
    # C. Down to the Resource Instances, each line with the attributes attached there.
    Then (C) the Discover is answered 2.05 Content with these links:
      """
      </3>;pmin=10;pmax=200,</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,
      </3/0/6>;dim=2,</3/0/6/0>,</3/0/6/1>,
      </3/0/7>;dim=2;lt=1;gt=6;st=1,</3/0/7/0>,</3/0/7/1>;gt=8,
      </3/0/8>;dim=2,</3/0/8/0>,</3/0/8/1>,</3/0/9>,</3/0/11>;dim=1,</3/0/11/0>,</3/0/16>
      """
