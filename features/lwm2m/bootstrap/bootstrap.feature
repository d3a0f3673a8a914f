@requires:role=lwm2m-client @client-under-test
Feature: Bootstrap Interface (ETS LightweightM2M 1.1, int-0..9; 1.2, int-12)
  The Client gets its LwM2M Server Account from the LwM2M Bootstrap-Server (TS-Core §6.1,
  TS-Transport §6.4.2). The suite plays the Bootstrap-Server and the LwM2M Server at message level:
  it answers the Client's Bootstrap-Request, sends Bootstrap-Write/Read/Delete/Discover/Finish, and
  checks every answer.

  # The ETS numbers its pass criteria 1..n; they are lettered A.. here in the same order. The ETS
  # configurations use PSK: runs over coaps or coaps+tcp give every server a generated PSK (the
  # Bootstrap-Server writes the Server's), runs over coap are NoSec (see C.1). Bootstrap-Writes are TLV,
  # the format the reference client asks for with pct=11542 (TS-Core §6.1.7.1).

  @LightweightM2M-1.1-int-0 @requires:operation=bootstrap
  Scenario: Client Initiated Bootstrap
    # C.13: the Bootstrap-Server Account in /0/1 and no Server Object Instance, so the Client must bootstrap.
    Given the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. Without a Server Object Instance the Client sends BOOTSTRAP-REQUEST (POST /bs?ep=) using
    #    Security Object Instance 1.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 2. Two BOOTSTRAP-WRITEs (PUT /0, PUT /1) upload the Server Account of C.1.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    # B. The Client received the writes: shown by its answers (C).
    Then (C) every Bootstrap-Write is answered 2.04 Changed
    # 3. BOOTSTRAP-DISCOVER (GET / Accept 40) verifies the Client's setup.
    # ETS defect: the 1.0 text prints lwm2m="1.0" without a link; a 1.1 client reports 1.1 (either form is accepted).
    When the Bootstrap-Server discovers /
    Then (D) the Bootstrap-Server receives 2.05 Content
    And (D) the Bootstrap-Discover answer lists the enabler version 1.1 and these links:
      | link | ssid |
      | /0/0 | 1    |
      | /0/1 | none |
      | /1/0 | 1    |
      | /3/0 |      |
    # 4. BOOTSTRAP-FINISH (POST /bs) ends the bootstrap phase: no inconsistency.
    When the Bootstrap-Server sends Bootstrap-Finish
    Then (E) the Bootstrap-Server receives 2.04 Changed

  @LightweightM2M-1.1-int-4 @requires:operation=bootstrap
  Scenario: Bootstrap Delete
    Given the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. BOOTSTRAP-REQUEST.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 2. The standard flow writes the Server Account of C.1.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    # 3. BOOTSTRAP-DISCOVER and BOOTSTRAP-READ of /1 show the new Server Object Instance.
    When the Bootstrap-Server discovers /
    And the Bootstrap-Server reads /1
    Then (C) the Bootstrap-Discover answer lists the enabler version 1.1 and these links:
      | link | ssid |
      | /1/0 | 1    |
    And (C) the Bootstrap-Read of /1 is answered 2.05 Content with the values written
    # 4. BOOTSTRAP-DELETE of /0 and /1: the Bootstrap-Server Account is not affected.
    When the Bootstrap-Server deletes /0
    And the Bootstrap-Server deletes /1
    Then (D) every Bootstrap-Delete is answered 2.02 Deleted
    # 5. Discover and Read again: the Bootstrap-Server Account is still there, the /1 instance is gone.
    When the Bootstrap-Server discovers /
    And the Bootstrap-Server reads /1
    Then (D) the Bootstrap-Discover answer lists the enabler version 1.1 and these links:
      | link | ssid |
      | /0/1 | none |
      | /3/0 |      |
    And (E) the Bootstrap-Discover answer lists no Object Instance of /1
    And (E) the Bootstrap-Read of /1 shows no Object Instance
    # 6. Clean-up: the standard flow again, ending with BOOTSTRAP-FINISH; then the Client registers.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (F) every Bootstrap-Write is answered 2.04 Changed
    And (F) the Bootstrap-Server receives 2.04 Changed
    And (F) the Server receives a new Register request
    And (F) the Client receives 2.01 Created

  @LightweightM2M-1.1-int-5 @requires:operation=server-initiated-bootstrap
  Scenario: Server Initiated Bootstrap
    # The Client is registered and holds a Bootstrap-Server Account (that of C.13) to bootstrap with.
    Given the Client is provisioned with configuration C.1 and the Bootstrap-Server Account of C.13
    And the suite's Bootstrap-Server is ready
    And the Client is registered with the Server
    # 1. The Server executes the Bootstrap-Request Trigger (POST /1/x/9).
    When the Server executes the Bootstrap-Request Trigger Resource /1/0/9
    Then (A) the Server receives 2.04 Changed
    # 2. The Client sends BOOTSTRAP-REQUEST as in int-0.
    And (B) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 3. The bootstrap ends with BOOTSTRAP-FINISH as in int-0.
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (C) every Bootstrap-Write is answered 2.04 Changed
    And (C) the Bootstrap-Server receives 2.04 Changed

  # @transport:nosec: the server that does not exist is a bare UDP socket that reads the Register in
  # the clear; over DTLS or TCP no Register could reach it.
  @LightweightM2M-1.1-int-7 @requires:operation=bootstrap @transport:nosec
  Scenario: Fallback to bootstrap
    # 1. Factory bootstrap provisions a Server Account for a server that does not exist (a socket
    #    that never answers). The account's /1/0/17 Communication Retry Count is 1, so one failed
    #    Register ends the registration sequence (TS-Core 1.1 §6.2.1.1).
    Given the Client is provisioned with configuration C.13
    And the Client holds a factory Server Account for a server that does not exist
    And the suite's Bootstrap-Server is ready
    When the Client is switched on
    Then (A) the Client's Register to the server that does not exist gets no answer
    # 2. The Client falls back to Client Initiated Bootstrap as in int-0.
    And (B) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 3. The Bootstrap-Server provisions a working server; the Client registers to it (int-401, here NoSec).
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    And the Bootstrap-Server sends Bootstrap-Finish
    Then (C) every Bootstrap-Write is answered 2.04 Changed
    And (C) the Bootstrap-Server receives 2.04 Changed
    And (C) the Server receives a new Register request
    And (C) the Client receives 2.01 Created

  @LightweightM2M-1.1-int-8 @requires:operation=bootstrap
  Scenario: Bootstrap Read
    Given the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. BOOTSTRAP-REQUEST.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 2. BOOTSTRAP-WRITE of the Server Account (ETS 1.2.1: 8-SetOfValues, the account of C.1).
    When the Bootstrap-Server writes the Server Account of configuration C.1 to /0 and /1
    # 3. BOOTSTRAP-WRITE of an Access Control Object Instance.
    And the Bootstrap-Server writes /2/0 with these values:
      | path     | value |
      | /2/0/0   | 3     |
      | /2/0/1   | 0     |
      | /2/0/2/0 | 31    |
      | /2/0/3   | 65535 |
    # ETS defect: the writes are to be answered "2.04 Created"; a Bootstrap-Write is answered 2.04 Changed.
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    # 4. BOOTSTRAP-READ of /1 and /2.
    When the Bootstrap-Server reads /1
    Then (C) the Bootstrap-Read of /1 is answered 2.05 Content with the values written
    When the Bootstrap-Server reads /2
    Then (C) the Bootstrap-Read of /2 is answered 2.05 Content with the values written
    # 5. BOOTSTRAP-FINISH.
    When the Bootstrap-Server sends Bootstrap-Finish
    Then (D) the Bootstrap-Server receives 2.04 Changed

  @LightweightM2M-1.1-int-9 @requires:operation=bootstrap
  Scenario: Bootstrap and Configuration Consistency
    Given the Client is provisioned with configuration C.13
    And the suite's Bootstrap-Server is ready
    # 1. BOOTSTRAP-REQUEST.
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Request with the Endpoint Client Name and answers 2.04 Changed
    # 2. The Bootstrap-Server writes only the (optional) Disable Timeout of a Server Object Instance:
    #    no Security Object Instance, no mandatory Server Resource.
    When the Bootstrap-Server writes 86400 to the Disable Timeout Resource /1/0/5
    Then (B) every Bootstrap-Write is answered 2.04 Changed
    # 3. BOOTSTRAP-FINISH: without a complete LwM2M Server Account the configuration is
    #    inconsistent (TS-Core §6.1.3.3; TS-Transport Table 6.7-1).
    When the Bootstrap-Server sends Bootstrap-Finish
    Then (C) the Bootstrap-Server receives 4.06 Not Acceptable

  @LightweightM2M-1.2-int-12 @requires:lwm2m=1.2 @requires:operation=bootstrap-pack @transport:registration-query
  Scenario: Bootstrap via Bootstrap-Pack-Request
    Given the Client is provisioned with configuration C.13
    And the Client is set to bootstrap as LwM2M 1.2 with a Bootstrap-Pack-Request
    And the Bootstrap-Server holds the Server Account of configuration C.1 as a Bootstrap-Pack
    # 1. The Client sends BOOTSTRAP-PACK-REQUEST (GET /bspack?ep=) using Security Object Instance 1.
    # ETS defect: criterion 1 says the Bootstrap-Server "received 2.04"; a Bootstrap-Pack-Request is
    # answered 2.05 Content with the pack (TS-Core 1.2 §6.1.7.7; TS-Transport Table 6.4.2-1).
    When the Client is switched on
    Then (A) the Bootstrap-Server receives a Bootstrap-Pack-Request with the Endpoint Client Name and answers 2.05 Content
    # 2. The Client takes the pack (the Server Account of C.1; it fills /3 itself), shown by
    # 3. its Registration to that server, as in int-401 (here NoSec).
    And (B) the Server receives a new Register request
    And (C) the Client receives 2.01 Created
