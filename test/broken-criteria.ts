/**
 * The criteria the broken targets (targets/broken/) violate on purpose. The self-test requires that a
 * run against them fails exactly these steps: one more or one less is a defect of the suite.
 */
export const BROKEN_CRITERIA: Array<{ id: string; name: string; step: string }> = [
  // targets/broken/lwm2m-client.ts omits lwm2m= from the Register query (TS-Transport §6.4.3, ETS int-101).
  { id: '@LightweightM2M-1.1-int-101', name: 'Initial Registration', step: '(A) the Register request carries lwm2m=1.1' },
  // ... and answers a write of /1/0/1 with 2.04 but neither stores it nor sends the Update with lt= (TS-Core §6.2.2).
  { id: '@LightweightM2M-1.1-int-102', name: 'Registration Update', step: '(B) the Server receives an Update request with lt=20' },
  // targets/broken/psa-crypto.ts exports without checking PSA_KEY_USAGE_EXPORT (Crypto API §9.6 psa_export_key).
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with key policy verify', step: '(checkpoint 4) the status is NOT_PERMITTED' },
  { id: '@psa-c003', name: 'psa_export_key: Key Management APIs — Test psa_export_key with RSA 2048 keypair without export usage', step: '(checkpoint 4) the status is NOT_PERMITTED' },
  // ignoreLifetimeWrite also breaks every case whose criterion is the Update a lifetime write causes.
  { id: '@LightweightM2M-1.1-int-107', name: 'Extending the lifetime', step: '(B) the Server receives an Update request with lt=120' },
  { id: '@LightweightM2M-1.1-int-109', name: 'Behavior in Queue Mode', step: '(B) the Server receives an Update request with lt=240' },
  { id: '@LightweightM2M-1.1-int-226', name: 'Write (Partial Update) on Object Instance', step: '(A) the Server receives an Update request with lt=61' },
  { id: '@LightweightM2M-1.1-int-227', name: 'Write (replace) on Resource', step: '(A) the Server receives an Update request with lt=63' },
  { id: '@LightweightM2M-1.1-int-230', name: 'Write-Composite Operation', step: '(A) the Server receives an Update request with lt=61' },
  { id: '@LightweightM2M-1.1-int-233', name: 'Setting basic information in SenML CBOR format', step: '(A) the Server receives an Update request with lt=61' },
  { id: '@LightweightM2M-1.1-int-234', name: 'Setting basic information in SenML JSON format', step: '(A) the Server receives an Update request with lt=61' },
  // omitLwm2mVersion: the Profile ID registrations check lwm2m=1.2.
  { id: '@LightweightM2M-1.2-int-110', name: 'Initial Registration using Profile ID', step: '(A) the Register request carries lwm2m=1.2' },
  { id: '@LightweightM2M-1.2-int-111', name: 'Registration with Profile ID and Object List', step: '(A) the Register request carries lwm2m=1.2' },
  // tlvWrongLengthBits: TLV values over 7 bytes carry wrong length-type bits (TS-Core §7.4.3).
  { id: '@LightweightM2M-1.1-int-203', name: 'Querying basic information in TLV format', step: '(A) the payload is an Object Instance TLV for instance 0 holding Resource TLVs' },
  { id: '@LightweightM2M-1.1-int-1630', name: 'Create Portfolio Object Instance', step: '(D) in step 4 the Server receives 2.05 Content holding /16/0 as provisioned and /16/1 as created in step 2' },
  { id: '@LightweightM2M-1.1-int-2001', name: 'Querying the readable resources of the Event Log Object', step: '(B) in step 1 the TLV values of /20/0 are those of configuration C.16' },
  // ignorePmin: notifications ignore pmin (TS-Core §7.3.1).
  { id: '@LightweightM2M-1.1-int-301', name: 'Observation and Notification of parameter values', step: '(D) the notifications of /3/0/7 are at least 5 seconds apart' },
  { id: '@LightweightM2M-1.2-int-312', name: 'Observation with attributes as parameters', step: '(B) the notifications of /3/0/7 are at least 5 seconds apart' },
  { id: '@LightweightM2M-1.1-int-910', name: 'Basic Observation and notification on Connectivity Monitoring Object Instance', step: '(E) the Client notifies /7/0 at least 3 times, honouring pmin=2 and pmax=10' },
  // acceptIncompleteBootstrap: Bootstrap-Finish accepted without a server account (TS-Core §6.1.7.4).
  { id: '@LightweightM2M-1.1-int-9', name: 'Bootstrap and Configuration Consistency', step: '(C) the Bootstrap-Server receives 4.06 Not Acceptable' },
  // statisticsIgnoreStop: Connectivity Statistics keep counting after Stop.
  { id: '@LightweightM2M-1.1-int-901', name: 'Querying a Data Collection from Connectivity Object Instance', step: '(H) in step 3 the statistics of /7/0 count the traffic between step 1 and step 2' },
  // targets/broken/psa-crypto.ts decrypts AEAD without checking the tag (Crypto API §10.5 psa_aead_decrypt / psa_aead_verify).
  { id: '@psa-c025', name: 'psa_aead_decrypt: AEAD APIs — Test psa_aead_decrypt - Invalid ciphertext', step: '(checkpoint 3) the status is INVALID_SIGNATURE' },
  { id: '@psa-c025', name: 'psa_aead_decrypt: AEAD APIs — Test psa_aead_decrypt - Invalid tag (last byte changed)', step: '(checkpoint 3) the status is INVALID_SIGNATURE' },
  { id: '@psa-c025', name: 'psa_aead_decrypt: AEAD APIs — Test psa_aead_decrypt - wrong additional data', step: '(checkpoint 3) the status is INVALID_SIGNATURE' },
  { id: '@psa-c025', name: 'psa_aead_decrypt: AEAD APIs — Test psa_aead_decrypt - XCHACHA20_POLY1305 wrong tag', step: '(checkpoint 3) the status is INVALID_SIGNATURE' },
  { id: '@psa-c063', name: 'psa_aead_verify: AEAD APIs — Test psa_aead_verify - CCM - wrong tag', step: '(checkpoint 8) the status is INVALID_SIGNATURE' },
  { id: '@psa-c044', name: 'psa_copy_key: Key Management APIs — Test psa_copy_key - source key with no export usage', step: '(checkpoint 5) when the call succeeded, psa_export_key(copy, 2000) returns NOT_PERMITTED' },
  // skipServerNameCheck (and trustAnyCertificate): the coaps client takes a certificate for server.example.com at
  // server-fail.example.com (RFC 6125 §6; TS-Transport §5.2.8). The negatives below have no ETS id: their id is their @security-… tag.
  { id: '@LightweightM2M-1.1-int-403', name: 'Certificate Mode - server identity failure', step: "(A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds" },
  // trustAnyCertificate: the server certificate is not verified over DTLS or TLS (any issuer, any validity period).
  { id: '@security-untrusted-certificate', name: 'Server certificate from an untrusted CA', step: "(A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds" },
  { id: '@security-expired-certificate', name: 'Expired server certificate', step: "(A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds" },
  { id: '@security-tls-untrusted-certificate', name: 'Server certificate from an untrusted CA over TLS', step: "(A) the Client's handshake with the Server fails and no Register reaches the Server within 60 seconds" },
  // ... and over mqtts: the broker's certificate from a CA /0/x/4 does not name is taken (TS-Transport 1.2 §8.1, RFC 5280 §6).
  {
    id: '@security-mqtts-untrusted-certificate',
    name: 'mqtts with a broker certificate from a CA the Client does not trust',
    step: "(A) the TLS handshake of the Client's Server Account with the broker fails: no CONNECT is accepted and the Server receives no Register within 30 seconds",
  },
  // answerAnyPeer: a GET from a host that is not the Client's Server is answered (TS-Transport §6.4).
  { id: '@security-foreign-request', name: "A request from a host that is not the Client's Server", step: '(A) the Client does not answer the other host' },
];
