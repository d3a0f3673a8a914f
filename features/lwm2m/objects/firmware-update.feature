@requires:role=lwm2m-client @client-under-test @requires:object=5
Feature: Firmware Update Object (ETS LightweightM2M 1.1, int-751..779)
  The Server updates the Client's firmware through Object 5 (TS-Core App. E.6): it delivers a package
  by push (Write of Package /5/0/0, block-wise with RFC 7959 Block1) or pull (Package URI /5/0/1 on the
  suite's CoAP image server with Block2, or its HTTP server), follows State /5/0/3 and Update Result
  /5/0/5, and executes Update /5/0/2. Configuration C.8. The packages are reference firmware images
  (TFFW: type, SHA-256, version, RAM needed), each error image wrong in exactly one way.

  # The ETS numbers its pass criteria; they are lettered A.. here in the same order. The Server polls
  # every 0.5 s (spec time) for at most a minute.

  @LightweightM2M-1.1-int-751
  Scenario: Querying the readable resources
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1. The Server reads the Firmware Update Object Instance (GET /5/0, Accept TLV).
    When the Server reads /5/0 with Accept 11542 (TLV)
    Then (A) the Read of /5/0 is answered 2.05 Content
    And (A) the Read of /5/0 holds these values:
      | path   | value |
      | /5/0/3 | 0     |
      | /5/0/5 | 0     |
    # /5/0/8 and /5/0/9 reveal the supported protocols and delivery methods.
    And (B) the Read of /5/0 reveals the Firmware Update Protocol Support and Delivery Method

  @LightweightM2M-1.1-int-755 @requires:operation=firmware-push @transport:block-wise
  Scenario: Setting the writable Resource Package
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1. Writing NUL to Package resets the state machine.
    When the Server writes a NUL byte to the Package Resource /5/0/0
    Then (A) the Server receives 2.04 Changed
    # 2. The State and Update Result are read.
    When the Server reads the State and the Update Result
    Then (B) the State is 0 (Idle) and the Update Result 0
    # 3. A valid package is written (block-wise).
    When the Server pushes the firmware image "v2.0" block-wise to the Package Resource /5/0/0
    Then (C) every block but the last is answered 2.31 Continue and the last 2.04 Changed
    # 4. The State and Update Result are read again.
    When the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (D) the State is 2 (Downloaded) and the Update Result 0

  @LightweightM2M-1.1-int-756 @requires:operation=firmware-pull
  Scenario: Setting the writable Resource Package URI
    # ETS defect: step 1 says "Package Resource (ID:0)" where it means the Package URI (ID:1).
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1. Writing "" to Package URI resets the state machine.
    When the Server writes an empty string to the Package URI Resource /5/0/1
    Then (A) the Server receives 2.04 Changed
    When the Server reads the State and the Update Result
    Then (B) the State is 0 (Idle) and the Update Result 0
    # 3. A valid URI is written; the Client downloads the package.
    When the Server writes the URI of the firmware image "v2.0" on the suite's CoAP image server to the Package URI Resource /5/0/1
    Then (C) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (D) the State is 2 (Downloaded) and the Update Result 0

  @LightweightM2M-1.1-int-760 @requires:operation=firmware-push @requires:operation=observe @transport:block-wise @transport:observe
  Scenario: Basic Observation and notification on Firmware Update Object Resources
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1. Write-Attributes pmin=2, pmax=10 on the instance.
    When the Server writes the attributes pmin=2&pmax=10 to /5/0
    Then (A) the Server receives 2.04 Changed
    # 2. The Server observes the State.
    When the Server observes /5/0/3
    Then (B) the Observe of /5/0/3 is answered 2.05 Content with an Observe option
    And (B) the first notification of /5/0/3 holds the State 0 (Idle)
    # 3. A package is pushed.
    When the Server pushes the firmware image "v2.0" block-wise to the Package Resource /5/0/0
    Then (C) every block but the last is answered 2.31 Continue and the last 2.04 Changed
    # 4. A notification reports Downloaded (within pmax, 10 s, plus a margin).
    And (D) a notification of /5/0/3 with the State 2 (Downloaded) arrives within 15 seconds

  @LightweightM2M-1.1-int-770 @requires:operation=firmware-push @transport:block-wise
  Scenario: Successful Firmware update (via COAP)
    # ETS defect: the precondition says "PULL"; the procedure is a push.
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1a. Reset the state machine.
    When the Server writes a NUL byte to the Package Resource /5/0/0
    Then (A) the Server receives 2.04 Changed
    # 1b. Write the package block-wise (Block1): 2.31 Continue for each block, 2.04 Changed for the last.
    When the Server pushes the firmware image "v2.0" block-wise to the Package Resource /5/0/0
    Then (B) every block but the last is answered 2.31 Continue and the last 2.04 Changed
    # 1c. Poll the State until Downloaded: 1 during the transfer, then 2; 1d. Update Result 0 throughout.
    When the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (C) the State is 1 (Downloading) during the transfer and 2 (Downloaded) after it
    And (D) the Update Result is 0 throughout the transfer
    # 2a. Execute Update.
    When the Server executes the Update Resource /5/0/2
    Then (E) the Server receives 2.04 Changed
    # 2b. Poll until the update has ended.
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (F) after the Update the State is 3 (Updating) or 0 (Idle) and the Update Result 0 or 1 at every poll
    # 3a. State 0, Update Result 1.
    And (G) the State is 0 (Idle) and the Update Result 1
    # 3b. The new firmware version.
    When the Server reads the Firmware Version /3/0/3
    Then (H) the Firmware Version is "2.0", the version of the firmware image "v2.0"

  @LightweightM2M-1.1-int-771 @requires:operation=firmware-pull-http
  Scenario: Successful Firmware update (via alternative mechanism): pull over HTTP
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1a. Reset; 1b. write the URI of the package on the suite's HTTP server ("not CoAP").
    When the Server writes an empty string to the Package URI Resource /5/0/1
    Then (A) the Server receives 2.04 Changed
    When the Server writes the URI of the firmware image "v2.0" on the suite's HTTP image server to the Package URI Resource /5/0/1
    Then (A) the Server receives 2.04 Changed
    # 1c-1d. The Client downloads; the State goes to Downloaded, Update Result 0.
    When the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (B) the State is 2 (Downloaded) and the Update Result 0
    And (B) the Update Result is 0 throughout the transfer
    # 2-3. As int-770.
    When the Server executes the Update Resource /5/0/2
    Then (C) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (D) the State is 0 (Idle) and the Update Result 1
    When the Server reads the Firmware Version /3/0/3
    Then (E) the Firmware Version is "2.0", the version of the firmware image "v2.0"

  @LightweightM2M-1.1-int-771 @requires:operation=firmware-pull
  Scenario: Successful Firmware update (via alternative mechanism): pull over CoAP with Block2
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server writes an empty string to the Package URI Resource /5/0/1
    Then (A) the Server receives 2.04 Changed
    When the Server writes the URI of the firmware image "v2.0" on the suite's CoAP image server to the Package URI Resource /5/0/1
    Then (A) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (B) the State is 1 (Downloading) during the transfer and 2 (Downloaded) after it
    And (B) the Update Result is 0 throughout the transfer
    When the Server executes the Update Resource /5/0/2
    Then (C) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (D) the State is 0 (Idle) and the Update Result 1
    When the Server reads the Firmware Version /3/0/3
    Then (E) the Firmware Version is "2.0", the version of the firmware image "v2.0"

  @LightweightM2M-1.1-int-772
  Scenario: Error Case 1: firmware installation without downloaded package
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1. The State is not Downloaded.
    When the Server reads the State and the Update Result
    Then (A) the State is not 2 (Downloaded)
    # 2. Execute Update anyway.
    When the Server executes the Update Resource /5/0/2
    Then (B) the Server receives 4.05 Method Not Allowed
    # 3. Nothing changed.
    When the Server reads the State and the Update Result
    Then (C) the State and the Update Result are what they were before the Update

  @LightweightM2M-1.1-int-773 @requires:operation=firmware-push @transport:block-wise
  Scenario: Error Case 2: shortage of storage memory
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server pushes the firmware image "larger than the flash of the Client" block-wise to the Package Resource /5/0/0
    Then (B) the push is answered 2.04 Changed, or 4.13 Request Entity Too Large once the package no longer fits
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    # The package never reaches Downloaded.
    And (D) the State is 0 (Idle) and the Update Result 2

  @LightweightM2M-1.1-int-774 @requires:operation=firmware-pull
  Scenario: Error Case 3: out of memory
    # ETS defect: the expected Update Result is printed 2; Object 5 defines 3 = "Out of RAM during downloading process".
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server writes the URI of the firmware image "needing more RAM than the Client has" on the suite's CoAP image server to the Package URI Resource /5/0/1
    Then (B) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    And (D) the State is 0 (Idle) and the Update Result 3

  @LightweightM2M-1.1-int-775 @requires:operation=firmware-pull
  Scenario: Error Case 4: Connection lost during download (package URI)
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server writes the URI of the firmware image "v2.0" on the suite's CoAP image server, which loses the connection during the download, to the Package URI Resource /5/0/1
    Then (B) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    And (D) the State is 0 (Idle) and the Update Result 4

  @LightweightM2M-1.1-int-776 @requires:operation=firmware-push @transport:block-wise
  Scenario: Error Case 5: Package Integrity check failure
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server pushes the firmware image "corrupted" block-wise to the Package Resource /5/0/0
    Then (B) every block but the last is answered 2.31 Continue and the last 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    And (D) the State is 0 (Idle) and the Update Result 5

  @LightweightM2M-1.1-int-777 @requires:operation=firmware-push @transport:block-wise
  Scenario: Error Case 6: unsupported package type
    # ETS defect: the final State is printed 1 (Downloading), unlike int-773..776; a failed download
    # returns the state machine to Idle (TS-Core App. E.6), which is what is checked.
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server pushes the firmware image "of an unsupported package type" block-wise to the Package Resource /5/0/0
    Then (B) every block but the last is answered 2.31 Continue and the last 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    And (D) the State is 0 (Idle) and the Update Result 6

  @LightweightM2M-1.1-int-778 @requires:operation=firmware-pull
  Scenario: Error Case 7: invalid URI (package URI)
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    # A well-formed URI on the suite's CoAP image server that names nothing (4.04).
    When the Server writes the URI of a firmware image that does not exist to the Package URI Resource /5/0/1
    Then (B) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    Then (C) the State was 1 (Downloading) during the transfer
    And (D) the State is 0 (Idle) and the Update Result 7

  @LightweightM2M-1.1-int-779 @requires:operation=firmware-push @transport:block-wise
  Scenario: Error Case 8: Unsuccessful Firmware Update
    Given the Client is provisioned with configuration C.8
    And the Client is registered with the Server
    # 1a-1b. State Idle; the firmware version before.
    When the Server reads the State and the Update Result
    Then (A) the State is 0 (Idle) and the Update Result 0
    When the Server reads the Firmware Version /3/0/3
    # 1c-1d. A package that downloads but will not install.
    And the Server pushes the firmware image "that fails to install" block-wise to the Package Resource /5/0/0
    And the Server polls the State and the Update Result until the State is 2 (Downloaded)
    Then (B) the State is 2 (Downloaded) and the Update Result 0
    # 2a. Execute Update; 2b. poll until it has failed.
    When the Server executes the Update Resource /5/0/2
    Then (C) the Server receives 2.04 Changed
    When the Server polls the State and the Update Result until the Update Result is not 0
    # 3a. ETS: State 2 and Update Result 8; TS-Core App. E.6 lets a failed update return to
    # Downloaded or Idle "depending on the underlying reason", so both States pass.
    Then (D) the State is 2 (Downloaded) or 0 (Idle) and the Update Result 8
    # 3b. The firmware version is unchanged.
    When the Server reads the Firmware Version /3/0/3
    Then (E) the Firmware Version is unchanged
