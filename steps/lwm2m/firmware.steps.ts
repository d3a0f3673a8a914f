/**
 * The Firmware Update cases (ETS int-751..779; TS-Core App. E.6, Object 5): the Server resets the
 * state machine, delivers a package by push (block-wise Write of /5/0/0, RFC 7959 Block1) or pull
 * (Package URI /5/0/1 on the suite's CoAP or HTTP image server), polls State and Update Result,
 * executes Update, and reads the Firmware Version — each criterion judged on what it read.
 */
import { Then, When } from '@cucumber/cucumber';
import { clientUnderTest, exchange, serverOf, sleep } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { decodeAnswer } from '../harness/payload-decode';
import { firmwareImage, GOOD_IMAGE_VERSION } from '../harness/firmware-images';
import { observationStreams } from '../harness/observation-state';
import { CriterionFailed } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import {
  coapImageServer,
  describeTimeline,
  firmwareState,
  httpImageServer,
  phaseNow,
  POLL_INTERVAL_S,
  POLL_LIMIT_S,
  pushPackage,
  readStatus,
  type StatusRead,
} from './firmware-harness';

const STATE_NAMES = ['Idle', 'Downloading', 'Downloaded', 'Updating'];

When('the Server writes a NUL byte to the Package Resource \\/5\\/0\\/0', async function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  await exchange(session, 'Write /5/0/0 = NUL', () => serverOf(session).request('PUT', '/5/0/0', { contentFormat: 42, payload: Buffer.from([0]) }));
});

When('the Server writes an empty string to the Package URI Resource \\/5\\/0\\/1', async function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  await exchange(session, 'Write /5/0/1 = ""', () => serverOf(session).request('PUT', '/5/0/1', { contentFormat: 0, payload: Buffer.alloc(0) }));
});

When(/^the Server pushes the firmware image "([^"]+)" block-wise to the Package Resource \/5\/0\/0$/, async function (this: TestfestWorld, name: string) {
  await pushPackage(this, firmwareImage(name));
});

async function writeUri(world: TestfestWorld, uri: string): Promise<void> {
  const session = clientUnderTest(world);
  firmwareState(world).transferAt = Date.now();
  await exchange(session, `Write /5/0/1 = ${uri}`, () => serverOf(session).request('PUT', '/5/0/1', { contentFormat: 0, payload: Buffer.from(uri, 'utf8') }));
}

When(
  /^the Server writes the URI of the firmware image "([^"]+)" on the suite's (CoAP|HTTP) image server to the Package URI Resource \/5\/0\/1$/,
  async function (this: TestfestWorld, name: string, protocol: string) {
    const path = `/fw/${name.replace(/[^A-Za-z0-9.]+/g, '-')}.bin`;
    const uri = protocol === 'CoAP' ? (await coapImageServer(this)).publish(path, firmwareImage(name)) : (await httpImageServer(this)).publish(path, firmwareImage(name));
    await writeUri(this, uri);
  },
);

/** ETS int-775: the download breaks off — the CoAP server answers RST from the third block on, the HTTP server drops the connection halfway. */
When(
  /^the Server writes the URI of the firmware image "([^"]+)" on the suite's (CoAP|HTTP) image server, which loses the connection during the download, to the Package URI Resource \/5\/0\/1$/,
  async function (this: TestfestWorld, name: string, protocol: string) {
    const path = `/fw/cut-${name.replace(/[^A-Za-z0-9.]+/g, '-')}.bin`;
    const uri = protocol === 'CoAP' ? (await coapImageServer(this)).publish(path, firmwareImage(name), 2) : (await httpImageServer(this)).publish(path, firmwareImage(name), true);
    await writeUri(this, uri);
  },
);

/** ETS int-778: a well-formed URI on the suite's CoAP image server that names no file (4.04). */
When(/^the Server writes the URI of a firmware image that does not exist to the Package URI Resource \/5\/0\/1$/, async function (this: TestfestWorld) {
  await writeUri(this, (await coapImageServer(this)).missing('/fw/no-such-image.bin'));
});

When('the Server reads the State and the Update Result', async function (this: TestfestWorld) {
  await readStatus(this, 'check');
});

/** Polls every 0.5 s (spec) until the condition holds or a minute has passed; the criteria judge what was read. */
When(/^the Server polls the State and the Update Result until (?:the State is (\d) \(\w+\)|the Update Result is not 0)$/, async function (this: TestfestWorld, state: number | null | undefined) {
  const phase = phaseNow(this);
  const deadline = Date.now() + this.ms(POLL_LIMIT_S);
  const done = (r: StatusRead) => (state == null ? r.result !== undefined && r.result !== 0 : r.state === Number(state));
  for (;;) {
    const read = await readStatus(this, phase);
    if (Date.now() >= deadline) return;
    if (done(read)) {
      // State and Update Result are two Reads: the Update Result may change between them (the
      // client sets the outcome, then returns to Idle). Read the pair once more, after the outcome.
      if (state == null) {
        await sleep(this.ms(POLL_INTERVAL_S));
        await readStatus(this, phase);
      }
      return;
    }
    await sleep(this.ms(POLL_INTERVAL_S));
  }
});

When('the Server reads the Firmware Version \\/3\\/0\\/3', async function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  const x = await exchange(session, 'Read /3/0/3', () => serverOf(session).request('GET', '/3/0/3', { accept: 0 }));
  firmwareState(this).versions.push(x.response?.code === '2.05' ? x.response.payload.toString('utf8') : `(${x.response?.code ?? 'no response'})`);
});

Then(/^\(([A-Z])\) every block but the last is answered 2\.31 Continue and the last 2\.04 Changed$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'every block but the last is answered 2.31 Continue and the last 2.04 Changed');
  const blocks = firmwareState(this).blocks;
  if (blocks.length === 0) throw new Error('step order: no package was pushed');
  for (const b of blocks) {
    const expected = b.more ? '2.31' : '2.04';
    const got = b.exchange.response?.code ?? `no answer (${b.exchange.error?.message})`;
    check(name, got === expected, `${expected} to block ${b.num}`, got);
    // RFC 7959 §2.3: the answer echoes Block1 (M=1 on 2.31 Continue).
    check(name, b.echo !== undefined && b.echo.num === b.num && (!b.more || b.echo.more), `Block1 ${b.num}/${b.more ? 1 : 0} echoed in the answer to block ${b.num}`, b.echo ? `Block1 ${b.echo.num}/${b.echo.more ? 1 : 0}` : 'no Block1 option');
  }
  check(name, !blocks.at(-1)!.more, 'the whole package sent', `the transfer stopped at block ${blocks.at(-1)!.num}`);
});

function reads(world: TestfestWorld, phase?: StatusRead['phase']): StatusRead[] {
  const all = firmwareState(world).timeline;
  return phase === undefined ? all : all.filter((r) => r.phase === phase);
}

Then(/^\(([A-Z])\) the State is 1 \(Downloading\) during the transfer and 2 \(Downloaded\) after it$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the State is 1 (Downloading) during the transfer and 2 (Downloaded) after it');
  const transfer = reads(this, 'transfer');
  check(name, transfer.some((r) => r.state === 1), 'State 1 read during the transfer', describeTimeline(transfer));
  check(name, transfer.at(-1)?.state === 2, 'State 2 at the end of the transfer', describeTimeline(transfer));
});

Then(/^\(([A-Z])\) the State was 1 \(Downloading\) during the transfer$/, function (this: TestfestWorld, letter: string) {
  const transfer = reads(this, 'transfer');
  check(criterion(letter, 'the State was 1 (Downloading) during the transfer'), transfer.some((r) => r.state === 1), 'State 1 read during the transfer', describeTimeline(transfer));
});

Then(/^\(([A-Z])\) the Update Result is 0 throughout the transfer$/, function (this: TestfestWorld, letter: string) {
  const transfer = reads(this, 'transfer');
  check(criterion(letter, 'the Update Result is 0 throughout the transfer'), transfer.length > 0 && transfer.every((r) => r.result === 0), 'Update Result 0 at every read', describeTimeline(transfer));
});

Then(/^\(([A-Z])\) after the Update the State is 3 \(Updating\) or 0 \(Idle\) and the Update Result 0 or 1 at every poll$/, function (this: TestfestWorld, letter: string) {
  const update = reads(this, 'update');
  const ok = update.length > 0 && update.every((r) => (r.state === 3 || r.state === 0) && (r.result === 0 || r.result === 1));
  check(criterion(letter, 'after the Update the State is 3 (Updating) or 0 (Idle) and the Update Result 0 or 1 at every poll'), ok, 'State 3 or 0 with Update Result 0 or 1', describeTimeline(update));
});

/** The final State and Update Result: the last pair the Server read. `or` lists States the TS allows equally. */
Then(/^\(([A-Z])\) the State is ((?:\d \(\w+\)(?: or )?)+) and the Update Result (\d)$/, function (this: TestfestWorld, letter: string, states: string, result: number) {
  const name = criterion(letter, `the State is ${states} and the Update Result ${result}`);
  const allowed = [...states.matchAll(/(\d) \((\w+)\)/g)].map((m) => {
    if (STATE_NAMES[Number(m[1])] !== m[2]) throw new Error(`feature error: State ${m[1]} is ${STATE_NAMES[Number(m[1])]}, not ${m[2]}`);
    return Number(m[1]);
  });
  const last = reads(this).at(-1);
  if (!last) throw new Error('step order: the State was never read');
  check(name, last.state !== undefined && allowed.includes(last.state) && last.result === Number(result), `State ${states}, Update Result ${result}`, describeTimeline([last]));
});

Then(/^\(([A-Z])\) the State is not 2 \(Downloaded\)$/, function (this: TestfestWorld, letter: string) {
  const last = reads(this).at(-1);
  check(criterion(letter, 'the State is not 2 (Downloaded)'), last?.state !== undefined && last.state !== 2, 'a State other than 2', describeTimeline(last ? [last] : []));
});

Then(/^\(([A-Z])\) the State and the Update Result are what they were before the Update$/, function (this: TestfestWorld, letter: string) {
  const checks = reads(this, 'check');
  if (checks.length < 2) throw new Error('step order: the State and Update Result must be read before and after');
  const [before, after] = [checks.at(-2)!, checks.at(-1)!];
  check(criterion(letter, 'the State and the Update Result are what they were before the Update'), before.state === after.state && before.result === after.result && after.state !== undefined, describeTimeline([before]), describeTimeline([after]));
});

Then(/^\(([A-Z])\) the Firmware Version is (?:"([^"]+)", the version of the firmware image "[^"]+"|unchanged)$/, function (this: TestfestWorld, letter: string, version: string | null | undefined) {
  const versions = firmwareState(this).versions;
  const expected = version ?? versions[0];
  const name = criterion(letter, version ? `the Firmware Version is "${version}"` : 'the Firmware Version is unchanged');
  if (versions.length === 0 || expected === undefined) throw new Error('step order: /3/0/3 was not read');
  if (version && version !== GOOD_IMAGE_VERSION) throw new Error(`feature error: the good image installs version ${GOOD_IMAGE_VERSION}`);
  check(name, versions.at(-1) === expected, `"${expected}"`, `"${versions.at(-1)}"`);
});

/** ETS int-760: the Observe of State /5/0/3 starts at Idle and notifies Downloaded after the push. */
Then(/^\(([A-Z])\) the first notification of \/5\/0\/3 holds the State 0 \(Idle\)$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the first notification of /5/0/3 holds the State 0 (Idle)');
  const x = observationStreams(this, serverOf(clientUnderTest(this))).get('/5/0/3').observe;
  if (x?.response?.code !== '2.05') throw new CriterionFailed(name, '2.05 Content to the Observe of /5/0/3', x?.response?.code ?? 'no answer');
  const values = decodeAnswer(name, x.response, { objectId: 5, instanceId: 0, resourceId: 3 }, 'the first notification');
  check(name, values.length === 1 && Number(values[0]!.value) === 0, 'State 0', values.map((v) => String(v.value)).join(', ') || 'no value');
});

Then(/^\(([A-Z])\) a notification of \/5\/0\/3 with the State 2 \(Downloaded\) arrives within (\d+) seconds$/, async function (this: TestfestWorld, letter: string, seconds: number) {
  const name = criterion(letter, `a notification of /5/0/3 with the State 2 (Downloaded) arrives within ${seconds} seconds`);
  const stream = observationStreams(this, serverOf(clientUnderTest(this))).get('/5/0/3');
  const deadline = Date.now() + this.ms(Number(seconds));
  const states = () =>
    stream.notifications.map((n) => {
      try {
        return Number(decodeAnswer(name, { code: n.code, contentFormat: n.contentFormat, payload: n.payload }, { objectId: 5, instanceId: 0, resourceId: 3 }, 'a notification')[0]?.value);
      } catch {
        return NaN;
      }
    });
  while (!states().includes(2) && Date.now() < deadline) await stream.waitForMore(stream.notifications.length, Math.max(1, deadline - Date.now()));
  check(name, states().includes(2), 'a notification with State 2', stream.notifications.length ? `States ${states().join(', ')}` : 'no notification');
});

/**
 * ETS int-773 criterion 2 wants the package write answered 2.04. A client that cannot keep the package
 * may also stop a block-wise transfer with 4.13 Request Entity Too Large (RFC 7959 §2.9.3) — the
 * Update Result then says why; either answer passes, nothing else does.
 */
Then(/^\(([A-Z])\) the push is answered 2\.04 Changed, or 4\.13 Request Entity Too Large once the package no longer fits$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the push is answered 2.04 Changed, or 4.13 Request Entity Too Large once the package no longer fits');
  const blocks = firmwareState(this).blocks;
  const last = blocks.at(-1);
  if (!last) throw new Error('step order: no package was pushed');
  for (const b of blocks.slice(0, -1)) check(name, b.exchange.response?.code === '2.31', `2.31 Continue to block ${b.num}`, b.exchange.response?.code ?? 'no answer');
  const code = last.exchange.response?.code;
  check(name, (code === '2.04' && !last.more) || code === '4.13', `2.04 to the last block, or 4.13 to block ${last.num}`, code ?? `no answer (${last.exchange.error?.message})`);
});

/** ETS int-751: /5/0/8 and /5/0/9 tell the Server how it may deliver a package. */
Then(/^\(([A-Z])\) the Read of \/5\/0 reveals the Firmware Update Protocol Support and Delivery Method$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Read of /5/0 reveals the Firmware Update Protocol Support and Delivery Method');
  const x = [...clientUnderTest(this).reads].reverse().find((r) => r.path === '/5/0')?.exchange;
  if (!x?.response) throw new Error('step order: /5/0 was not read');
  const records = decodeAnswer(name, x.response, { objectId: 5, instanceId: 0 }, 'the Read of /5/0');
  const protocols = records.filter((r) => r.path.resourceId === 8).map((r) => Number(r.value));
  const delivery = records.find((r) => r.path.resourceId === 9)?.value;
  check(name, protocols.every((p) => Number.isInteger(p) && p >= 0 && p <= 5), '/5/0/8 values in 0..5 (CoAP, CoAPS, HTTP, HTTPS, CoAP/TCP, CoAP/TLS)', protocols.join(', '));
  check(name, delivery !== undefined && [0, 1, 2].includes(Number(delivery)), '/5/0/9 Delivery Method 0, 1 or 2 (pull, push, both)', String(delivery ?? 'absent'));
});
