@requires:role=lwm2m-client @client-under-test
Feature: LwM2M over MQTT through a secured broker (ETS LightweightM2M 1.2 int-19; TS-Transport 1.2 §8)
  The Client and the suite's servers are MQTT clients of one broker (TS-Transport 1.2 §8.1). Each
  account's Security Object Instance names the broker (`mqtts://`, /0/x/0), its TLS credentials
  (/0/x/2 = 0 PSK, /0/x/3 identity, /0/x/5 key) and, through /0/x/26, an MQTT Server Object instance
  /24/y with the CONNECT parameters (6 Client Identifier, 7 User Name, 8 Password, 3 Clean Session,
  5 Keep Alive); /0/x/27 links LwM2M COSE Object instances /23/z (TS-Core 1.2 App. E.1, E.10, E.11).
  The scenarios run their own mosquitto broker (TLS 1.2 PSK listener, password file) whatever the
  run's `--transport`, so they run in every default run.

  # Deviations from the ETS text:
  # - C.25/C.26 are not printed in the material we could read; the suite generates a PSK, a Client
  #   Identifier, a User Name and a Password per account, Clean Session 1 and Keep Alive 30 s.
  # - /23 LwM2M COSE end-to-end protection is written and listed but NOT applied by the reference
  #   client (the normative COSE-over-MQTT details were not findable); the case judges that /23 is
  #   accepted, stored and discovered, not COSE-protected payloads.
  # - CONNACK, SUBACK and PUBACK are read from the broker's log (mosquitto `log_type all`: "Sending
  #   CONNACK to <Client Identifier> (0, 0)", "Sending SUBACK to …", "Sending PUBACK to … (m<id>, rc0)");
  #   the CONNECT's /24 values from its "New client connected … (p, c, k, u)" line. The PUBLISH judged
  #   is the account's first request (Bootstrap-Request, Register); the suite's own QoS 1 choice
  #   (TS-Transport §8 names no QoS; int-19 expects PUBACK).

  @LightweightM2M-1.2-int-19 @requires:transport=mqtt @requires:security=psk @requires:operation=bootstrap @requires:format=11542 @requires:object=23 @requires:object=24
  Scenario: Client Initiated Bootstrap over MQTT
    # C.25: the Bootstrap-Server Account only (C.13) over mqtts with PSK, /0/1/26 → /24/1.
    Given the suite's servers are reached over mqtts through a mosquitto broker with a PSK and a User Name per account
    And the Client is provisioned with configuration C.13
    And the Client is set to speak LwM2M 1.2
    And the suite's Bootstrap-Server is ready
    # 1–3. CONNECT (TLS-PSK, /24/1 parameters), SUBSCRIBE lwm2m/bs/<ep>, PUBLISH Bootstrap-Request {0: 0, token, pct}.
    When the Client is switched on
    Then (A) the broker accepts the Client's CONNECT with the /24 Client Identifier, User Name, Clean Session and Keep Alive of its Bootstrap-Server Account
    And (A) the broker answers the SUBSCRIBE of the Client's Bootstrap-Server Account to its topic with SUBACK and its QoS 1 PUBLISH with PUBACK
    And (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 4. BOOTSTRAP-WRITE /0 (mqtts, PSK, /0/0/26 → /24/0, /0/0/27 → /23/0), /1 (binding M), /23, /24 (C.26).
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0, /1, /23 and /24
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    # 5. BOOTSTRAP-DISCOVER lists the enabler version and the new instances.
    When the Bootstrap-Server discovers /
    Then (C) the Bootstrap-Server receives 2.05 Content
    And (C) the Bootstrap-Discover answer lists the enabler version 1.2 and these links:
      | link  | ssid |
      | /0/0  | 1    |
      | /1/0  | 1    |
      | /23/0 |      |
      | /24/0 |      |
      | /24/1 |      |
    # 6. BOOTSTRAP-FINISH.
    When the Bootstrap-Server sends Bootstrap-Finish
    Then (D) the Bootstrap-Server receives 2.04 Changed
    # 7. REGISTER over MQTT with the written account and its /24/0 CONNECT parameters.
    And (E) the broker accepts the Client's CONNECT with the /24 Client Identifier, User Name, Clean Session and Keep Alive of its Server Account
    And (E) the broker answers the SUBSCRIBE of the Client's Server Account to its topic with SUBACK and its QoS 1 PUBLISH with PUBACK
    And (E) the Server receives a new Register request
    And (E) the Client receives 2.01 Created

  @security-mqtts-wrong-psk @requires:transport=mqtt @requires:security=psk @requires:object=24
  Scenario: mqtts with a PSK the broker does not share
    # The Client's Server Account holds a key for its identity that is not the broker's: the TLS 1.2
    # PSK handshake fails (RFC 4279 §2: the Finished messages do not verify), the Client never sends
    # CONNECT and cannot register.
    Given the suite's servers are reached over mqtts through a mosquitto broker with a PSK and a User Name per account
    And the broker holds another key for the Client's PSK identity of the Server Account
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the TLS handshake of the Client's Server Account with the broker fails: no CONNECT is accepted and the Server receives no Register within 30 seconds

  @security-mqtts-certificate @requires:transport=mqtt @requires:security=x509 @requires:object=24
  Scenario: mqtts with the broker's certificate checked against /0/x/4
    # /0/0/2 = 2 Certificate, /0/0/15 = 0 (CA constraint): /0/0/4 is the CA that signs the broker's
    # server.example.com certificate; /0/0/0 names server.example.com (RFC 6125), the Client presents
    # its own certificate (CN testfest-client) and the /24/0 User Name and Password.
    Given the suite's servers are reached over mqtts through a mosquitto broker with a certificate for server.example.com
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the broker accepts the Client's CONNECT with the /24 Client Identifier, User Name, Clean Session and Keep Alive of its Server Account
    And (A) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime
    And (A) the Client receives 2.01 Created

  @security-mqtts-untrusted-certificate @requires:transport=mqtt @requires:security=x509 @requires:object=24
  Scenario: mqtts with a broker certificate from a CA the Client does not trust
    # The same account; the broker presents a server.example.com certificate signed by another CA:
    # path validation fails (RFC 5280 §6), the Client aborts the TLS handshake and never sends CONNECT.
    Given the suite's servers are reached over mqtts through a mosquitto broker with a certificate for server.example.com from a CA the Client does not trust
    And the Client is provisioned with configuration C.1
    When the Client is switched on
    Then (A) the TLS handshake of the Client's Server Account with the broker fails: no CONNECT is accepted and the Server receives no Register within 30 seconds
