/**
 * Registration Updates in the object cases: the Update that follows a Create and a Registration
 * Update Trigger carries the new object list (TS-Core §6.2.2; CONMGMT-int-1250), and the Update a
 * Client sends after switching bearer comes from its new address (CONMGMT-int-1350). Also the WLAN
 * status read of int-1350.
 */
import { Then } from '@cucumber/cucumber';
import { parseRegistrationLinks } from '../../targets/reference/lwm2m/codecs/registration-links';
import { readTlvs } from '../../targets/reference/lwm2m/codecs/tlv-frame';
import { CodecError } from '../../targets/reference/lwm2m/codecs/types';
import { formatPath } from '../../targets/reference/lwm2m/model/path';
import type { PeerAddress } from '../../targets/reference/transport/coap-udp/types';
import { clientUnderTest, registrationOf, serverOf, Waits } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';
import { responseOf } from './objects-content';
import { createdInstance } from './objects-created';
import { objectsState, requestOf } from './objects-state';

const samePeer = (a: PeerAddress, b: PeerAddress) => a.address === b.address && a.port === b.port;
const describePeer = (p: PeerAddress) => `${p.address}:${p.port}`;
/** When the last request a step sent went out: an Update the Client sends in reaction comes after it. */
const lastSentAt = (world: TestfestWorld) => objectsState(world).requests.at(-1)?.exchange.at ?? 0;

Then(/^\(([A-Z])\) the Server receives an Update whose object list includes the Instance created in step (\d+)$/, async function (this: TestfestWorld, letter: string, createdIn: number) {
  const name = criterion(letter, `the Server receives an Update whose object list includes the Instance created in step ${createdIn}`);
  const created = formatPath(createdInstance(`precondition: the Create of step ${createdIn}`, requestOf(this, createdIn)));
  const session = clientUnderTest(this);
  const location = registrationOf(session).path;
  const update = await serverOf(session).expectRequest({ method: 'POST', path: location, description: `Update POST ${location}` }, this.ms(Waits.prompt), name, lastSentAt(this));
  session.lastTaken = update;
  check(name, update.payload.length > 0, `an object list listing ${created} (TS-Core §6.2.2: the Update carries the changed list)`, 'an Update without object list');
  let listed: string[];
  try {
    listed = parseRegistrationLinks(update.payload.toString('utf8')).objects.flatMap((o) => o.instances.map((i) => `/${o.objectId}/${i}`));
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(name, 'a link-format object list', e.message);
    throw e;
  }
  check(name, listed.includes(created), `${created} in the object list`, `"${update.payload.toString('utf8')}"`);
  const stored = registrationOf(session);
  check(name, stored.isActive(), 'the registration, with its new list, still in force at the Server', stored.ended ?? 'expired');
});

/** Where the Client was last heard from: its Register, then each Update from a new address. */
const addressOf = (world: TestfestWorld) => scenarioState(world, 'lwm2m:objects:client-address', () => ({ peer: undefined as PeerAddress | undefined }));

Then(/^\(([A-Z])\) the Server receives an Update from a new source address$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives an Update from a new source address');
  const session = clientUnderTest(this);
  const known = addressOf(this);
  const before = known.peer ?? session.register?.peer;
  if (!before) throw new InconclusiveError(`${name}: the Client has not registered`);
  const location = registrationOf(session).path;
  const update = await serverOf(session).expectRequest(
    { method: 'POST', path: location, where: (r) => !samePeer(r.peer, before), description: `Update POST ${location} from an address other than ${describePeer(before)}` },
    this.ms(Waits.prompt),
    name,
    lastSentAt(this),
  );
  session.lastTaken = update;
  check(name, update.response?.code === '2.04', 'the Server accepting the Update (2.04)', update.response?.code ?? 'no answer');
  known.peer = update.peer;
  // TS-Core §6.2.2: from now on the Server reaches the Client at the Update's address.
  if (!samePeer(registrationOf(session).peer, update.peer)) {
    throw new InconclusiveError(`harness: the test server still sends to ${describePeer(registrationOf(session).peer)} after the Update from ${describePeer(update.peer)}`);
  }
});

/** WLAN Connectivity (Object 12): Resource 1 Enable (Boolean), Resource 3 Status (0 disabled, 1 up, 2 error). */
const WLAN_ENABLE = 1;
const WLAN_STATUS = 3;
const WLAN_UP = 1;

Then(/^\(([A-Z])\) in step (\d+) the WLAN interface is enabled and up$/, function (this: TestfestWorld, letter: string, step: number) {
  const name = criterion(letter, `in step ${step} the WLAN interface is enabled and up`);
  const response = responseOf(name, requestOf(this, step), '2.05');
  check(name, response.contentFormat === 11542, 'Content-Format 11542 (TLV)', `Content-Format ${response.contentFormat ?? 'none'}`);
  // The suite's object model has no DDF for Object 12: the two Resources are read from the TLV frames.
  let entries;
  try {
    entries = readTlvs(response.payload).flatMap((e) => (e.kind === 'Object Instance' ? readTlvs(e.value) : [e]));
  } catch (e) {
    if (e instanceof CodecError) throw new CriterionFailed(name, 'a valid TLV payload', e.message);
    throw e;
  }
  const value = (id: number) => entries.find((e) => e.kind === 'Resource with Value' && e.id === id)?.value;
  const enable = value(WLAN_ENABLE);
  check(name, enable?.length === 1 && enable[0] === 1, 'Enable /12/0/1 = true', enable ? `0x${enable.toString('hex')}` : 'absent');
  const status = value(WLAN_STATUS);
  check(name, status !== undefined && status.length > 0 && status.readIntBE(0, status.length) === WLAN_UP, 'Status /12/0/3 = 1 (up)', status ? `0x${status.toString('hex')}` : 'absent');
});
