/**
 * Payload bytes written out in a feature as the ETS prints them: hex pairs per line, anything after
 * `#` a comment (`C1 02 65   # /1/0/2 Default Minimum Period = 101`).
 */
export function parseHexLines(text: string): Buffer {
  const hex = text
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
  const bad = hex.find((h) => !/^[0-9a-fA-F]{2}$/.test(h));
  if (bad !== undefined) throw new Error(`feature error: "${bad}" is not a hex byte`);
  return Buffer.from(hex.join(''), 'hex');
}
