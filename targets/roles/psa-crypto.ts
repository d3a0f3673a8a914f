/** Placeholder replaced by the PSA Crypto role definition. */
export interface PsaCryptoTarget {
  close?(): Promise<void>;
}
