@requires:role=lwm2m-client @client-under-test @requires:operation=multi-server
Feature: Multi-Servers Context (ETS LightweightM2M 1.1, int-950, int-951)
  A Client with two LwM2M Server Accounts registers to both servers and keeps what each server sets
  apart: notification attributes are per server (TS-Core §7.3; 1.2 §7.3.1 "attributes are attached to
  the Server that wrote them"). Configuration C.14; the suite runs both servers, Server #1 for Short
  Server ID 1 and Server #2 for Short Server ID 2.

  # ETS defect: C.14 prints its three Access Control entries all on /2/0; they are three instances here.

  @LightweightM2M-1.1-int-950 @transport:server-addresses
  Scenario: Multi-Servers Registration
    Given the Client is provisioned with configuration C.14
    And the suite runs Server #1 and Server #2 for the Server Accounts with Short Server ID 1 and 2
    # 1-2. The Client registers to Server #1 and to Server #2 (each as int-101).
    When the Client is switched on
    Then (A) Server #1 receives a Register request with the Endpoint Client Name
    And (A) Server #1 answers its Register 2.01 Created and the Client takes it
    And (B) Server #2 receives a Register request with the Endpoint Client Name
    And (B) Server #2 answers its Register 2.01 Created and the Client takes it

  @LightweightM2M-1.1-int-951 @requires:operation=write-attributes @transport:server-addresses
  Scenario: Multi-Servers & Attributes
    Given the Client is provisioned with configuration C.14
    And the suite runs Server #1 and Server #2 for the Server Accounts with Short Server ID 1 and 2
    And the Client is switched on and registered with Server #1 and Server #2
    # 1-2. Each server writes its own attributes on /3/0.
    When Server #1 writes the attributes pmin=2&pmax=10 to /3/0
    Then (A) Server #1 receives 2.04 Changed
    When Server #2 writes the attributes pmin=15&pmax=50 to /3/0
    Then (B) Server #2 receives 2.04 Changed
    # 3-4. Each server's Discover shows its own attributes and not the other's. The ETS omits
    # `dim` on the multiple-instance Error Code /3/0/11; TS-Core §6.3.4 requires it.
    When Server #1 discovers /3/0
    Then (C) the Discover answer to Server #1 has these links:
      """
      </3/0>;pmin=2;pmax=10,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/11>;dim=1,</3/0/16>
      """
    When Server #2 discovers /3/0
    Then (D) the Discover answer to Server #2 has these links:
      """
      </3/0>;pmin=15;pmax=50,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/11>;dim=1,</3/0/16>
      """
