/**
 * Lints every PSA crypto feature file: each `psa_xxx(args) is called` / `returns` step of every
 * pickle (Examples rows substituted) must name a known function and parse with call-args.ts. This
 * also covers scenarios the reference target reports Not Applicable (PAKE, hash suspend), whose
 * steps would otherwise only be parsed when a vendor target claims them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin';
import type { PsaCryptoTarget, PsaKeyAttributes } from '../../targets/roles/psa-crypto';
import { parseCall } from './call-args';
import type { PsaScenario } from './psa-scenario';

const DIR = join(__dirname, '..', '..', 'features', 'psa', 'crypto');
// key-management and library (c001–c005) use their own phrase steps, not the generic call steps.
const FILES = readdirSync(DIR)
  .filter((f) => f.endsWith('.feature') && !['key-management.feature', 'library.feature'].includes(f))
  .map((f) => f.replace(/\.feature$/, ''));
const CALL = /^(?:\(checkpoint \d+\) )?(?:when the call succeeded, )?(psa_\w+)\((.*)\) (?:is called|returns .+?)(?: giving "(\w+)")?$/;

function pickles(file: string) {
  const uri = join(DIR, `${file}.feature`);
  let next = 0;
  const newId = (): string => String(next++);
  const doc = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher()).parse(readFileSync(uri, 'utf8'));
  return compile(doc, uri, newId);
}

const stubTarget = new Proxy({}, { get: () => async () => 1 }) as unknown as PsaCryptoTarget;
const attributes: PsaKeyAttributes = { type: 0, bits: 0, usage: 0, alg: 0, lifetime: 0, id: 0 };

describe.each(FILES)('%s.feature calls parse', (file) => {
  it('every call step names a known function with well-formed arguments', async () => {
    let calls = 0;
    for (const pickle of pickles(file)) {
      const state = { keys: new Map(), attributeSets: new Map(), operations: new Map(), saved: new Map() } as unknown as PsaScenario;
      for (const step of pickle.steps) {
        for (const m of step.text.matchAll(/(?:the key|the attributes|giving) "(\w+)"/g)) {
          state.keys.set(m[1], 1);
          state.attributeSets.set(m[1], attributes);
          state.saved.set(m[1], Buffer.alloc(1));
        }
        const call = CALL.exec(step.text);
        if (!call) continue;
        calls++;
        await expect(parseCall(state, stubTarget, call[1], call[2])).resolves.toBeDefined();
      }
    }
    expect(calls).toBeGreaterThan(0);
  });
});
