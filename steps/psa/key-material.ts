/**
 * Named key material for the PSA scenarios: the `data` column of the Examples tables names one of
 * these (`rsa_256_key_pair`), a prefix of one (`key_data:16` = its first 16 bytes) or literal bytes
 * (`hex:2b7e1516…`), see key-data.ts.
 *
 * The psa-arch-tests vectors are copied from ARM-software/psa-arch-tests
 * api-tests/dev_apis/crypto/common/test_crypto_common.c (key_data, rsa_256_key_pair, rsa_256_key_data,
 * ec_key_data, ec_key_pair) and test_c004/test_data.h (expected_rsa_256_pubprv, expected_ec_pubprv).
 * They were cross-checked when copied: rsa_256_key_pair parses as a 2048-bit RSAPrivateKey whose
 * public part is expected_rsa_256_pubprv, and ec_key_pair is a P-224 scalar whose public key is
 * expected_ec_pubprv.
 *
 * The P-384 and P-521 vectors are NOT psa-arch-tests material: the rows of test_c002/test_data.h
 * that use ecdsa_secp384r1_sha384_pub/priv and ec_secp521_pub_data/priv_data reference arrays that
 * were not available to us, so these pairs were generated with node:crypto (createECDH) for testfest.
 * The P-521 scalar deliberately keeps its leading 0x00 byte (66 bytes).
 */
const hex = (...parts: string[]): Buffer => Buffer.from(parts.join(''), 'hex');

export const KEY_MATERIAL: Record<string, Buffer> = {
  /** psa-arch-tests key_data: 64 bytes; rows use a prefix (AES 16/24/32, DES 8/16/24, 18 and 34). */
  key_data: hex(
    '01030e0f1f3fefff020a2aaa042488033377ff80c0e0f0f8fcfeffc0f0fce0ee01030e0f1f3fefff020a2aaa04248803',
    '3377ff80c0e0f0f8fcfeffc0f0fce0ee',
  ),
  /** psa-arch-tests rsa_256_key_pair: RSA-2048 RSAPrivateKey, 1193 bytes. */
  rsa_256_key_pair: hex(
    '308204a50201000282010100c09508e15741f2716db7d24541270165c645aef2bc2430b895ce2f4ed6f61c88bc7c9ffb',
    'a8677ffe5c9c5175f78aca07e7352f8fe1bd7bc02f7cab64a817fcca5d7bbae021e5722e6f2e86d89573daac1b53b95f',
    '3fd7190d254fe16363518b0b643fad43b8a51c5c34b3ae00a063c5f67f0b59687873a68c18a9026dafc319012eb810e3',
    'c6cc40b469a3463369876ec4bb17a6f3e8ddad73bc7b2f21b5fd66510cbd54b3e16d5f1cbc2373d109038914d210b964',
    'c32ad0a1964abce1d41a5bc7a0c0c163780f443730329680322395a177ba13d29773e25d25c96a0dc33960a4b4b06942',
    '4209e9d808bc3320b35822a7aaebc4e1e66183c5d296dfd9d04fadd7020301000102820101009ad0340f5262055001ef',
    '9fed646ec2c4da1af284d792104892c4e96aeb8b756cc67938f2c9724a8664549577cbc39a9db7d41da400c89e4ee4dd',
    'c7ba6716c174bca9d6948f2b301afbeddf210523d94a39bd986b659ab8dcc47deea643152e3dbe1d22602a7330d53ed8',
    'a2ac86432ec4f5645e3f89750f11d851254e9fd8aaa3ce60b3e28ad97e1bf064ca9a5b050b5baacbe5e33f6e322205f3',
    'd0faef745281e25f74d3bdff31834575fa637a972ed6b619c69226e4280650500e782ea9780d1497b412d83140aba101',
    '41c230f8075f16e46177d260f29f8de8f4baeb63de2a9781ef4c6ce65534512b2834f4531cc4580a3fbbafb5f74a8543',
    '2d3cf158588102818100f22c5476392363c91032b793adafbe1975968164e6b5b8894241d16dd01c1bf81bac69cb363c',
    '647ddcf419b8c360b157485f524f593a557f32c01943503faece6f17f30e9f40ca4ead153bc979e9c0593873709c0a7c',
    'c93a4832a7d849750a85c2c2fd1573da99092a699a9f0a71bfb004a68c7a5a6f485a543bc6b15317dfe702818100cb93',
    'de77155db75c5c7cd890a9982dd6690e63b3a3dca6cc8b6aa4a2128c8e7b482cb24b37dc06187deafe76a1d4a1e93f0d',
    'cd1b5faf5f9e965b5b0fa17cafb39b90db57733aedb02344ae414f1f074213234ccbfaf414a4d5f79e367c5b9fa83cc1',
    '855f74d2392dffd084dffbb3207a2e9b17aee6ba0bae5f53a452ed1bc49102818100ec98dabbd5fef9524a7d0255496f',
    '556e522f84a32bb38662b354d26352dae38876a0ef8b15a5d3181472775ec7a3041f9e1962b51b1b9ec3f2b532f94cc1',
    'aaeb0c267dd45f4a515ca445067044a756c0d42214769ed863508990d3e2bf819592314187391a430b18a5531f391a5f',
    '1f43bc876adf6ed32200fe2298704e1a1929028181008a415628519e5fd49e0b3b98a354f26c56d4aae9693385240cda',
    'd40c2dc4bf4f0269387cd4e6dc4cedd71611c33e00e7c326c05102debb759c6f569c7af38eefcf8ac52bd2da066a44c9',
    '73fe6e9987f85bbef17ce665b54f6cf0c9c5ff16ca8b1b17e2583da237ab01bcbf40ce538c8eedefee599de063e67c5e',
    'f58e4bf13bc10281804d45f9408cc55bf42a1a8ab4f21cac6be90c5636b74e7296d5e58ad2e2fff1f118133d8609b8d8',
    '76a7c91c7152943043e0f17874fd611b4c09cce6682a71ad1cdf43bc56dba5a4be3570a45ecf4ffc0055993a3d23cf67',
    '5af522f8b529d04411eb352e46befd8e18b25fa8bf1932a1f5dc03e67c9a1f0c7ca9b00e21373bf1b0',
  ),
  /** psa-arch-tests rsa_256_key_data: RSA-2048 RSAPublicKey, 270 bytes (a different key from the pair). */
  rsa_256_key_data: hex(
    '3082010a0282010100db1c7f2e0bcdbfced17510a0a2b8ce7daae205e07ad844638fb5bdc0b019b937b8194a0ef15d74',
    '8067468706de5b7f0603bdc18d5e0715d45bf4dce5cf3df9c1112cae6ab98abd1d676617ea4ebddb159a8287e4f078c3',
    'a38587b0fd9fa9995fe333ecccea0bb5615ef1497e3fa32dea010ccc429a769bc4d037d3b11701610116597e1c17c353',
    'fdd172cb4c6015da7de2eaad50ef8ee28bd46a7755d670d96bbbf1ee390438a3bde2d1e0666be29c4799e928e6b6fc2e',
    'ca674384e8d583d69d986b013e81dc3c7acaf9f39cf7d6281b27787cc3d0d563a7813489ad256abdf2eaedfa57fce534',
    'c6c10f712dd208101bad4441e0fe79a063938ab15de9b0ee6f0203010001',
  ),
  /** psa-arch-tests test_c004 expected_rsa_256_pubprv: the public part of rsa_256_key_pair, 270 bytes. */
  expected_rsa_256_pubprv: hex(
    '3082010a0282010100c09508e15741f2716db7d24541270165c645aef2bc2430b895ce2f4ed6f61c88bc7c9ffba8677f',
    'fe5c9c5175f78aca07e7352f8fe1bd7bc02f7cab64a817fcca5d7bbae021e5722e6f2e86d89573daac1b53b95f3fd719',
    '0d254fe16363518b0b643fad43b8a51c5c34b3ae00a063c5f67f0b59687873a68c18a9026dafc319012eb810e3c6cc40',
    'b469a3463369876ec4bb17a6f3e8ddad73bc7b2f21b5fd66510cbd54b3e16d5f1cbc2373d109038914d210b964c32ad0',
    'a1964abce1d41a5bc7a0c0c163780f443730329680322395a177ba13d29773e25d25c96a0dc33960a4b4b069424209e9',
    'd808bc3320b35822a7aaebc4e1e66183c5d296dfd9d04fadd70203010001',
  ),
  /** psa-arch-tests ec_key_data: P-256 public key 04||X||Y, 65 bytes. */
  ec_key_data: hex(
    '04dea5e45d0ea37fc566232a508f4ad20ea13d47e4bf5fa4d54a57a0ba012042087097496efc583fed8b24a5b9be9a51',
    'de063f5a00a8b698a16fd7f29b5485f320',
  ),
  /** psa-arch-tests ec_key_pair: P-224 private scalar, 28 bytes. */
  ec_key_pair: hex(
    '6849f97d1066f6997759637c7e3899464cee3ec7ac970653a0be0742',
  ),
  /** psa-arch-tests test_c004 expected_ec_pubprv: the public key of ec_key_pair, 57 bytes. */
  expected_ec_pubprv: hex(
    '041693a290f7f0b571fe2b41d5d84b01327631f4a860f995fa332c097f54192bb10f00113f2affb13c1a24ce44914571',
    'a95440ae014a00cbf7',
  ),
  /** Generated for testfest (not psa-arch-tests): P-384 private scalar, 48 bytes. */
  ecdsa_secp384r1_sha384_priv: hex(
    '3bdb5d028676c98c295ff1e3542ca0b6bf0767c88b200cb7b1d1246b1e7e6ce12b795222b42a0afb327b70362b0f1ebf',
  ),
  /** Generated for testfest (not psa-arch-tests): the public key of ecdsa_secp384r1_sha384_priv, 97 bytes. */
  ecdsa_secp384r1_sha384_pub: hex(
    '04b9c15332bf675b3ecc5277172798b568443e674d1379d3932ec7c01075706fcccdedeff374bbe1645fc50c281b493e',
    '3a399c22f8d364305eba0eca938f9fb5477e865c4917f4fa5acc02687d0a5c74819504cd6f2bbabf22b51e657e13ecaa',
    'fc',
  ),
  /** Generated for testfest (not psa-arch-tests): P-521 private scalar, 66 bytes. */
  ec_secp521_priv_data: hex(
    '003ca55c91b80c167d80e683e8c3ca3ff387dc289c679d6ee4ef329524f6ddda75625a41941a70a5f0c923ed14ae9e56',
    '8ca246eb0fc9d87a9f4e92126561845f0372',
  ),
  /** Generated for testfest (not psa-arch-tests): the public key of ec_secp521_priv_data, 133 bytes. */
  ec_secp521_pub_data: hex(
    '040062820dac67701211c900e20e188ecf37a3f703ecb394639c84711ffedbd54150300f09bb7cf82a553e8519709ecf',
    '1b237d4f5214beac87b9276841593637f2032001a0668496540d1a708fe9fb4a1c7e2dc1e4598e3d66b2aa23f3ea096a',
    '5a7efe237c38400b453302ed316cca383b8bee74d0f2bb40df4cff304aaae54301b115a4de',
  ),
  /** psa-arch-tests rsa_128_key_pair: RSA-1024 RSAPrivateKey, 610 bytes (signature_1 / ciphertext_7–9 vectors). */
  rsa_128_key_pair: hex(
    '3082025e02010002818100af057d396ee84fb75fdbb5c2b13c7fe5a654aa8aa2470b541ee1feb0b12d25c79711531249',
    'e1129628042dbbb6c120d1443524ef4c0e6e1d8956eeb2077af12349ddeee54483bc06c2c61948cd02b202e796aebd94',
    'd3a7cbf859c2c1819c324cb82b9cd34ede263a2abffe4733f077869e8660f7d6834da53d690ef7985f6bc30203010001',
    '02818100874bf0ffc2f2a71d14671ddd0171c954d7fdbf50281e4f6d99ea0e1ebcf82faa58e7b595ffb293d1abe17f11',
    '0b37c48cc0f36c37e84d876621d327f64bbe08457d3ec4098ba2fa0a319fba411c2841ed7be83196a8cdf9daa5d00694',
    'bc335fc4c32217fe0488bce9cb7202e59468b1ead119000477db2ca797fac19eda3f58c1024100e2ab760841bb9d30a8',
    '1d222de1eb7381d82214407f1b975cbbfe4e1a9467fd98adbd78f607836ca5be1928b9d160d97fd45c12d6b52e2c9871',
    'a174c66b488113024100c5ab27602159ae7d6f20c3c2ee851e46dc112e689e28d5fcbbf990a99ef8a90b8bb44fd36467',
    'e7fc1789ceb663abda338652c3c73f111774902e840565927091024100b6cdbd354f7df579a63b48b3643e353b848987',
    '77b48b15f94e0bfc0567a6ae5911d57ad6409cf7647bf96264e9bd87eb95e263b7110b9a1f9f94acced0fafa4d024071',
    '195eec37e8d257decfc672b07ae639f10cbb9b0c739d0c809968d644a94e3fd6ed9287077a14583f379058f76a8aecd4',
    '3c62dc8c0f41766650d725275ac4a1024100bb32d133edc2e048d463388b7be9cb4be29f4b6250be603e70e3647501c9',
    '7ddde20a4e71be95fd5e71784e25aca4baf25be5738aae59bbfe1c997781447a2b24',
  ),
  /** psa-arch-tests rsa_128_key_data: the RSAPublicKey of rsa_128_key_pair, 140 bytes. */
  rsa_128_key_data: hex(
    '30818902818100af057d396ee84fb75fdbb5c2b13c7fe5a654aa8aa2470b541ee1feb0b12d25c79711531249e1129628',
    '042dbbb6c120d1443524ef4c0e6e1d8956eeb2077af12349ddeee54483bc06c2c61948cd02b202e796aebd94d3a7cbf8',
    '59c2c1819c324cb82b9cd34ede263a2abffe4733f077869e8660f7d6834da53d690ef7985f6bc30203010001',
  ),
};
