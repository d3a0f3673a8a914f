@requires:role=lwm2m-client @client-under-test
Feature: Device Management — the Security Object is out of reach (ETS LightweightM2M 1.1, int-221)
  No LwM2M Server may read, write or attach attributes to the Security Object: it belongs to the
  Bootstrap-Server (TS-Core §6.3 "Device Management and Service Enablement Interface", App. E.1).

  @LightweightM2M-1.1-int-221
  Scenario: Operations on Security Object
    Given the Client is provisioned with configuration C.1
    And the Client is registered with the Server
    # 1. READ (CoAP GET) on the Security Object /0.
    When the Server reads /0 without an Accept option
    # A. 4.01 Unauthorized.
    Then (A) the Read of /0 is answered 4.01 Unauthorized
    # 2. WRITE (CoAP PUT) on the LwM2M Server URI /0/0/0.
    When the Server writes coap://server-x.example to /0/0/0 in plain text (0)
    # B. 4.01 Unauthorized.
    Then (B) the Server receives 4.01 Unauthorized
    # 3. WRITE-ATTRIBUTES (CoAP PUT /0?pmin=30&pmax=45).
    When the Server writes the attributes pmin=30&pmax=45 to /0
    # C. 4.01 Unauthorized.
    Then (C) the Server receives 4.01 Unauthorized
