@requires:role=lwm2m-server @server-under-test
Feature: Information Reporting at a Server under test (TS-Core §6.4, RFC 7641)
  The Server under test observes through its control API; the scripted Client sends notifications
  with the observation's token and checks how the Server answers them (ACK keeps the observation,
  RST cancels it, RFC 7641 §3.6; over TCP there is no ACK or RST, RFC 8323 §2) and what it reports. Observations are void after a new Register
  (TS-Core §6.4.1): the Server must not keep feeding an old one.

  Background:
    Given the scripted Client holds configuration C.5
    And the scripted Client is registered with the Server under test

  @server:LightweightM2M-1.1-int-301 @requires:operation=observe
  Scenario: Server observes a resource and records its notifications
    # 2. Observe (CoAP GET with Observe 0) on /4/0/2, Radio Signal Strength.
    When the control API asks the Server under test to observe "/4/0/2"
    Then (A) the scripted Client receives GET "/4/0/2" with Observe 0
    And (A) the control API reports 2.05 Content with an observation of "/4/0/2"
    # B. Notifications (CON and NON) are accepted and recorded with their values.
    When the scripted Client's "/4/0/2" changes to -87 and it sends a CON notification
    Then (B) the Server under test acknowledges the notification
    And (B) the control API lists a notification of "/4/0/2" with the value -87
    When the scripted Client's "/4/0/2" changes to -80 and it sends a NON notification
    Then (B) the control API lists a notification of "/4/0/2" with the value -80

  # RST exists only in the CoAP/UDP message layer (RFC 8323 §2: none over TCP), hence @transport:udp.
  @server:LightweightM2M-1.1-int-302 @requires:operation=observe @transport:udp
  Scenario: Server cancels an observation with Reset
    Given the Server under test observes "/4/0/2" at the scripted Client
    # 1. The Server answers the next notification with RST (passive cancel, RFC 7641 §3.6).
    When the control API asks the Server under test to cancel the observation passively
    And the scripted Client's "/4/0/2" changes to -70 and it sends a CON notification
    Then (A) the Server under test rejects the notification with RST
    And (B) the control API lists the observation as ended, cancelled-passive

  @server:LightweightM2M-1.1-int-303 @requires:operation=observe
  Scenario: Server cancels an observation with Observe=1
    Given the Server under test observes "/4/0/2" at the scripted Client
    # 1. Cancel (CoAP GET with Observe 1) with the observation's token and options.
    When the control API asks the Server under test to cancel the observation actively
    Then (A) the scripted Client receives GET "/4/0/2" with Observe 1 and the observation's token
    And (A) the control API reports 2.05 Content
    And (B) the control API lists the observation as ended, cancelled-active

  @server:LightweightM2M-1.1-int-304 @requires:operation=observe-composite @requires:format=110 @transport:content-negotiation
  Scenario: Server observes several resources with Observe-Composite
    # 2. Observe-Composite (CoAP FETCH with Observe 0) on /1/0/1 and /4/0/2 in SenML JSON.
    When the control API asks the Server under test to observe-composite "/1/0/1" and "/4/0/2" in Content-Format 110
    Then (A) the scripted Client receives FETCH "/" in Content-Format 110 naming exactly "/1/0/1" and "/4/0/2"
    And (A) the control API reports 2.05 Content with an observation of "/1/0/1" and "/4/0/2"
    When the scripted Client's "/4/0/2" changes to -75 and it sends a CON notification
    Then (B) the Server under test acknowledges the notification
    And (B) the control API lists a notification of "/4/0/2" with the value -75

  @server-observe-reregistration @requires:operation=observe @transport:udp
  Scenario: Server drops its observations when the Client registers again
    # TS-Core §6.4.1: after a new Register every observation is void; the Server must re-establish
    # the ones it wants. The reference Server drops them (docs/server-control-api.md "Observations").
    Given the Server under test observes "/4/0/2" at the scripted Client
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U" and its object list
    Then (A) the Server under test answers 2.01 Created with a Location-Path
    And (B) the control API lists the observation as ended, re-registered
    When the scripted Client's "/4/0/2" changes to -60 and it sends a CON notification
    Then (C) the Server under test rejects the notification with RST
    And (C) the control API lists no notification with the value -60

  @server:LightweightM2M-1.1-int-306 @requires:operation=send @requires:format=110
  Scenario: Server accepts Send in SenML JSON
    # 1. The Client sends (CoAP POST /dp) the values of registered objects.
    When the scripted Client sends to /dp in Content-Format 110:
      | path   | value |
      | /3/0/0 | "Open Mobile Alliance" |
      | /4/0/2 | -93   |
    Then (A) the Server under test answers 2.04 Changed
    And (B) the control API lists a Send with exactly those values

  @server:LightweightM2M-1.1-int-311 @requires:operation=send @requires:format=112
  Scenario: Server accepts the Send command in SenML CBOR
    When the scripted Client sends to /dp in Content-Format 112:
      | path      | value |
      | /1/0/1    | 86400 |
      | /3/0/11/0 | 0     |
    Then (A) the Server under test answers 2.04 Changed
    And (B) the control API lists a Send with exactly those values

  @server-send-unregistered @requires:operation=send @requires:format=110
  Scenario: Server refuses Send from an address with no registration
    # A Send carries no endpoint name (TS-Core §6.4.4): the sender's address is all the Server has.
    When a second scripted Client that never registered sends to /dp in Content-Format 110:
      | path   | value |
      | /4/0/2 | -93   |
    Then (A) the Server under test answers 4.04 Not Found
    And (B) the control API lists no Send for the Client
