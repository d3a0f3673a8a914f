/**
 * Identifier names for typed paths, derived from the DDF `<Name>` so call sites read in the spec's
 * words: "Registration Update Trigger" → RegistrationUpdateTrigger, "DTLS/TLS Ciphersuite" → DTLSTLSCiphersuite.
 */

/** Object names whose mechanical form would read badly; keyed by Object ID. */
const OBJECT_NAME_OVERRIDES: Readonly<Record<number, string>> = {
  3441: 'TestObjectV1_0', // "LwM2M v1.0 Test Object"
  3442: 'TestObjectV1_1', // "LwM2M v1.1 Test Object"
};

/**
 * PascalCase of a DDF name: words split on anything not a letter or digit, first letter of each word
 * upper-cased, the rest kept as written (acronyms stay: "SMS", "APN"). Footnote markers such as
 * "(1)" are dropped and "Key(s)" becomes "Keys".
 */
export function pascalCase(name: string): string {
  const words = name
    .replace(/\(s\)/g, 's')
    .replace(/\(\d+\)/g, ' ')
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '');
  const joined = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  if (joined === '') throw new Error(`cannot make an identifier from "${name}"`);
  return /^[0-9]/.test(joined) ? `R${joined}` : joined;
}

/** "LwM2M Server" → Server, "LWM2M Security" → Security: the enabler prefix adds nothing at call sites. */
export function objectConstName(id: number, ddfName: string): string {
  return OBJECT_NAME_OVERRIDES[id] ?? pascalCase(ddfName.replace(/^lwm2m\s+/i, ''));
}

/**
 * Resource names for one object, made unique: a name that would repeat gets its id appended
 * (`Name_7`), so every resource stays addressable.
 */
export function resourceConstNames(resources: ReadonlyArray<{ id: number; name: string }>): Map<number, string> {
  const base = resources.map((r) => ({ id: r.id, name: pascalCase(r.name) }));
  const counts = new Map<string, number>();
  for (const { name } of base) counts.set(name, (counts.get(name) ?? 0) + 1);
  return new Map(base.map(({ id, name }) => [id, counts.get(name)! > 1 ? `${name}_${id}` : name]));
}
