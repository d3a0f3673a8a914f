@requires:role=lwm2m-client @client-under-test @requires:operation=smartcard-bootstrap
Feature: Bootstrap from Smartcard and the Bootstrap Sequence (ETS LightweightM2M 1.1, int-3, int-6)
  A smartcard holds Bootstrap Information that the Client reads at power-on, before anything else it
  knows (TS-Core 1.0 §5.1.2.2 and §5.1.3). The suite inserts and removes the card and power-cycles
  the Client through the client target's operator trigger (`insert-smartcard`, `remove-smartcard`,
  `reboot`); a device without such a trigger makes these cases Not Applicable. The reference client
  models the card as a configuration read at every power-on and never copied into its memory.

  @LightweightM2M-1.1-int-3 @transport:server-addresses
  Scenario: Simple Bootstrap from Smartcard
    # Server X is the suite's main server, Server Y a second one the card names.
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. The Client is registered to Server X (int-101 A and B).
    Then (A) the Client receives 2.01 Created
    # 2. Server X reads the Lifetime.
    When Server X reads /1/0/1 with Accept 0 (plain text)
    Then (B) Server X receives 2.05 Content with the value 86400
    # 3. Power off, insert the smartcard (Server Y, lifetime 43200), power on.
    When a smartcard holding the Server Account of configuration C.1 for Server Y with a Lifetime of 43200 seconds is inserted and the Client is power-cycled
    # 4. The Client registers to Server Y (int-101).
    Then (C) Server Y receives a Register request with the Endpoint Client Name
    And (C) Server Y answers its Register 2.01 Created and the Client takes it
    # 5. Server Y reads the Lifetime.
    When Server Y reads /1/0/1 with Accept 0 (plain text)
    Then (D) Server Y receives 2.05 Content with the value 43200

  @LightweightM2M-1.1-int-6 @requires:operation=bootstrap @transport:server-addresses
  Scenario: Bootstrap Sequence
    # The order checked: (1) Bootstrap from Smartcard when a card is in, (2) else Factory Bootstrap,
    # (3) register to the servers so configured, (4) when every registration fails, Client Initiated
    # Bootstrap. Criterion (5), Server Initiated Bootstrap only while the Bootstrap-Server Account is
    # kept, is int-5's. The factory account names Server F, which refuses the Client (4.03); its
    # /1/0/17 Communication Retry Count is 1, so one refusal ends the registration sequence.
    Given the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    And the Client holds a factory Server Account for Server F, which refuses to register it
    And a smartcard holding a Server Account for Server Y is inserted in the Client
    When the Client is switched on
    Then (A) Server Y receives a Register request with the Endpoint Client Name
    And (A) neither Server F nor the Bootstrap-Server has heard from the Client
    When the smartcard is removed and the Client is power-cycled
    Then (B) Server F receives a Register request and refuses it with 4.03 Forbidden
    And (C) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
