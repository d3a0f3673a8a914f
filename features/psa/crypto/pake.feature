@requires:role=psa-crypto
Feature: PSA Crypto password-authenticated key exchange (psa-arch-tests c069–c079)
  Mirrors ARM-software/psa-arch-tests api-tests/dev_apis/crypto/test_c069 … c079, run ids 269–279,
  against the PSA Crypto API 1.2 PAKE extension (psa-api doc/ext-pake): J-PAKE over P-256 with
  SHA-256 (unconfirmed key, user/peer identities) and SPAKE2+ (HMAC, CMAC, Matter suites; client and
  server roles, context, confirmed key). Every row needs `alg=JPAKE` or `alg=SPAKE2P_*` and the
  PAKE API, so a target without them reports the rows Not Applicable (the in-repo simulator
  implements J-PAKE and SPAKE2+ HMAC/CMAC with SHA-256 on P-256, not the Matter variant).
  Identities and context are short strings. A SPAKE2+ key pair is w0 || w1 (here two P-256
  private scalars of the suite, 64 bytes), its public key w0 || L as exported from the pair.
  There is no public J-PAKE vector for the PSA step encoding, so J-PAKE is checked as psa-arch-tests
  c078 does: two parties of one target must complete both rounds and derive the same secret, and
  a wrong step order, a malformed share or a short buffer must be refused.

  Background:
    Given (checkpoint 1) psa_crypto_init returns SUCCESS

  @psa-c069 @run-269 @psa-crypto-1.2 @requires:api=psa_pake_setup
  Scenario Outline: psa_pake_setup: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from <password> as <key type>, usage <usage>, alg <policy>
    When psa_pake_setup(operation, <key>, <suite>) is called
    Then (checkpoint 3) the status is <expected status>
    And (checkpoint 4) psa_pake_abort(operation) returns SUCCESS

    @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
    Examples: ARCH_TEST_JPAKE
      | description                                 | password | key type              | usage  | policy                         | key             | suite                                                                                          | expected status                        |
      | Test psa_pake_setup - J-PAKE                | passwd   | PSA_KEY_TYPE_PASSWORD | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password        | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | SUCCESS                              |
      | Test psa_pake_setup - J-PAKE with key confirmation | passwd | PSA_KEY_TYPE_PASSWORD | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password     | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}   | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_pake_setup - invalid primitive     | passwd   | PSA_KEY_TYPE_PASSWORD | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password        | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 255), PSA_PAKE_UNCONFIRMED_KEY} | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_pake_setup - invalid usage         | passwd   | PSA_KEY_TYPE_PASSWORD | EXPORT | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password        | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | NOT_PERMITTED                        |
      | Test psa_pake_setup - not a PAKE algorithm  | passwd   | PSA_KEY_TYPE_PASSWORD | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password        | {PSA_ALG_SHA_256, PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}              | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_pake_setup - zero as key identifier | passwd  | PSA_KEY_TYPE_PASSWORD | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | PSA_KEY_ID_NULL | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | INVALID_HANDLE                       |

    @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=AES:128
    Examples: ARCH_TEST_JPAKE, wrong password key type
      | description                            | password    | key type         | usage  | policy                         | key      | suite                                                                                          | expected status                        |
      | Test psa_pake_setup - AES password key | key_data:16 | PSA_KEY_TYPE_AES | DERIVE | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | password | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | one of INVALID_ARGUMENT, NOT_SUPPORTED |

    @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_HMAC
      | description                         | password                 | key type                                                  | usage  | policy                                 | key      | suite                                                                                               | expected status |
      | Test psa_pake_setup - SPAKE2+ HMAC  | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1)     | DERIVE | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)  | password | {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | SUCCESS      |

    @requires:alg=SPAKE2P_CMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_CMAC
      | description                         | password                 | key type                                              | usage  | policy                                | key      | suite                                                                                              | expected status |
      | Test psa_pake_setup - SPAKE2+ CMAC  | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256) | password | {PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | SUCCESS     |

    @requires:alg=SPAKE2P_MATTER @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_MATTER
      | description                           | password                 | key type                                              | usage  | policy                 | key      | suite                                                                               | expected status |
      | Test psa_pake_setup - SPAKE2+ Matter  | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | DERIVE | PSA_ALG_SPAKE2P_MATTER | password | {PSA_ALG_SPAKE2P_MATTER, PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | SUCCESS         |

  @psa-c069 @run-269 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario: psa_pake_setup: PAKE APIs — Test psa_pake_setup on an active operation
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    Then (checkpoint 4) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns BAD_STATE
    And (checkpoint 5) psa_pake_abort(operation) returns SUCCESS

  @psa-c070 @run-270 @psa-crypto-1.2 @requires:api=psa_pake_setup
  Scenario Outline: psa_pake_set_role: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from <password> as <key type>, usage DERIVE, alg <alg>
    And (checkpoint 3) psa_pake_setup(operation, password, <suite>) returns SUCCESS
    When psa_pake_set_role(operation, <role>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_pake_abort(operation) returns SUCCESS

    @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
    Examples: ARCH_TEST_JPAKE (J-PAKE takes no role, or PSA_PAKE_ROLE_NONE)
      | description                              | password | key type              | alg                            | suite                                                                                          | role                 | expected status                        |
      | Test psa_pake_set_role - J-PAKE role NONE | passwd  | PSA_KEY_TYPE_PASSWORD | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | PSA_PAKE_ROLE_NONE   | SUCCESS                                |
      | Test psa_pake_set_role - J-PAKE role CLIENT | passwd | PSA_KEY_TYPE_PASSWORD | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | PSA_PAKE_ROLE_CLIENT | one of INVALID_ARGUMENT, NOT_SUPPORTED |
      | Test psa_pake_set_role - invalid role     | passwd   | PSA_KEY_TYPE_PASSWORD | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | 0x33                 | one of INVALID_ARGUMENT, NOT_SUPPORTED |

    @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_HMAC (client or server)
      | description                                  | password                 | key type                                              | alg                                   | suite                                                                                               | role                 | expected status  |
      | Test psa_pake_set_role - SPAKE2+ client      | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | PSA_PAKE_ROLE_CLIENT | SUCCESS    |
      | Test psa_pake_set_role - SPAKE2+ role FIRST  | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | PSA_PAKE_ROLE_FIRST  | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c070 @run-270 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE
  Scenario: psa_pake_set_role: PAKE APIs — Test psa_pake_set_role on an inactive operation
    Then (checkpoint 2) psa_pake_set_role(operation, PSA_PAKE_ROLE_NONE) returns BAD_STATE
    And (checkpoint 3) psa_pake_abort(operation) returns SUCCESS

  @psa-c071 @run-271 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario Outline: psa_pake_set_user: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    When psa_pake_set_user(operation, <user>) is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) when the call succeeded, psa_pake_set_user(operation, <user>) returns BAD_STATE
    And (checkpoint 6) psa_pake_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_JPAKE
      | description                         | user     | expected status                        |
      | Test psa_pake_set_user - valid user | "client" | SUCCESS                                |
      | Test psa_pake_set_user - empty user | empty    | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c072 @run-272 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario Outline: psa_pake_set_peer: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_user(operation, "client") returns SUCCESS
    When psa_pake_set_peer(operation, <peer>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) psa_pake_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_JPAKE
      | description                         | peer     | expected status                        |
      | Test psa_pake_set_peer - valid peer | "server" | SUCCESS                                |
      | Test psa_pake_set_peer - empty peer | empty    | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c073 @run-273 @psa-crypto-1.2 @requires:api=psa_pake_setup
  Scenario Outline: psa_pake_set_context: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from <password> as <key type>, usage DERIVE, alg <alg>
    And (checkpoint 3) psa_pake_setup(operation, password, <suite>) returns SUCCESS
    When psa_pake_set_context(operation, "Matter PAKE context") is called
    Then (checkpoint 4) the status is <expected status>
    And (checkpoint 5) psa_pake_abort(operation) returns SUCCESS

    @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_HMAC
      | description                              | password                 | key type                                              | alg                                   | suite                                                                                               | expected status |
      | Test psa_pake_set_context - SPAKE2+      | ecdh_secp_256_r1_prv_key+ec_keypair | PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1) | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY} | SUCCESS         |

    @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
    Examples: ARCH_TEST_JPAKE (J-PAKE takes no context)
      | description                         | password | key type              | alg                            | suite                                                                                          | expected status                        |
      | Test psa_pake_set_context - J-PAKE  | passwd   | PSA_KEY_TYPE_PASSWORD | PSA_ALG_JPAKE(PSA_ALG_SHA_256) | {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY} | one of INVALID_ARGUMENT, BAD_STATE |

  @psa-c074 @run-274 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario Outline: psa_pake_output: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_user(operation, "client") returns SUCCESS
    And (checkpoint 5) psa_pake_set_peer(operation, "server") returns SUCCESS
    When psa_pake_output(operation, <step>, <size>) is called
    Then (checkpoint 6) the status is <expected status>
    And (checkpoint 7) when the call succeeded, the output length is <length>
    And (checkpoint 8) psa_pake_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_JPAKE (the first round starts with the key share, an uncompressed P-256 point)
      | description                                  | step                    | size | expected status                        | length |
      | Test psa_pake_output - KEY_SHARE             | PSA_PAKE_STEP_KEY_SHARE | 65   | SUCCESS                                | 65     |
      | Test psa_pake_output - small buffer          | PSA_PAKE_STEP_KEY_SHARE | 64   | BUFFER_TOO_SMALL                       | -      |
      | Test psa_pake_output - out of order (ZK_PROOF first) | PSA_PAKE_STEP_ZK_PROOF | 65 | BAD_STATE                             | -      |
      | Test psa_pake_output - invalid step          | 0x7f                    | 65   | one of INVALID_ARGUMENT, BAD_STATE     | -      |

  @psa-c075 @run-275 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario Outline: psa_pake_input: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_user(operation, "client") returns SUCCESS
    And (checkpoint 5) psa_pake_set_peer(operation, "server") returns SUCCESS
    When psa_pake_input(operation, <step>, <input>) is called
    Then (checkpoint 6) the status is <expected status>
    And (checkpoint 7) psa_pake_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_JPAKE
      | description                                  | step                    | input                    | expected status                                   |
      | Test psa_pake_input - invalid key share point | PSA_PAKE_STEP_KEY_SHARE | hex:04                  | one of INVALID_ARGUMENT, BAD_STATE                |
      | Test psa_pake_input - empty input            | PSA_PAKE_STEP_KEY_SHARE | empty                    | one of INVALID_ARGUMENT, BAD_STATE                |
      | Test psa_pake_input - out of order (ZK_PROOF first) | PSA_PAKE_STEP_ZK_PROOF | ecdh_secp_256_r1_prv_key | one of BAD_STATE, INVALID_ARGUMENT          |

  @psa-c076 @run-276 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario: psa_pake_abort: PAKE APIs — Test psa_pake_abort - J-PAKE, then every call is BAD_STATE
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    When (checkpoint 4) psa_pake_abort(operation) returns SUCCESS
    Then (checkpoint 5) psa_pake_set_user(operation, "client") returns BAD_STATE
    And (checkpoint 6) psa_pake_abort(operation) returns SUCCESS
    And (checkpoint 7) psa_pake_abort(operation) returns SUCCESS

  @psa-c077 @run-277 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD
  Scenario: psa_pake_get_shared_key: PAKE APIs — Test psa_pake_get_shared_key - before the exchange has finished
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And the attributes "shared" are PSA_KEY_TYPE_DERIVE, bits 0, usage DERIVE, alg PSA_ALG_TLS12_ECJPAKE_TO_PMS
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_user(operation, "client") returns SUCCESS
    And (checkpoint 5) psa_pake_set_peer(operation, "server") returns SUCCESS
    Then (checkpoint 6) psa_pake_get_shared_key(operation, shared) returns BAD_STATE
    And (checkpoint 7) psa_pake_abort(operation) returns SUCCESS

  @psa-c074 @run-274 @psa-crypto-1.2 @requires:api=psa_pake_setup
  Scenario Outline: psa_pake_output: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from ecdh_secp_256_r1_prv_key+ec_keypair as PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg <alg>
    And (checkpoint 3) psa_pake_setup(operation, password, {<alg>, PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_role(operation, <role>) returns SUCCESS
    When psa_pake_output(operation, <step>, <size>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) when the call succeeded, the output length is <length>
    And (checkpoint 7) psa_pake_abort(operation) returns SUCCESS

    @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_HMAC (the Prover starts with shareP; the Verifier must first receive it)
      | description                                          | alg                                   | role                 | step                    | size | expected status                    | length |
      | Test psa_pake_output - SPAKE2+ prover KEY_SHARE      | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_KEY_SHARE | 65   | SUCCESS                            | 65     |
      | Test psa_pake_output - SPAKE2+ small buffer          | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_KEY_SHARE | 64   | BUFFER_TOO_SMALL                   | -      |
      | Test psa_pake_output - SPAKE2+ CONFIRM first         | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_CONFIRM   | 64   | BAD_STATE                          | -      |
      | Test psa_pake_output - SPAKE2+ verifier share first  | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_SERVER | PSA_PAKE_STEP_KEY_SHARE | 65   | BAD_STATE                          | -      |
      | Test psa_pake_output - SPAKE2+ has no ZK_PUBLIC step | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_ZK_PUBLIC | 65   | one of INVALID_ARGUMENT, BAD_STATE | -      |

    @requires:alg=SPAKE2P_CMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
    Examples: ARCH_TEST_SPAKE2P_CMAC
      | description                                          | alg                                   | role                 | step                    | size | expected status                    | length |
      | Test psa_pake_output - SPAKE2+ CMAC prover KEY_SHARE | PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256) | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_KEY_SHARE | 65   | SUCCESS                            | 65     |

  @psa-c075 @run-275 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
  Scenario Outline: psa_pake_input: PAKE APIs — <description>
    Given (checkpoint 2) the key "password" is imported from ecdh_secp_256_r1_prv_key+ec_keypair as PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(operation, password, {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_set_role(operation, <role>) returns SUCCESS
    When psa_pake_input(operation, <step>, <input>) is called
    Then (checkpoint 5) the status is <expected status>
    And (checkpoint 6) psa_pake_abort(operation) returns SUCCESS

    Examples: ARCH_TEST_SPAKE2P_HMAC
      | description                                              | role                 | step                    | input                    | expected status                    |
      | Test psa_pake_input - SPAKE2+ invalid key share point    | PSA_PAKE_ROLE_SERVER | PSA_PAKE_STEP_KEY_SHARE | hex:04                   | one of INVALID_ARGUMENT, BAD_STATE |
      | Test psa_pake_input - SPAKE2+ share not on the curve     | PSA_PAKE_ROLE_SERVER | PSA_PAKE_STEP_KEY_SHARE | hex:04+ecdh_secp_256_r1_prv_key+ec_keypair | INVALID_ARGUMENT  |
      | Test psa_pake_input - SPAKE2+ prover input before output | PSA_PAKE_ROLE_CLIENT | PSA_PAKE_STEP_KEY_SHARE | ecdh_secp_256_r1_prv_key | BAD_STATE                          |
      | Test psa_pake_input - SPAKE2+ CONFIRM first              | PSA_PAKE_ROLE_SERVER | PSA_PAKE_STEP_CONFIRM   | ecdh_secp_256_r1_prv_key | BAD_STATE                          |

  @psa-c077 @run-277 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256 @requires:key=SPAKE2P_PUBLIC_KEY(SECP_R1):256
  Scenario Outline: psa_pake_get_shared_key: PAKE APIs — <description>
    Given (checkpoint 2) the key "prover_key" is imported from ecdh_secp_256_r1_prv_key+ec_keypair as PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE | EXPORT, alg <alg>
    And (checkpoint 3) psa_export_public_key(prover_key, 200) returns SUCCESS giving "registration"
    And (checkpoint 4) the key "verifier_key" is imported from registration as PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg <alg>
    And the attributes "shared" are <shared type>, bits 0, usage <shared usage>, alg <shared alg>
    And (checkpoint 5) psa_pake_setup(prover, prover_key, {<alg>, PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 6) psa_pake_setup(verifier, verifier_key, {<alg>, PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 7) psa_pake_set_role(prover, PSA_PAKE_ROLE_CLIENT) returns SUCCESS
    And (checkpoint 8) psa_pake_set_role(verifier, PSA_PAKE_ROLE_SERVER) returns SUCCESS
    And (checkpoint 9) psa_pake_set_user(prover, "client") returns SUCCESS
    And (checkpoint 10) psa_pake_set_peer(prover, "server") returns SUCCESS
    And (checkpoint 11) psa_pake_set_user(verifier, "server") returns SUCCESS
    And (checkpoint 12) psa_pake_set_peer(verifier, "client") returns SUCCESS
    And (checkpoint 13) psa_pake_set_context(prover, "Matter PAKE context") returns SUCCESS
    And (checkpoint 14) psa_pake_set_context(verifier, "Matter PAKE context") returns SUCCESS
    And (checkpoint 15) psa_pake_output(prover, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_p"
    And (checkpoint 16) psa_pake_input(verifier, PSA_PAKE_STEP_KEY_SHARE, share_p) returns SUCCESS
    And (checkpoint 17) psa_pake_output(verifier, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_v"
    And (checkpoint 18) psa_pake_output(verifier, PSA_PAKE_STEP_CONFIRM, 64) returns SUCCESS giving "confirm_v"
    And (checkpoint 19) psa_pake_input(prover, PSA_PAKE_STEP_KEY_SHARE, share_v) returns SUCCESS
    And (checkpoint 20) psa_pake_input(prover, PSA_PAKE_STEP_CONFIRM, confirm_v) returns SUCCESS
    And (checkpoint 21) psa_pake_output(prover, PSA_PAKE_STEP_CONFIRM, 64) returns SUCCESS giving "confirm_p"
    And (checkpoint 22) psa_pake_input(verifier, PSA_PAKE_STEP_CONFIRM, confirm_p) returns SUCCESS
    When psa_pake_get_shared_key(prover, shared) is called
    Then (checkpoint 23) the status is <expected status>
    And (checkpoint 24) psa_pake_abort(prover) returns SUCCESS
    And (checkpoint 25) psa_pake_abort(verifier) returns SUCCESS

    @requires:alg=SPAKE2P_HMAC
    Examples: ARCH_TEST_SPAKE2P_HMAC
      | description                                                      | alg                                   | shared type                | shared usage | shared alg                   | expected status                        |
      | Test psa_pake_get_shared_key - SPAKE2P HMAC - SHA256             | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_KEY_TYPE_AES           | EXPORT       | PSA_ALG_GCM                  | SUCCESS                                |
      | Test psa_pake_get_shared_key - SPAKE2P HMAC-SHA256 - invalid key policy | PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256) | PSA_KEY_TYPE_PASSWORD | ENCRYPT   | PSA_ALG_HKDF(PSA_ALG_SHA_256) | one of INVALID_ARGUMENT, NOT_SUPPORTED |

    @requires:alg=SPAKE2P_CMAC
    Examples: ARCH_TEST_SPAKE2P_CMAC
      | description                                                      | alg                                   | shared type                | shared usage        | shared alg                    | expected status                        |
      | Test psa_pake_get_shared_key - SPAKE2P CMAC - SHA256             | PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256) | PSA_KEY_TYPE_DERIVE        | VERIFY_DERIVATION   | PSA_ALG_HKDF(PSA_ALG_SHA_256) | SUCCESS                                |
      | Test psa_pake_get_shared_key - SPAKE2P CMAC-SHA256 - invalid key policy | PSA_ALG_SPAKE2P_CMAC(PSA_ALG_SHA_256) | PSA_KEY_TYPE_PASSWORD_HASH | DERIVE | PSA_ALG_HMAC(PSA_ALG_SHA_256) | one of INVALID_ARGUMENT, NOT_SUPPORTED |

  @psa-c077 @run-277 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256
  Scenario: psa_pake_get_shared_key: PAKE APIs — Test SPAKE2+ - a forged confirmation is refused and no key is given
    Given (checkpoint 2) the key "password" is imported from ecdh_secp_256_r1_prv_key+ec_keypair as PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)
    And the attributes "shared" are PSA_KEY_TYPE_DERIVE, bits 0, usage DERIVE, alg PSA_ALG_HKDF(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_pake_setup(prover, password, {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_setup(verifier, password, {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 5) psa_pake_set_role(prover, PSA_PAKE_ROLE_CLIENT) returns SUCCESS
    And (checkpoint 6) psa_pake_set_role(verifier, PSA_PAKE_ROLE_SERVER) returns SUCCESS
    And (checkpoint 7) psa_pake_output(prover, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_p"
    And (checkpoint 8) psa_pake_input(verifier, PSA_PAKE_STEP_KEY_SHARE, share_p) returns SUCCESS
    And (checkpoint 9) psa_pake_output(verifier, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_v"
    And (checkpoint 10) psa_pake_input(prover, PSA_PAKE_STEP_KEY_SHARE, share_v) returns SUCCESS
    When (checkpoint 11) psa_pake_input(prover, PSA_PAKE_STEP_CONFIRM, ecdh_secp_256_r1_prv_key) returns INVALID_SIGNATURE
    Then (checkpoint 12) psa_pake_get_shared_key(prover, shared) returns BAD_STATE
    And (checkpoint 13) psa_pake_abort(prover) returns SUCCESS
    And (checkpoint 14) psa_pake_abort(verifier) returns SUCCESS

  @psa-c078 @run-278 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=JPAKE @requires:alg=SHA_256 @requires:key=PASSWORD @requires:alg=TLS12_ECJPAKE_TO_PMS
  Scenario: J-PAKE end to end: PAKE APIs — Test J-PAKE - two parties, both rounds, the same shared key
    Given (checkpoint 2) the key "password" is imported from passwd as PSA_KEY_TYPE_PASSWORD, usage DERIVE, alg PSA_ALG_JPAKE(PSA_ALG_SHA_256)
    And the attributes "shared" are PSA_KEY_TYPE_DERIVE, bits 0, usage DERIVE, alg PSA_ALG_TLS12_ECJPAKE_TO_PMS
    And (checkpoint 3) psa_pake_setup(client, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 4) psa_pake_setup(server, password, {PSA_ALG_JPAKE(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_UNCONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 5) psa_pake_set_user(client, "client") returns SUCCESS
    And (checkpoint 6) psa_pake_set_peer(client, "server") returns SUCCESS
    And (checkpoint 7) psa_pake_set_user(server, "server") returns SUCCESS
    And (checkpoint 8) psa_pake_set_peer(server, "client") returns SUCCESS
    When (checkpoint 9) psa_pake_output(client, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "c1_share"
    And (checkpoint 10) psa_pake_output(client, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "c1_public"
    And (checkpoint 11) psa_pake_output(client, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "c1_proof"
    And (checkpoint 12) psa_pake_output(client, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "c2_share"
    And (checkpoint 13) psa_pake_output(client, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "c2_public"
    And (checkpoint 14) psa_pake_output(client, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "c2_proof"
    And (checkpoint 15) psa_pake_output(server, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "s1_share"
    And (checkpoint 16) psa_pake_output(server, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "s1_public"
    And (checkpoint 17) psa_pake_output(server, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "s1_proof"
    And (checkpoint 18) psa_pake_output(server, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "s2_share"
    And (checkpoint 19) psa_pake_output(server, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "s2_public"
    And (checkpoint 20) psa_pake_output(server, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "s2_proof"
    And (checkpoint 21) psa_pake_input(server, PSA_PAKE_STEP_KEY_SHARE, c1_share) returns SUCCESS
    And (checkpoint 22) psa_pake_input(server, PSA_PAKE_STEP_ZK_PUBLIC, c1_public) returns SUCCESS
    And (checkpoint 23) psa_pake_input(server, PSA_PAKE_STEP_ZK_PROOF, c1_proof) returns SUCCESS
    And (checkpoint 24) psa_pake_input(server, PSA_PAKE_STEP_KEY_SHARE, c2_share) returns SUCCESS
    And (checkpoint 25) psa_pake_input(server, PSA_PAKE_STEP_ZK_PUBLIC, c2_public) returns SUCCESS
    And (checkpoint 26) psa_pake_input(server, PSA_PAKE_STEP_ZK_PROOF, c2_proof) returns SUCCESS
    And (checkpoint 27) psa_pake_input(client, PSA_PAKE_STEP_KEY_SHARE, s1_share) returns SUCCESS
    And (checkpoint 28) psa_pake_input(client, PSA_PAKE_STEP_ZK_PUBLIC, s1_public) returns SUCCESS
    And (checkpoint 29) psa_pake_input(client, PSA_PAKE_STEP_ZK_PROOF, s1_proof) returns SUCCESS
    And (checkpoint 30) psa_pake_input(client, PSA_PAKE_STEP_KEY_SHARE, s2_share) returns SUCCESS
    And (checkpoint 31) psa_pake_input(client, PSA_PAKE_STEP_ZK_PUBLIC, s2_public) returns SUCCESS
    And (checkpoint 32) psa_pake_input(client, PSA_PAKE_STEP_ZK_PROOF, s2_proof) returns SUCCESS
    And (checkpoint 33) psa_pake_output(client, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "c3_share"
    And (checkpoint 34) psa_pake_output(client, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "c3_public"
    And (checkpoint 35) psa_pake_output(client, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "c3_proof"
    And (checkpoint 36) psa_pake_output(server, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "s3_share"
    And (checkpoint 37) psa_pake_output(server, PSA_PAKE_STEP_ZK_PUBLIC, 65) returns SUCCESS giving "s3_public"
    And (checkpoint 38) psa_pake_output(server, PSA_PAKE_STEP_ZK_PROOF, 32) returns SUCCESS giving "s3_proof"
    And (checkpoint 39) psa_pake_input(server, PSA_PAKE_STEP_KEY_SHARE, c3_share) returns SUCCESS
    And (checkpoint 40) psa_pake_input(server, PSA_PAKE_STEP_ZK_PUBLIC, c3_public) returns SUCCESS
    And (checkpoint 41) psa_pake_input(server, PSA_PAKE_STEP_ZK_PROOF, c3_proof) returns SUCCESS
    And (checkpoint 42) psa_pake_input(client, PSA_PAKE_STEP_KEY_SHARE, s3_share) returns SUCCESS
    And (checkpoint 43) psa_pake_input(client, PSA_PAKE_STEP_ZK_PUBLIC, s3_public) returns SUCCESS
    And (checkpoint 44) psa_pake_input(client, PSA_PAKE_STEP_ZK_PROOF, s3_proof) returns SUCCESS
    Then (checkpoint 45) psa_pake_get_shared_key(client, shared) returns SUCCESS giving "client_key"
    And (checkpoint 46) psa_pake_get_shared_key(server, shared) returns SUCCESS giving "server_key"
    And (checkpoint 47) psa_key_derivation_setup(c, PSA_ALG_TLS12_ECJPAKE_TO_PMS) returns SUCCESS
    And (checkpoint 48) psa_key_derivation_input_key(c, PSA_KEY_DERIVATION_INPUT_SECRET, client_key) returns SUCCESS
    And (checkpoint 49) psa_key_derivation_output_bytes(c, 32) returns SUCCESS giving "client_pms"
    And (checkpoint 50) psa_key_derivation_setup(s, PSA_ALG_TLS12_ECJPAKE_TO_PMS) returns SUCCESS
    And (checkpoint 51) psa_key_derivation_input_key(s, PSA_KEY_DERIVATION_INPUT_SECRET, server_key) returns SUCCESS
    And (checkpoint 52) psa_key_derivation_output_bytes(s, 32) returns SUCCESS
    And (checkpoint 53) the output is client_pms

  @psa-c079 @run-279 @psa-crypto-1.2 @requires:api=psa_pake_setup @requires:alg=SPAKE2P_HMAC @requires:alg=SHA_256 @requires:key=SPAKE2P_KEY_PAIR(SECP_R1):256 @requires:key=SPAKE2P_PUBLIC_KEY(SECP_R1):256
  Scenario: SPAKE2+ end to end: PAKE APIs — Test SPAKE2+ HMAC - prover and verifier, confirmation, the same shared key
    Given (checkpoint 2) the key "prover_key" is imported from ecdh_secp_256_r1_prv_key+ec_keypair as PSA_KEY_TYPE_SPAKE2P_KEY_PAIR(PSA_ECC_FAMILY_SECP_R1), usage DERIVE | EXPORT, alg PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)
    And (checkpoint 3) psa_export_public_key(prover_key, 200) returns SUCCESS giving "registration"
    And (checkpoint 4) the key "verifier_key" is imported from registration as PSA_KEY_TYPE_SPAKE2P_PUBLIC_KEY(PSA_ECC_FAMILY_SECP_R1), usage DERIVE, alg PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256)
    And the attributes "shared" are PSA_KEY_TYPE_DERIVE, bits 0, usage DERIVE | EXPORT, alg PSA_ALG_HKDF(PSA_ALG_SHA_256)
    And (checkpoint 5) psa_pake_setup(prover, prover_key, {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 6) psa_pake_setup(verifier, verifier_key, {PSA_ALG_SPAKE2P_HMAC(PSA_ALG_SHA_256), PSA_PAKE_PRIMITIVE(ECC, SECP_R1, 256), PSA_PAKE_CONFIRMED_KEY}) returns SUCCESS
    And (checkpoint 7) psa_pake_set_role(prover, PSA_PAKE_ROLE_CLIENT) returns SUCCESS
    And (checkpoint 8) psa_pake_set_role(verifier, PSA_PAKE_ROLE_SERVER) returns SUCCESS
    And (checkpoint 9) psa_pake_set_user(prover, "client") returns SUCCESS
    And (checkpoint 10) psa_pake_set_peer(prover, "server") returns SUCCESS
    And (checkpoint 11) psa_pake_set_user(verifier, "server") returns SUCCESS
    And (checkpoint 12) psa_pake_set_peer(verifier, "client") returns SUCCESS
    And (checkpoint 13) psa_pake_set_context(prover, "testfest SPAKE2+") returns SUCCESS
    And (checkpoint 14) psa_pake_set_context(verifier, "testfest SPAKE2+") returns SUCCESS
    When (checkpoint 15) psa_pake_output(prover, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_p"
    And (checkpoint 16) psa_pake_input(verifier, PSA_PAKE_STEP_KEY_SHARE, share_p) returns SUCCESS
    And (checkpoint 17) psa_pake_output(verifier, PSA_PAKE_STEP_KEY_SHARE, 65) returns SUCCESS giving "share_v"
    And (checkpoint 18) psa_pake_output(verifier, PSA_PAKE_STEP_CONFIRM, 64) returns SUCCESS giving "confirm_v"
    And (checkpoint 19) psa_pake_input(prover, PSA_PAKE_STEP_KEY_SHARE, share_v) returns SUCCESS
    And (checkpoint 20) psa_pake_input(prover, PSA_PAKE_STEP_CONFIRM, confirm_v) returns SUCCESS
    And (checkpoint 21) psa_pake_output(prover, PSA_PAKE_STEP_CONFIRM, 64) returns SUCCESS giving "confirm_p"
    And (checkpoint 22) psa_pake_input(verifier, PSA_PAKE_STEP_CONFIRM, confirm_p) returns SUCCESS
    Then (checkpoint 23) psa_pake_get_shared_key(prover, shared) returns SUCCESS giving "prover_secret"
    And (checkpoint 24) psa_pake_get_shared_key(verifier, shared) returns SUCCESS giving "verifier_secret"
    And (checkpoint 25) psa_export_key(prover_secret, 64) returns SUCCESS giving "prover_bytes"
    And (checkpoint 26) psa_export_key(verifier_secret, 64) returns SUCCESS
    And (checkpoint 27) the output is prover_bytes
