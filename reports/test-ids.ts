/**
 * Test ids travel as scenario tags, spelt exactly as the source documents print them: the OMA ETS
 * (`@LightweightM2M-1.1-int-101`, `@CONMGMT-1.1-int-1250`) and psa-arch-tests (`@psa-c001`, with
 * the psa run id as `@run-201`).
 */

/**
 * An ETS id: `<enabler>-<version>-int-<number>`, for LwM2M and its companion enablers. The ETS is an
 * interoperability spec, so each case has a client side and a server side; the server-under-test
 * scenarios carry the id with a `server:` prefix (`@server:LightweightM2M-1.1-int-101`), so a tag
 * expression selects one role's scenario exactly.
 */
const ETS_ID = /^@((?:server:)?[A-Za-z][A-Za-z0-9]*-\d+(?:\.\d+)*-int-(\d+))$/;
/** Server-under-test checks with no ETS case (`@server-register-missing-ep`). */
const SERVER_CHECK_ID = /^@(server-(?!under-test$)[a-z0-9-]+)$/;
/** Client-side security negatives with no ETS case (`@security-wrong-psk`, TS-Transport §5.2). */
const SECURITY_CHECK_ID = /^@(security-[a-z0-9-]+)$/;
/** A psa-arch-tests id: `psa-` + suite letter(s) + number (c = crypto, s = storage, a = attestation, fwu). */
const PSA_ID = /^@(psa-([a-z]+)(\d+))$/;
const RUN_ID = /^@(run-\d+)$/;

export function testIdFromTags(tags: readonly string[]): string | undefined {
  // An ETS or psa-arch-tests id wins over a descriptive check id, wherever it sits.
  for (const pattern of [ETS_ID, PSA_ID, SERVER_CHECK_ID, SECURITY_CHECK_ID]) {
    for (const tag of tags) {
      const m = pattern.exec(tag);
      if (m) return m[1];
    }
  }
  return undefined;
}

export function runIdFromTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const m = RUN_ID.exec(tag);
    if (m) return m[1];
  }
  return undefined;
}

/** True for the server-under-test side of a case (`server:…` or `server-…`). */
export function isServerSide(testId: string): boolean {
  return testId.startsWith('server:') || testId.startsWith('server-');
}

/** `LightweightM2M-1.1-int-101` (or `server:LightweightM2M-1.1-int-101`) → 101; undefined for other ids. */
export function etsNumber(testId: string): number | undefined {
  const m = ETS_ID.exec(`@${testId}`);
  return m ? Number(m[2]) : undefined;
}

/** True for a client-side security check without an ETS number (`security-…`). */
export function isSecurityCheck(testId: string): boolean {
  return SECURITY_CHECK_ID.test(`@${testId}`);
}

/** `psa-c001` → 'c'; undefined when the id is not a psa-arch-tests id. */
export function psaSuite(testId: string): string | undefined {
  return PSA_ID.exec(`@${testId}`)?.[2];
}
