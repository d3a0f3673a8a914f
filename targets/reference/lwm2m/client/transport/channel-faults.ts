/**
 * Deliberate deviations of the client's (D)TLS channel checks, for the self-test's broken target
 * (DESIGN.md "Quality bar"; client/faults.ts). The reference client runs with none. Each one turns
 * off a check TS-Transport 1.1 §5.2.8 asks of the client for a Certificate-mode account
 * (/0/x/2 = 2) whose /0/x/4 is a trust anchor (Certificate Usage 0 or 2, /0/x/15).
 */
export interface ChannelSecurityFaults {
  /**
   * coaps: the server certificate is checked against /0/x/4 but not for the host of /0/x/0
   * (RFC 6125 §6 is skipped), so a certificate for server.example.com is taken at
   * server-fail.example.com (breaks ETS int-403's criterion).
   */
  skipServerNameCheck?: boolean;
  /**
   * coaps, coaps+tcp and mqtts: the server's (or MQTT broker's) certificate is not verified at all —
   * any issuer, any validity period, any name (OpenSSL peer verification off; node:tls
   * rejectUnauthorized false). Breaks the untrusted-CA and expired-certificate negatives (over mqtts:
   * the untrusted-broker-certificate one, TS-Transport 1.2 §8.1), and int-403 too (no name check
   * without a check).
   */
  trustAnyCertificate?: boolean;
}
