@requires:role=lwm2m-client @client-under-test @requires:operation=observe
Feature: Information Reporting — Observe and Cancel (ETS LightweightM2M 1.1 int-301..303; 1.2 int-312, int-313)
  The Server observes the power source voltage and current of the Device Object (configuration C.4)
  and gets notifications paced by the attributes it attached or passed with the Observe (TS-Core 1.2
  §6.4.1–§6.4.3, §7.3.2; RFC 7641). It ends observations with a Reset to a notification or with an
  Observe=1 request.

  # The ETS text was read through an inventory (reference/lwm2m-ets.md); criteria are lettered in the
  # printed order. Watching times are spec seconds: long enough to see the measurements change in a
  # burst (pmin matters) and stay still for a while (pmax matters) — the reference client's readings
  # change every 2 s for 8 s, then rest 16 s (client/observe/simulated-sensors.ts).

  Background:
    Given the Client is provisioned with configuration C.4
    And the Client is registered with the Server

  @LightweightM2M-1.1-int-301 @requires:operation=write-attributes @transport:observe
  Scenario: Observation and Notification of parameter values
    # 1. READ (CoAP GET) the Available Power Sources /3/0/6.
    When the Server reads /3/0/6 without an Accept option
    # A. 2.05 Content.
    Then (A) the Read of /3/0/6 is answered 2.05 Content
    # 2. WRITE-ATTRIBUTES pmin=5/pmax=15 on the Power Source Voltage, pmin=10/pmax=20 on the Current.
    When the Server writes the attributes pmin=5&pmax=15 to /3/0/7
    # B. 2.04 Changed for each.
    Then (B) the Server receives 2.04 Changed
    When the Server writes the attributes pmin=10&pmax=20 to /3/0/8
    Then (B) the Server receives 2.04 Changed
    # 3. OBSERVE (CoAP GET, Observe=0) /3/0/7 and /3/0/8.
    When the Server observes /3/0/7
    # C. 2.05 Content with the Observe option: the initial notification.
    Then (C) the Observe of /3/0/7 is answered 2.05 Content with an Observe option
    When the Server observes /3/0/8
    Then (C) the Observe of /3/0/8 is answered 2.05 Content with an Observe option
    # 4. The Client reports the values with NOTIFY messages.
    When the Server watches the notifications for 40 seconds
    # D. The Server regularly receives the voltage and current values, paced by pmin and pmax.
    Then (D) the Server receives at least 3 notifications of /3/0/7 with increasing Observe numbers
    And (D) every notification of /3/0/7 is 2.05 Content with a value for each provisioned Resource Instance
    And (D) the notifications of /3/0/7 are at least 5 seconds apart
    And (D) the notifications of /3/0/7 are at most 15 seconds apart
    And (D) the Server receives at least 2 notifications of /3/0/8 with increasing Observe numbers
    And (D) every notification of /3/0/8 is 2.05 Content with a value for each provisioned Resource Instance
    And (D) the notifications of /3/0/8 are at least 10 seconds apart
    And (D) the notifications of /3/0/8 are at most 20 seconds apart

  # @transport:udp: a Reset answers a notification only on the UDP message layer (RFC 7641 §3.6);
  # CoAP over TCP has no RST (RFC 8323 §3.2), so over coap+tcp/coaps+tcp this case is Not Applicable.
  @LightweightM2M-1.1-int-302 @requires:operation=write-attributes @transport:udp @transport:observe
  Scenario: Cancel Observations using Reset Operation
    # Precondition: the observations of int-301 are active.
    Given the Server observes /3/0/7 with the attributes pmin=5&pmax=15 attached
    And the Server observes /3/0/8 with the attributes pmin=10&pmax=20 attached
    # 1.-2. The Client notifies; the Server answers the next notification of the voltage with RST.
    When the Server answers the next notification of /3/0/7, due within 15 seconds, with RST
    # A. The voltage notifications stop (the Client removed that observer); the current goes on.
    Then (A) no notification of /3/0/7 arrives within 20 seconds after the cancellation
    And (A) meanwhile the Server received notifications of /3/0/8 since /3/0/7 was cancelled
    # 3. The Server answers the next notification of the current with RST.
    When the Server answers the next notification of /3/0/8, due within 20 seconds, with RST
    # B. The current notifications stop too.
    Then (B) no notification of /3/0/8 arrives within 25 seconds after the cancellation

  # ETS defect (OMA_LwM2M_for_Developers#236 and the 1.2 text): step 2 cancels with GET /3/0 Observe=1
  # although the observations are on /3/0/7 and /3/0/8; RFC 7641 §3.6 cancels an observation with a GET
  # of the same target and token. Each observation is cancelled that way.
  @LightweightM2M-1.1-int-303 @requires:operation=write-attributes @transport:observe
  Scenario: Cancel observations using Observe with Cancel parameter
    # Precondition: the observations of int-301 are active.
    Given the Server observes /3/0/7 with the attributes pmin=5&pmax=15 attached
    And the Server observes /3/0/8 with the attributes pmin=10&pmax=20 attached
    # 1.-2. The Client notifies; the Server sends GET with Observe=1 for each observation.
    When the Server cancels the observation of /3/0/7 with Observe=1
    # A. The cancel is answered like a Read; both notification streams stop.
    Then (A) the Server receives 2.05 Content
    When the Server cancels the observation of /3/0/8 with Observe=1
    Then (A) the Server receives 2.05 Content
    And (A) no notification of /3/0/7 arrives within 25 seconds after the cancellation
    And (A) no notification of /3/0/8 arrives within 25 seconds after the cancellation

  @LightweightM2M-1.2-int-312 @requires:operation=observe-parameters @transport:query-attributes @transport:observe
  Scenario: Observation with attributes as parameters
    # 1. OBSERVE (CoAP GET /3/0/7?pmin=5&pmax=15, Observe=0): the attributes travel with the request.
    When the Server observes /3/0/7 with the parameters pmin=5&pmax=15
    # A. 2.05 Content holding /3/0/7/0 and /3/0/7/1.
    Then (A) the Observe of /3/0/7 is answered 2.05 Content with an Observe option
    # 2. The Client notifies.
    When the Server watches the notifications for 40 seconds
    # B. Notifications come at least every 15 s (and, the parameters being in force, not within 5 s).
    Then (B) the Server receives at least 3 notifications of /3/0/7 with increasing Observe numbers
    And (B) every notification of /3/0/7 is 2.05 Content with a value for each provisioned Resource Instance
    And (B) the notifications of /3/0/7 are at most 15 seconds apart
    And (B) the notifications of /3/0/7 are at least 5 seconds apart

  @LightweightM2M-1.2-int-313 @requires:operation=observe-parameters @requires:operation=write-attributes @transport:query-attributes @transport:observe
  Scenario: Observation parameters override attached attributes
    # 1. WRITE-ATTRIBUTES (CoAP PUT /3/0/7?pmin=5&pmax=60).
    When the Server writes the attributes pmin=5&pmax=60 to /3/0/7
    # A. 2.04 Changed.
    Then (A) the Server receives 2.04 Changed
    # 2. OBSERVE (CoAP GET /3/0/7?pmin=5&pmax=10, Observe=0).
    When the Server observes /3/0/7 with the parameters pmin=5&pmax=10
    # B. 2.05 Content holding both Resource Instances.
    Then (B) the Observe of /3/0/7 is answered 2.05 Content with an Observe option
    # 3. The Client notifies.
    When the Server watches the notifications for 40 seconds
    # C. Notifications at least every 10 s: the Observe parameters win over the attached pmax=60.
    Then (C) the Server receives at least 3 notifications of /3/0/7 with increasing Observe numbers
    And (C) the notifications of /3/0/7 are at most 10 seconds apart
