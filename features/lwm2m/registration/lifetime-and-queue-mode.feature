@requires:role=lwm2m-client @client-under-test
Feature: Registration Interface: lifetime and Queue Mode (ETS LightweightM2M 1.1, int-107..109)
  The Client follows a lifetime the Server writes (TS-Core §6.2.2) and, in Queue Mode, is reachable
  only for MAX_TRANSMIT_WAIT after each message it sends (TS-Transport §6.5; TS-Core §6.2.1.2 `Q`).
  The suite plays the LwM2M Server — a queue-mode server for int-109 — and checks every message.

  # The ETS numbers its pass criteria; they are lettered A.. here in the same order.

  @LightweightM2M-1.1-int-107
  Scenario: Extending the lifetime
    Given the Client is provisioned with configuration C.1 and a Lifetime of 60 seconds
    # 1. The Client registers with b=U and lt=60.
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Client receives 2.01 Created
    # 2. The Server writes a longer lifetime (PUT /1/0/1 = 120).
    When the Server writes 120 to the Lifetime Resource /1/0/1 in plain text
    Then (B) the Server receives 2.04 Changed
    # 2b. The Client immediately sends an Update with lt=120; 2c. the Server accepts it.
    And (B) the Server receives an Update request with lt=120
    And (B) the Client receives 2.04 Changed
    # 3. The next Update comes within the new lifetime.
    And (C) the Server receives the Client's next Update before the lifetime of 120 seconds expires

  @LightweightM2M-1.1-int-108 @requires:operation=queue-mode @transport:registration-query
  Scenario: Turn on Queue Mode
    Given the Client is provisioned with configuration C.1
    And the Client is set to queue mode
    # 1. The Client registers with b=U&Q (b=T&Q when the run is over CoAP over TCP: its provisioned Binding).
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Register request carries the provisioned binding and Q
    # The Server considers the Client to be in Queue Mode from that Register (its own behaviour).
    And (A) the Client receives 2.01 Created

  @LightweightM2M-1.1-int-109 @requires:operation=queue-mode @transport:registration-query
  Scenario: Behavior in Queue Mode
    # MAX_TRANSMIT_WAIT is the RFC 7252 default, 93 s, on both sides.
    Given the Client is provisioned with configuration C.1
    And the Client is set to queue mode
    # 1. The Client registers with b=U&Q (b=T&Q when the run is over CoAP over TCP: its provisioned Binding).
    When the Client is switched on
    Then (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Register request carries the provisioned binding and Q
    And (A) the Client receives 2.01 Created
    # 2. The Server writes the lifetime 240 while the Client is awake.
    # ETS defect: the write is printed "CoAP POST on /1/x/1"; a Write on a Resource is a PUT.
    When the Server writes 240 to the Lifetime Resource /1/0/1 in plain text
    Then (B) the Server receives 2.04 Changed
    And (B) the Server receives an Update request with lt=240
    And (B) the Client receives 2.04 Changed
    # 3. After MAX_TRANSMIT_WAIT the Client is asleep; 120 s on, the operator orders a Read of the
    #    Lifetime. 4. The Server sends nothing while the Client sleeps: it holds the Read.
    When 120 seconds pass after the Client's last message
    And the Server queues a Read of /1/0/1 until the Client's next Update
    # 5. The Server accepts the Client's next Update and only then sends the queued Read.
    Then (C) the Client's next Update arrives before its registration expires, and only then the Server sends the queued Read
    And (D) the Client answers the queued Read 2.05 Content with the value 240 while awake
