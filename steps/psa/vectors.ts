/**
 * Named byte strings for the PSA crypto scenarios (the `bytes` arguments of feature-file calls).
 *
 * From ARM-software/psa-arch-tests api-tests/dev_apis/crypto/common/test_crypto_common.c (Apache-2.0):
 * hash_input and its digests, the AEAD and cipher vectors (nonce, additional_data, plaintext, iv,
 * aead_ciphertext_N, ciphertext_N), the ECDH keys, signature_6, hmac/cmac outputs and the KDF input
 * strings. From the RFCs, as cited per entry: HKDF (RFC 5869 A.1), PBKDF2-HMAC-SHA256 (RFC 7914 §11),
 * TLS 1.2 PRF-SHA256 (the IETF TLS WG test vector also used by Mbed TLS), ECDH P-256/P-384 shared
 * secrets (RFC 5903 §8.1/§8.2, whose private/public keys psa-arch-tests reuses).
 * Every output vector here was reproduced by the simulator and, where noted, by a second source.
 */
const hex = (...parts: string[]): Buffer => Buffer.from(parts.join(''), 'hex');

export const VECTORS: Record<string, Buffer> = {
  hash_input: hex('bd'),
  md5_hash: hex('abae57cb562ecf295b4a37a76efe61fb'),
  ripemd_160_hash: hex('5089265ee5d9af75d12dbf7ea2f27dbdee435b37'),
  sha_1_hash: hex('9034aaf45143996a2b14465c352ab0c6fa26b221'),
  sha_224_hash: hex('b1e46bb9efe45af554363449c6945a0d6169fc3a5a396a56cb97cb57'),
  sha_256_hash: hex('68325720aabd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe732b'),
  sha_256_incorrect_hash: hex('68325720abbd7c82f30f554b313d0570c95accbb7dc4b5aae11204c08ffe7378'),
  sha_384_hash: hex('4372e38a92a28b5d2c391e62452a86d50e0267228be176c77d2402effe9fa50de407bbb851b37d5904aba2dede74da2a'),
  sha_512_hash: hex(
    '296e2267d74c278daaaa940d17b0cfb74a5083f8e069726d8c841cbe596e0431cb7741a5b50f71666cfd54bacb7b00ae',
    'a891499cf4ef6a03c8a83fe37c3f7baf',
  ),

  nonce: hex('00412b4ea9cdbe3c9696766cfa'),
  additional_data: hex('40a27c1d1e23ea3dbe8056b2774861a4a201cce49f19997d19206d8c8a343951'),
  plaintext: hex('4535d12b4377928a7c0a61c9f825a48671ea05910748c8ef'),
  aead_ciphertext_1: hex('fabf9349e724a5334bc0bf0117af043dc0c9de51d9c7a577dd303655cde6b316b70ac08cba78d6'),
  aead_ciphertext_2: hex('fabf9349e724a5334bc0bf0117af043dc0c9de51d9c7a5967e1573f20bd28a594a9c958260562418'),
  aead_invalid_ciphertext_2: hex('9340d454afcbd1bf05ca5694ad47c10d130596f42f69acd8207c675373886b2b3c0f8a6c012e5177'),
  aead_ciphertext_3: hex('fabf9349e724a5334bc0bf0117af043dc0c9de51d9c7a596e52b6f9b'),
  aead_ciphertext_4: hex('fabf9349e724a5334bc0bf0117af043dc0c9de51d9c7a596b13617d4f70afba5ed8308c1b21d1927'),
  aead_ciphertext_5: hex('65466bb0ea01e48f94a23ca65c155617'),
  aead_ciphertext_6: hex('1decc1ed4b1a0f94643cbb2289b5e346211143202dea2b66b727772767df44ecd8daa87cb49bb32b'),

  iv: hex('000102030405060708090a0b0c0d0e0f'),
  ciphertext_1: hex('db0377f5599f22b85afc13c37301d78d'),
  ciphertext_2: hex('e1982e59ac61757b83beb403f0da7fcc'),
  ciphertext_4: hex('7a8856f2caf5f895'),
  ciphertext_5: hex('e3b7d270df411a86'),
  /** AES-128-CBC-PKCS7 of plaintext:15 (one padded block). */
  ciphertext_6: hex('c3321d6b81446df4a65dbf6ab50a55bc'),
  salt: hex('000102030405060708090a0b0c0d0e0f'),

  /** psa-arch-tests ec_keypair: P-256 private key of the DETERMINISTIC_ECDSA(SHA_256) vectors. */
  ec_keypair: hex('ab45435712649cb30bbddac49197eebf2740ffc7f874d9244c3460f54f322d3a'),
  /** DETERMINISTIC_ECDSA(SHA_256) by ec_keypair over hash_input (psa-arch-tests signature_6). */
  signature_6: hex(
    'c65459b1c9508fe6bd973f43aabf5812aff6a8db402f773d740ef1418ddc54a8d6fe524cd378ebe2c2af80f6affc0fb0',
    '4bea360c92e5644a6041b2f45349d422',
  ),

  /** RFC 4231 test case 1 key and data, as psa-arch-tests test_c046 uses them. */
  hmac_key: hex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'),
  hi_there: Buffer.from('Hi There'),
  hmac_sha224_hi_there: hex('896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22'),
  hmac_sha256_hi_there: hex('b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'),
  hmac_sha512_hi_there: hex(
    '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cdedaa833b7d6b8a702038b274eaea3f4e4',
    'be9d914eeb61f1702e696c203a126854',
  ),
  /** RFC 4493 AES-128 key, and AES-CMAC("Hi There") from psa-arch-tests test_c046. */
  cmac_key: hex('2b7e151628aed2a6abf7158809cf4f3c'),
  cmac_aes_128_hi_there: hex('9a8fff8da35b97cb4c95f0fa6ae7e077'),

  ecdh_secp_256_r1_prv_key: hex('c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433'),
  ecdh_secp_256_r1_pub_key: hex(
    '04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf6356fbf3ca366cc23e8157854c13c58d',
    '6aac23f046ada30f8353e74f33039872ab',
  ),
  /** RFC 5903 §8.1 shared x-coordinate. */
  ecdh_secp_256_r1_shared: hex('d6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de'),
  ecdh_secp_384_r1_prv_key: hex('099f3c7034d4a2c699884d73a375a67f7624ef7c6b3c0f160647b67414dce655e35b538041e649ee3faef896783ab194'),
  ecdh_secp_384_r1_pub_key: hex(
    '04e558dbef53eecde3d3fccfc1aea08a89a987475d12fd950d83cfa41732bc509d0d1ac43a0336def96fda41d0774a35',
    '71dcfbec7aacf3196472169e838430367f66eebe3c6e70c416dd5f0c68759dd1fff83fa40142209dff5eaad96db9e6386c',
  ),
  /** RFC 5903 §8.2 shared x-coordinate. */
  ecdh_secp_384_r1_shared: hex('11187331c279962d93d604243fd592cb9d0a926f422e47187521287e7156c5c4d603135569b9e9d09cf5d4a270f59746'),

  input_bytes_data: Buffer.from('abcdefghijklmnop'),
  input_salt: Buffer.from('Salt'),
  input_info: Buffer.from('Info'),
  input_seed: Buffer.from('Seed'),
  input_label: Buffer.from('Label'),

  /** RFC 5869 A.1 (HKDF-SHA256 test case 1). */
  rfc5869_ikm: hex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'),
  rfc5869_salt: hex('000102030405060708090a0b0c'),
  rfc5869_info: hex('f0f1f2f3f4f5f6f7f8f9'),
  rfc5869_prk: hex('077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5'),
  rfc5869_okm: hex('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865'),
  /**
   * psa_key_derivation_output_key from that OKM: a 3-key 3DES key is its first 24 bytes with the DES
   * parity bits set (Mbed TLS 2.28 derives exactly these bytes); a P-256 key pair is k + 1 where k is
   * its first 32 bytes (FIPS 186-4 B.4.2, as the spec prescribes; k < n − 1 here).
   */
  rfc5869_okm_24_des_parity: hex('3db35e25fbadd57a91434f64d0372f2a2c2c0b91ce1a5b4c'),
  rfc5869_okm_32_plus_1: hex('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5c0'),
  /** RFC 7914 §11 PBKDF2-HMAC-SHA256 ("passwd", "salt", c = 1, 64 bytes). */
  passwd: Buffer.from('passwd'),
  salt_text: Buffer.from('salt'),
  rfc7914_pbkdf2_sha256: hex(
    '55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc49ca9cccf179b645991664b39d77ef31',
    '7c71b845b1e30bd509112041d3a19783',
  ),
  /** TLS 1.2 PRF-SHA256 test vector (secret, seed, label "test label", 100 bytes). */
  tls12_secret: hex('9bbe436ba940f017b17652849a71db35'),
  tls12_seed: hex('a0ba9f936cda311827a6f796ffd5198c'),
  tls12_label: Buffer.from('test label'),
  tls12_prf_sha256: hex(
    'e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af',
    '0fa022f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff701',
    '87347b66',
  ),

  /** RFC 8439 §2.4.2 (ChaCha20 with counter 1; PSA starts at 0, so scenarios prepend one zero block). */
  chacha20_key: hex('000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f'),
  chacha20_nonce: hex('000000000000004a00000000'),
  zero_block_64: Buffer.alloc(64),
  sunscreen: Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you only one tip for the future, sunscreen would be it."),
  chacha20_rfc8439_ciphertext: hex(
    '6e2e359a2568f98041ba0728dd0d6981e97e7aec1d4360c20a27afccfd9fae0bf91b65c5524733ab8f593dabcd62b357',
    '1639d624e65152ab8f530c359f0861d807ca0dbf500d6a6156a38e088a22b65e52bc514d16ccf806818ce91ab7793736',
    '5af90bbf74a35be6b40b8eedf2785e42874d',
  ),
  /** RFC 8439 §2.8.2 (AEAD_CHACHA20_POLY1305); the same key/AAD/plaintext for XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha-03 A.3.1). */
  chacha20_poly1305_key: hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f'),
  chacha20_poly1305_nonce: hex('070000004041424344454647'),
  chacha20_poly1305_aad: hex('50515253c0c1c2c3c4c5c6c7'),
  chacha20_poly1305_ciphertext_and_tag: hex(
    'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d63dbea45e8ca9671282fafb69da92728b',
    '1a71de0a9e060b2905d6a5b67ecd3b3692ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc',
    '3ff4def08e4b7a9de576d26586cec64b6116',
    '1ae10b594f09e26a7e902ecbd0600691',
  ),
  xchacha20_poly1305_nonce: hex('404142434445464748494a4b4c4d4e4f5051525354555657'),
  xchacha20_poly1305_ciphertext_and_tag: hex(
    'bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39',
    'ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff9',
    '21f9664c97637da9768812f615c68b13b52e',
    'c0875924c1c7987947deafd8780acf49',
  ),
  /**
   * psa-arch-tests RSA-1024 vectors for rsa_128_key_pair (checked here by recovering their padding
   * with the public key): signature_1 = PKCS1V15_SIGN_RAW(sha_256_hash), signature_2 =
   * PKCS1V15_SIGN(SHA_256) of hash_input, signature_4 = PKCS1V15_SIGN_RAW(hash_input);
   * ciphertext_7 = PKCS1V15_CRYPT(plaintext:22), ciphertext_8 = OAEP(SHA_256)(plaintext:22),
   * ciphertext_9 = OAEP(SHA_256)(plaintext:22) with label `salt`.
   */
  signature_1: hex(
    '8c4f46698486e651557ac4eb2b77735f985463940dda36c03f1b961daa96dce77c3a899054dba91cfa02efc74b2a6f70',
    'dbe34a622187d6f00b88855f64ffa32612a2b211370bd65e1ff82ae9a319768953b643ced64a8383e294a10e01456144',
    '8f946af3076351ee05db6014334f3c9ff58cf5c371da9e1c3bde0314453ccbd0',
  ),
  signature_2: hex(
    '62f7cbdc602b9fc27d964fd1b3595268cb51efdf05dbb83d7b873c082d4a93a1d37ba54f4246859e16bd9bf4af976862',
    'f4ec7f722b4f95eb7da5f5e20e7b43936ffd7efc5d74882bea02640d12769843e7d5ff9481ad588713b4ee9841a4de30',
    '84c1b104855bca86a4f364e520211be055402474952a34f1c2796a6d3cabbda0',
  ),
  signature_4: hex(
    '424ac61769095fd53189f8336e03661b243fe8ba8461073ff12e6c53f23f0f14fcd63893018a8a96f692e78d256cd54d',
    'd1cc86bd1dd4fcb2c3397e9c4cdc99185cce7df71ae33195e150ff13b1689b0b4a5c1f132a2953865ee45fc61cd422f7',
    '1f254ada31b9ff7035083c405bed10ac2a85be6433ecc53c2d6eeae518d0b76a',
  ),
  ciphertext_7: hex(
    '0b1b3fc1a3949a5e1fe228069ede60b58612525c78d2be62dd8233d78256c623a0863f909afef3a10ad24773f8483d53',
    '966037068ff479c6c39385bf4b4eb3343c538d95cc8b2fb91d997bf229ab878217c64bf3f392c476aa3280746343bbc2',
    'd7c09c4c557196263661a559528fb2da18f1a454688a9d1932c5eaf44cab095a',
  ),
  ciphertext_8: hex(
    '957db0f18dde316559514bfbe24fcbb0bb6260b48c0b96e2d137f28b2e5a10376abebda684c27ff94abba9f914ece233',
    'ed6b71f966504d90dc5f11be4396bb823b68a281a71ff746a641c7998983fda53508def4373db15486c56882e05c02fa',
    '0691cfe89639687e6242af5f21082c392e83530faf97a82ba0c30ecaf8320472',
  ),
  ciphertext_9: hex(
    '2873c296055b8f470f99e70a9aa05379dc4a8b977c67c39ae661c5335546ceb9cfb7507b9c21923162b3a3562d8b03cb',
    '4d7a29d7ef62ae368925f4313764f0e32fa35af610c600965675a83cba504e581405471cdbdb08d748ec208128fde58e',
    'b8fc7d6027c80a0765b243a90842cfdc24eeb02ab84adc52127862770e8b76fe',
  ),

  /** RFC 8032 §7.1 TEST 1 (Ed25519, empty message). */
  ed25519_rfc8032_priv: hex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'),
  ed25519_rfc8032_pub: hex('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'),
  ed25519_rfc8032_sig: hex('e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b'),
  /** RFC 8032 §7.3 TEST abc (Ed25519ph, message "abc"). */
  ed25519ph_rfc8032_priv: hex('833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42'),
  ed25519ph_rfc8032_pub: hex('ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf'),
  ed25519ph_rfc8032_sig: hex('98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406'),
  abc: Buffer.from('abc'),
  /** SHA-512("abc"), the PH(M) that psa_sign_hash takes for Ed25519ph (FIPS 180-2 example). */
  sha512_abc: hex(
    'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd',
    '454d4423643ce80e2a9ac94fa54ca49f',
  ),
  /** RFC 8032 §7.4 "Blank" (Ed448, empty message). */
  ed448_rfc8032_priv: hex('6c82a562cb808d10d632be89c8513ebf6c929f34ddfa8c9f63c9960ef6e348a3528c8a3fcc2f044e39a3fc5b94492f8f032e7549a20098f95b'),
  ed448_rfc8032_sig: hex(
    '533a37f6bbe457251f023c0d88f976ae2dfb504a843e34d2074fd823d41a591f2b233f034f628281f2fd7a22ddd47d78',
    '28c59bd0a21bfd3980ff0d2028d4b18a9df63e006c5d1c2d345b925d8dc00b4104852db99ac5c7cdda8530a113a0f4db',
    'b61149f05a7363268c71d95808ff2e652600',
  ),

  /** RFC 7748 §6.1 (X25519: Alice's private key, Bob's public key, shared secret K). */
  x25519_alice_priv: hex('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a'),
  x25519_bob_pub: hex('de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f'),
  x25519_shared: hex('4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742'),
  /** RFC 7748 §6.2 (X448). */
  x448_alice_priv: hex('9a8f4925d1519f5775cf46b04b5800d4ee9ee8bae8bc5565d498c28dd9c9baf574a9419744897391006382a6f127ab1d9ac2d8c0a598726b'),
  x448_bob_pub: hex('3eb7a829b0cd20f5bcfc0b599b6feccf6da4627107bdb0d4f345b43027d8b972fc3e34fb4232a13ca706dcb57aec3dae07bdc1c67bf33609'),
  x448_shared: hex('07fff4181ac6cc95ec1c16a94a0f74d12da232ce40a77552281d282bb60c0b56fd2464c335543936521c24403085d59a449a5037514a879d'),
};
