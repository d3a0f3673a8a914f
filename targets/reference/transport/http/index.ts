/**
 * LwM2M over HTTP: the HTTP transport binding "H" of OMA LwM2M 1.2 (TS-Transport 1.2 §7), presented
 * as the transport-neutral CoapEndpoint (../coap-udp/types.ts), so the LwM2M client, server and
 * harness run over it unchanged.
 *
 * What the binding is (research notes; sources at the end)
 * - Optional for client and server. HTTP/1.1 SHOULD be used, HTTP/2 MAY (T §7). Secured by TLS
 *   (T §7, §5.2): `https://`; the X.509 client certificate is the client's identity. Binding letter
 *   `H` in Register `b=` and /1/x/7 (TS-Core 1.2 §6.2.1.2 Tbl 6.2.1.2-1); when H is the current
 *   binding the Server MUST send its requests over HTTP.
 * - Who is the HTTP server: both sides. The LwM2M Server is the HTTP server of the
 *   client-initiated interfaces (Bootstrap-Request `POST /bs?ep=`, Bootstrap-Finish `POST /bs`,
 *   Bootstrap-Pack-Request `GET /bspack`, T §7.1.2; Register `POST /rd?ep=&lt=&lwm2m=&b=&Q&sms=&pid=`
 *   with a link-format body, Update `POST /{location}?lt=&b=&Q&sms=`, De-register
 *   `DELETE /{location}`, T §7.1.3; Send `POST /dp`, T §7.1.5). The LwM2M Client is the HTTP server
 *   of Device Management (T §7.1.4: Read `GET`, Discover `GET ?depth=`, Replace `PUT`, Partial Update
 *   `POST`, Write-Attributes `PUT ?pmin=…`, Execute `POST` with an optional text/plain body, Create
 *   `POST /{o}`, Delete `DELETE`) and of the Bootstrap-Server's Write/Read/Discover/Delete.
 * - Methods and URIs are the CoAP ones (same method, Uri-Path as path, Uri-Query as query); the
 *   Register response carries the registration's location, which MUST be under /rd (T §7.1.3).
 *   Content-Format and Accept are asked for per operation (T §7.1.x tables); over HTTP they are
 *   the Content-Type and Accept headers with the IANA media types (RFC 8075 §6.2; T prints
 *   "Content-Format HTTP option (header)"). Location-Path ⇄ Location.
 * - Status codes (T §7.3 Tables 7.3-1..4): Register 201; Read/Discover 200; Write, Delete, Execute,
 *   Update, De-register, Bootstrap-Finish "200 or 204"; errors 400, 401, 403, 404, 405, 406, 409,
 *   412, 413, 415; when no 4xx fits the client MUST answer 5xx. RFC 8075 §7 fills the gaps
 *   (status-codes.ts).
 * - Information Reporting over HTTP is Send only: no Observe, Notify or Cancel Observation; no
 *   Read-/Write-Composite (T §7, §7.1.4 note, §7.1.5). This endpoint therefore refuses a request with
 *   Observe (HttpBindingUnsupportedError) and `onUnmatchedResponse` never fires.
 * - Queue mode: the Server MUST support it; the client signals it is awake with an Update (T §7.2).
 * - A new security context makes the client register again (T §7.1.3).
 *
 * Gaps: what the material does not say, and what this code does about it
 * - How the Server reaches the client's HTTP server (its address; NAT; long polling or a kept
 *   connection) is NOT specified (T §7 and TS-Core §6.2.1.2 say only that the Server MUST send its
 *   requests over HTTP; fiumaralabs notes A-6 record the same gap). No long polling or reverse
 *   channel is defined, so none is invented here: the client runs an HTTP server (`local`), and the
 *   server endpoint is told its URL per endpoint name (`clientUrl`). A client behind NAT cannot be
 *   managed over this binding as specified.
 * - Send (`POST /dp`) carries no endpoint name; it is attributed by connection or source IP
 *   (client-directory.ts).
 * - Create answers "200 or 204" with no carrier for the new instance ID: a 2.01 from our
 *   client goes as 201 with Location; a 200/204 to `POST /{o}` is read as 2.01 without location.
 * - HTTP/2 (T cites it as RFC 8132; it is RFC 7540/9113) is not implemented; HTTP/1.1 only.
 * - The primary text of T §7 was not readable in the stored material (only the title pages of the
 *   OMA HTML). The rows above come from a requirement-by-requirement paraphrase of T 1.2.2 §7
 *   (fiumaralabs/lwm2m spec/standards-1.2.md, group HTTP-01..10 and ambiguities) and
 *   agree with that project's binding and tests (httpbinding/binding.go, binding_test.go).
 *
 * Sources: OMA-TS-LightweightM2M_Transport-V1_2_2-20240613-A §7 (via the paraphrase above);
 * OMA-TS-LightweightM2M_Core-V1_2 §6.2.1.2; RFC 8075 §6.2 (media types), §7 (status codes);
 * RFC 7252 §6.4-6.5 (URI ⇄ options), §12.3 (Content-Formats); RFC 9110, RFC 9112 (HTTP/1.1).
 */
export { createHttpLwm2mClientEndpoint, type HttpLwm2mClientEndpointOptions } from './client-endpoint';
export { createHttpLwm2mServerEndpoint, type HttpLwm2mServerEndpointOptions } from './server-endpoint';
export type { HttpCoapEndpoint, HttpEndpointCommonOptions } from './endpoint-base';
export { HttpBindingError, HttpBindingUnsupportedError } from './errors';
export { contentFormatOf, mediaTypeOf, MEDIA_TYPES } from './media-types';
export { coapCodeOf, httpStatusOf } from './status-codes';
export { fromHttpRequest, requestTarget, toHttpRequest } from './request-mapping';
export { fromHttpResponse, toHttpResponse } from './response-mapping';
export { parseHttpUrl } from './urls';
