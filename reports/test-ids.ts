/**
 * Test ids travel as scenario tags, spelt exactly as the source documents print them: the OMA ETS
 * (`@LightweightM2M-1.1-int-101`, `@CONMGMT-1.1-int-1250`) and psa-arch-tests (`@psa-c001`, with
 * the psa run id as `@run-201`).
 */

/** An ETS id: `<enabler>-<version>-int-<number>`, for LwM2M and its companion enablers. */
const ETS_ID = /^@([A-Za-z][A-Za-z0-9]*-\d+(?:\.\d+)*-int-(\d+))$/;
/** A psa-arch-tests id: `psa-` + suite letter(s) + number (c = crypto, s = storage, a = attestation, fwu). */
const PSA_ID = /^@(psa-([a-z]+)(\d+))$/;
const RUN_ID = /^@(run-\d+)$/;

export function testIdFromTags(tags: readonly string[]): string | undefined {
  for (const tag of tags) {
    const m = ETS_ID.exec(tag) ?? PSA_ID.exec(tag);
    if (m) return m[1];
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

/** `LightweightM2M-1.1-int-101` → 101; undefined when the id is not an ETS id. */
export function etsNumber(testId: string): number | undefined {
  const m = ETS_ID.exec(`@${testId}`);
  return m ? Number(m[2]) : undefined;
}

/** `psa-c001` → 'c'; undefined when the id is not a psa-arch-tests id. */
export function psaSuite(testId: string): string | undefined {
  return PSA_ID.exec(`@${testId}`)?.[2];
}
