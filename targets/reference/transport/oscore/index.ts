/**
 * OSCORE (RFC 8613) for CoAP: Security Context derivation, message protection, an endpoint
 * decorator and the LwM2M OSCORE object (/21). The public surface of the module.
 */
export { AES_CCM_16_64_128, HKDF_SHA_256 } from './algorithms';
export { deriveSecurityContext, nextSequenceNumber, type SecurityContext, type SecurityContextParameters } from './context';
export { OscoreContextStore } from './contexts';
export { oscoreEndpoint, type OscoreCoapEndpoint, type OscoreEndpointOptions } from './endpoint';
export { OscoreConfigurationError, OscoreResponseError, OscoreSequenceExhaustedError, OscoreVerificationError } from './errors';
export { oscoreContextFromObject21, Object21, OSCORE_OBJECT_ID, type Object21Instance, type Object21Options } from './object21';
export { ECHO } from './option-classes';
export { decodeOscoreOption, encodeOscoreOption } from './option-value';
export { oscoreFieldsOf, protectRequest, protectResponse, unprotectRequest, unprotectResponse, type RequestBinding } from './protect';
export type { OscoreIncomingRequest, OscoreRequestInfo } from './serve';
