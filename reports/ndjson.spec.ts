import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseNdjson, readNdjson } from './ndjson';
import { BROKEN_RUN, fixturePath } from './fixtures';

const brokenText = () => readFileSync(join(BROKEN_RUN, 'messages.ndjson'), 'utf8');

describe('readNdjson', () => {
  it('reads every envelope of a complete cucumber-js stream without problems', () => {
    const read = readNdjson(join(BROKEN_RUN, 'messages.ndjson'));
    expect(read.problems).toEqual([]);
    expect(read.truncated).toBe(false);
    expect(read.envelopes.length).toBe(brokenText().trim().split('\n').length);
    expect(read.envelopes[0].meta?.implementation.name).toBe('cucumber-js');
    expect(read.envelopes.at(-1)?.testRunFinished).toBeDefined();
  });

  it('reports a last line cut mid-object (a killed run) and keeps everything before it', () => {
    const text = brokenText();
    const cut = text.slice(0, text.indexOf('"testRunFinished"') + 20);
    const read = parseNdjson(cut, 'run/messages.ndjson');
    expect(read.truncated).toBe(true);
    expect(read.problems).toHaveLength(1);
    expect(read.problems[0]).toMatch(/^run\/messages\.ndjson: line \d+ is incomplete/);
    expect(read.envelopes.length).toBe(text.trim().split('\n').length - 1);
    expect(read.envelopes.some((e) => e.testRunFinished)).toBe(false);
  });

  it('accepts a stream cut exactly at a line end as complete', () => {
    const text = brokenText();
    const read = parseNdjson(text.slice(0, text.indexOf('{"testRunFinished"')));
    expect(read).toMatchObject({ truncated: false, problems: [] });
  });

  it('skips and reports a garbled line in the middle without losing the rest', () => {
    const lines = brokenText().split('\n');
    lines.splice(3, 0, '{"pickle": {oops', '[1,2]');
    const read = parseNdjson(lines.join('\n'), 'x.ndjson');
    expect(read.truncated).toBe(false);
    expect(read.problems).toEqual([expect.stringMatching(/^x\.ndjson: line 4 is not JSON/), 'x.ndjson: line 5 is not a message object; ignored']);
    expect(read.envelopes.length).toBe(lines.length - 3);
  });

  it('tolerates CRLF line ends and empty input', () => {
    expect(parseNdjson('{"meta":{}}\r\n{"source":{}}\r\n').envelopes).toHaveLength(2);
    expect(parseNdjson('')).toEqual({ envelopes: [], problems: [], truncated: false });
  });

  it('reads the real stream of a run whose BeforeAll hook crashed (meta and one source only)', () => {
    const read = readNdjson(fixturePath('beforeall-crash.ndjson'));
    expect(read.problems).toEqual([]);
    expect(read.envelopes.map((e) => Object.keys(e)[0])).toEqual(['meta', 'source']);
  });

  it('throws a one-line error naming the file when it cannot be read', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tf-ndjson-'));
    expect(() => readNdjson(join(dir, 'none.ndjson'))).toThrow(/none\.ndjson: cannot read the Cucumber Messages file \(ENOENT\)/);
    writeFileSync(join(dir, 'ok.ndjson'), '{"meta":{}}\n');
    expect(readNdjson(join(dir, 'ok.ndjson')).envelopes).toHaveLength(1);
  });
});
