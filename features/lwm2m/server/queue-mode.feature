@requires:role=lwm2m-server @server-under-test @requires:operation=queue-mode
Feature: Queue mode at a Server under test (TS-Transport §6.5, TS-Core §6.2.1.1)
  A Client in queue mode is reachable only for MAX_TRANSMIT_WAIT (93 s) after its last message.
  The Server must hold requests while it sleeps and send them, one at a time, after the next
  Update.

  Background:
    Given the scripted Client holds configuration C.1

  @server:LightweightM2M-1.1-int-108 @transport:registration-query
  Scenario: Server marks a Client that registers with Q as queue mode
    # 1. Register with b=U and Q (1.1: queue mode is its own parameter).
    When the scripted Client sends a Register with query "lwm2m=1.1&lt=86400&b=U&Q" and its object list
    Then (A) the Server under test answers 2.01 Created with a Location-Path
    And (B) the control API lists the Client in queue mode

  @server:LightweightM2M-1.1-int-109 @transport:registration-query
  Scenario: Server holds a Read for a sleeping Client until its next Update
    Given the scripted Client is registered with the Server under test with query "lwm2m=1.1&lt=240&b=U&Q"
    # The Client goes to sleep: MAX_TRANSMIT_WAIT after its last message it is no longer reachable.
    When the scripted Client stays silent for 93 seconds
    # 1. The operator asks for a Read of /3/0/0 while the Client sleeps.
    And the control API asks the Server under test to read "/3/0/0" with Accept 0
    Then (A) the control API reports the Read as queued for a sleeping Client
    # A. The Server sends nothing while the Client sleeps.
    And (A) the scripted Client receives no request within 10 seconds
    # 2. The Client wakes up with an Update; the queued Read goes out only now.
    When the scripted Client sends an Update with query ""
    Then (B) the Server under test answers 2.04 Changed
    And (B) the scripted Client receives GET "/3/0/0" with Accept 0 after its Update
    And (C) the control API reports the queued Read done with 2.05 Content
