/**
 * Pass criteria of the Registration Interface cases (ETS int-101..105; TS-Core §6.2). Each `Then`
 * names its ETS criterion letter; the harness (steps/harness) does the waiting and the recording.
 */
import { Then, When } from '@cucumber/cucumber';
import { parseRegistrationLinks } from '../../targets/reference/lwm2m/codecs/registration-links';
import { Obj } from '../../targets/reference/lwm2m/model/ids.generated';
import { check, criterion } from '../harness/criteria';
import { clientUnderTest, configurationOf, registrationOf, serverOf, sleep, Waits } from '../harness/client-under-test';
import { requireProvisioned } from '../harness/provisioned';
import { DEFAULT_LIFETIME_S } from '../harness/harness-registration';
import { describeQuery, parseRegisterQuery } from '../harness/register-query';
import { describeRequest } from '../harness/request-match';
import { expectedVersion } from '../harness/scenario-transport';
import { CriterionFailed, InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';
import { knownProfiles, SHA256_32_PID } from './profile-ids';

/** Objects a Register must not list (TS-Core §6.2.1): Security, OSCORE, and 1.2's COSE. */
const NEVER_REGISTERED = [Obj.Security.id, Obj.OSCORE.id, 23];

Then(/^\(([A-Z])\) the Server receives a Register request with the Endpoint Client Name and the provisioned lifetime$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives a Register request with ep and lt');
  const session = clientUnderTest(this);
  const register = await serverOf(session).expectRequest({ method: 'POST', path: '/rd', description: 'Register (POST /rd)' }, this.ms(Waits.register), name);
  session.lastTaken = session.register = register;
  const query = parseRegisterQuery(register.query);
  const lifetime = String(requireProvisioned(configurationOf(session), Obj.Server[0].Lifetime.toPath()));
  check(name, query.ep === session.endpoint, `ep=${session.endpoint}`, query.ep === undefined ? 'no ep' : `ep=${query.ep}`);
  // TS-Core §6.2.1: lt is optional and a server assumes 86400 s without it, so an absent lt is
  // the provisioned lifetime when that is 86400 (C.1); any lt given must equal /1/0/1.
  const sent = query.lt ?? (lifetime === String(DEFAULT_LIFETIME_S) ? lifetime : undefined);
  check(name, sent === lifetime, `lt=${lifetime} (/1/0/1)`, query.lt === undefined ? 'no lt' : `lt=${query.lt}`);
});

Then(/^\(([A-Z])\) the Register request carries lwm2m=(\d\.\d)$/, function (this: TestfestWorld, letter: string, version: string) {
  version = expectedVersion(this, version);
  const name = criterion(letter, `the Register request carries lwm2m=${version}`);
  const { lwm2m } = parseRegisterQuery(lastRegister(this).query);
  check(name, lwm2m === version, `lwm2m=${version}`, lwm2m === undefined ? 'no lwm2m parameter' : `lwm2m=${lwm2m}`);
});

Then(/^\(([A-Z])\) the Register request's binding, if given, is the provisioned Binding$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, "the Register request's binding b, if given, is the provisioned Binding");
  const { b } = parseRegisterQuery(lastRegister(this).query);
  const binding = String(requireProvisioned(configurationOf(clientUnderTest(this)), Obj.Server[0].Binding.toPath()));
  check(name, b === undefined || b === binding, `no b or b=${binding} (/1/0/7)`, `b=${b}`);
});

Then(/^\(([A-Z])\) the Register payload lists the Object Instances without \/0 or \/21$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Register payload lists the Object Instances without /0 or /21');
  const register = lastRegister(this);
  check(name, register.contentFormat === undefined || register.contentFormat === 40, 'Content-Format 40 (link format)', `Content-Format ${register.contentFormat}`);
  const text = register.payload.toString('utf8');
  let listed: Set<string>;
  try {
    listed = new Set(parseRegistrationLinks(text).objects.flatMap((o) => [`/${o.objectId}`, ...o.instances.map((i) => `/${o.objectId}/${i}`)]));
  } catch (e) {
    throw new CriterionFailed(name, 'a link-format object list', `"${text}" (${(e as Error).message})`);
  }
  const forbidden = NEVER_REGISTERED.filter((id) => listed.has(`/${id}`));
  check(name, forbidden.length === 0, 'no /0, /21 or /23', `"${text}" lists ${forbidden.map((id) => `/${id}`).join(', ')}`);
  const expected = configurationOf(clientUnderTest(this))
    .instances.filter((i) => !NEVER_REGISTERED.includes(i.objectId))
    .map((i) => `/${i.objectId}/${i.instanceId}`);
  const missing = expected.filter((p) => !listed.has(p));
  check(name, missing.length === 0, `every provisioned Object Instance (${expected.join(', ')})`, `"${text}" lacks ${missing.join(', ')}`);
});

/**
 * "The Client receives <code>": the harness answered the last request with that code, and the
 * client took it — it did not retransmit the request nor send it afresh (RFC 7252 §4.2).
 */
Then(/^\(([A-Z])\) the Client receives (\d\.\d\d) ([A-Za-z ]+)$/, async function (this: TestfestWorld, letter: string, code: string, codeName: string) {
  const name = criterion(letter, `the Client receives ${code} ${codeName}`);
  const session = clientUnderTest(this);
  const req = session.lastTaken;
  if (!req) throw new InconclusiveError(`${name}: no client request to look at`);
  check(name, req.response?.code === code, `the Server answered ${describeRequest(req)} with ${code}`, req.response ? req.response.code : 'no answer');
  await sleep(Math.max(0, req.at + this.ms(Waits.retransmission) - Date.now()));
  const server = serverOf(session);
  const retransmissions = server.retransmissionsOf(req);
  check(name, retransmissions === 0, `no retransmission of ${describeRequest(req)}`, `${retransmissions} retransmission(s)`);
  const again = server.requestsBetween(req.at + 1).filter((r) => r.method === req.method && r.path === req.path);
  check(name, again.length === 0, `${describeRequest(req)} not repeated`, `repeated as ${again.map(describeRequest).join(', ')}`);
});

Then(/^\(([A-Z])\) the Server receives an Update request with lt=(\d+)$/, async function (this: TestfestWorld, letter: string, ltValue: number | string) {
  const lt = String(ltValue); // cucumber turns a (\d+) group into a number
  const name = criterion(letter, `the Server receives an Update request with lt=${lt}`);
  const session = clientUnderTest(this);
  const location = registrationOf(session).path;
  const after = session.lastExchange?.at ?? 0;
  session.lastTaken = await serverOf(session).expectRequest(
    { method: 'POST', path: location, where: (r) => parseRegisterQuery(r.query).lt === lt, description: `Update POST ${location}?lt=${lt}` },
    this.ms(Waits.prompt),
    name,
    after,
  );
});

Then(/^\(([A-Z])\) the Server receives an Update request without parameters$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives an Update request without parameters');
  const session = clientUnderTest(this);
  const location = registrationOf(session).path;
  const update = await serverOf(session).expectRequest(
    { method: 'POST', path: location, description: `Update POST ${location}` },
    this.ms(Waits.prompt),
    name,
    session.lastExchange?.at ?? 0,
  );
  session.lastTaken = update;
  check(name, update.query.length === 0 && update.payload.length === 0, 'no query parameters and no payload', `${describeQuery(update.query)}, ${update.payload.length} payload bytes`);
});

/**
 * ETS int-102 D: before the 20 s registration expires the Client either sends an Update without
 * parameters, or sends nothing and the Server ends the registration when it expires. Anything else
 * in that window (a Register, a De-register, an Update with parameters) fails the criterion.
 */
Then(/^\(([A-Z])\) within (\d+) seconds either the Client sends an Update without parameters or its registration expires$/, async function (this: TestfestWorld, letter: string, seconds: number | string) {
  const name = criterion(letter, `within ${seconds} s either an Update without parameters arrives or the registration expires`);
  const session = clientUnderTest(this);
  const registration = registrationOf(session);
  const since = session.lastTaken?.at ?? Date.now();
  const deadline = since + this.ms(Number(seconds));
  const server = serverOf(session);
  let update;
  try {
    update = await server.expectRequest({ method: 'POST', path: registration.path }, Math.max(1, deadline - Date.now()), name, since + 1);
  } catch {
    update = undefined;
  }
  const others = server.requestsBetween(since + 1, update?.at ?? Date.now()).filter((r) => r !== update);
  check(name, others.length === 0, 'nothing but an Update without parameters', others.map(describeRequest).join(', '));
  if (update) {
    check(name, update.query.length === 0, 'an Update without parameters', describeRequest(update));
    return;
  }
  await sleep(Math.max(0, registration.expiresAt - Date.now()));
  check(name, !registration.isActive(), 'the registration expired at the Server', 'still registered');
});

Then(/^\(([A-Z])\) the Server receives a De-register request on the registration location$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives a De-register request on the registration location');
  const session = clientUnderTest(this);
  const location = registrationOf(session).path;
  session.lastTaken = await serverOf(session).expectRequest(
    { method: 'DELETE', path: location, description: `De-register DELETE ${location}` },
    this.ms(Waits.prompt),
    name,
    session.lastExchange?.at ?? 0,
  );
});

Then(/^\(([A-Z])\) the Client is removed from the Server's registrations$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, "the Client is removed from the Server's registrations");
  const registration = registrationOf(clientUnderTest(this));
  check(name, registration.ended === 'deregistered' && !registration.isActive(), 'no registration left', registration.ended ?? 'still registered');
});

Then(/^\(([A-Z])\) the Client is still registered after the initial registration lifetime has expired$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Client is still registered after the initial registration lifetime has expired');
  const session = clientUnderTest(this);
  const registration = registrationOf(session);
  const initialLifetime = Number(parseRegisterQuery(lastRegister(this).query).lt ?? DEFAULT_LIFETIME_S);
  const initialExpiry = registration.registeredAt + this.ms(initialLifetime);
  await sleep(Math.max(0, initialExpiry + this.ms(1) - Date.now()));
  check(name, registration.isActive() && serverOf(session).registration === registration, `registered past ${initialLifetime} s`, registration.ended ?? 'expired without an Update');
});

When('the Server discards the registration without telling the Client', function (this: TestfestWorld) {
  const session = clientUnderTest(this);
  const location = registrationOf(session).path;
  serverOf(session).forgetRegistration();
  session.discarded = { at: Date.now(), location };
});

Then(/^\(([A-Z])\) the Client sends an Update on the discarded registration within its lifetime and receives 4\.04 Not Found$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Client sends an Update on the discarded registration and receives 4.04 Not Found');
  const session = clientUnderTest(this);
  const discarded = session.discarded;
  if (!discarded) throw new InconclusiveError(`${name}: the registration was not discarded`);
  const lifetime = registrationOf(session).lifetime;
  const update = await serverOf(session).expectRequest(
    { method: 'POST', path: discarded.location, description: `Update POST ${discarded.location}` },
    this.ms(lifetime + Waits.prompt),
    name,
    discarded.at,
  );
  session.lastTaken = update;
  check(name, update.response?.code === '4.04', 'the Server answered 4.04', update.response?.code ?? 'no answer');
});

Then(/^\(([A-Z])\) the Server receives a new Register request$/, async function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Server receives a new Register request');
  const session = clientUnderTest(this);
  const register = await serverOf(session).expectRequest({ method: 'POST', path: '/rd', description: 'Register (POST /rd)' }, this.ms(Waits.register), name, session.lastTaken?.at ?? 0);
  session.lastTaken = session.register = register;
  const { ep } = parseRegisterQuery(register.query);
  check(name, ep === session.endpoint, `ep=${session.endpoint}`, ep === undefined ? 'no ep' : `ep=${ep}`);
});

function lastRegister(world: TestfestWorld) {
  const req = clientUnderTest(world).register;
  if (!req) throw new InconclusiveError('no Register request has been received yet');
  return req;
}

/**
 * ETS int-108/109: 1.1 queue mode is the bare `Q` parameter, next to `b=U` (1.0 wrote `b=UQ`). The
 * binding is the provisioned /1/0/7 — U over UDP, T over TCP (TS-Core 1.2 §6.2.1.2).
 */
Then(/^\(([A-Z])\) the Register request carries the provisioned binding and Q$/, function (this: TestfestWorld, letter: string) {
  const binding = String(requireProvisioned(configurationOf(clientUnderTest(this)), Obj.Server[0].Binding.toPath())).replace('Q', '');
  const name = criterion(letter, `the Register request carries b=${binding} and Q`);
  const query = parseRegisterQuery(lastRegister(this).query);
  const ok = query.b === binding || (query.b === undefined && binding === 'U');
  check(name, ok, `b=${binding}${binding === 'U' ? ' (or no b: U is the default)' : ''}`, `b=${query.b}`);
  check(name, query.Q, 'the parameter Q', describeQuery(lastRegister(this).query));
});

/** ETS int-107 criterion 3: after the lifetime grew, the Client still updates before it runs out. */
Then(/^\(([A-Z])\) the Server receives the Client's next Update before the lifetime of (\d+) seconds expires$/, async function (this: TestfestWorld, letter: string, seconds: number) {
  const name = criterion(letter, `the Server receives the Client's next Update before the lifetime of ${seconds} seconds expires`);
  const session = clientUnderTest(this);
  const registration = registrationOf(session);
  const since = session.lastTaken?.at ?? Date.now();
  const deadline = since + this.ms(Number(seconds));
  const update = await serverOf(session).expectRequest(
    { method: 'POST', path: registration.path, description: `Update POST ${registration.path}` },
    Math.max(1, deadline - Date.now()),
    name,
    since + 1,
  );
  session.lastTaken = update;
  check(name, update.response?.code === '2.04', 'the Update answered 2.04', update.response?.code ?? 'no answer');
});

/** ETS int-110/111: `pid=<suite>:<hex>` with suite 6, sha-256-32 (RFC 6920 §9.4). */
Then(/^\(([A-Z])\) the Register request carries a 32-bit SHA-256 Profile ID$/, function (this: TestfestWorld, letter: string) {
  const name = criterion(letter, 'the Register request carries a 32-bit SHA-256 Profile ID');
  const { pid } = parseRegisterQuery(lastRegister(this).query);
  check(name, pid !== undefined && SHA256_32_PID.test(pid), 'pid=6:<8 lowercase hex digits> (TS-Core 1.2 §6.2.1)', pid === undefined ? 'no pid' : `pid=${pid}`);
});

Then(/^\(([A-Z])\) the Register request carries no object list$/, function (this: TestfestWorld, letter: string) {
  const register = lastRegister(this);
  check(criterion(letter, 'the Register request carries no object list'), register.payload.length === 0, 'an empty payload', `"${register.payload.toString('utf8')}"`);
});

/** The Object Instances a Register names: those its Profile ID stands for plus those it lists. */
function registeredInstances(world: TestfestWorld, name: string): { fromProfile: string[]; listed: string[] } {
  const register = lastRegister(world);
  const { pid } = parseRegisterQuery(register.query);
  const fromProfile = pid === undefined ? undefined : knownProfiles().get(pid);
  check(name, fromProfile !== undefined, `a Profile ID the Server knows (${[...knownProfiles().keys()].join(', ')}); else it answers 4.09`, pid === undefined ? 'no pid' : `pid=${pid}`);
  const text = register.payload.toString('utf8');
  let listed: string[] = [];
  try {
    if (text !== '') listed = parseRegistrationLinks(text).objects.flatMap((o) => o.instances.map((i) => `/${o.objectId}/${i}`));
  } catch (e) {
    throw new CriterionFailed(name, 'a link-format object list', `"${text}" (${(e as Error).message})`);
  }
  return { fromProfile: fromProfile!, listed };
}

Then(/^\(([A-Z])\) the Profile ID and the object list together name the Object Instances of configuration (C\.\d+)$/, function (this: TestfestWorld, letter: string, config: string) {
  const name = criterion(letter, `the Profile ID and the object list together name the Object Instances of configuration ${config}`);
  const { fromProfile, listed } = registeredInstances(this, name);
  const expected = configurationOf(clientUnderTest(this))
    .instances.filter((i) => !NEVER_REGISTERED.includes(i.objectId))
    .map((i) => `/${i.objectId}/${i.instanceId}`)
    .sort();
  const merged = [...new Set([...fromProfile, ...listed])].sort();
  check(name, merged.join(',') === expected.join(','), expected.join(', '), `${merged.join(', ')} (profile ${fromProfile.join(', ')}; listed ${listed.join(', ') || 'nothing'})`);
});

/** ETS int-241: the Server replaced the registration and reaches the rebooted Client through the new one. */
Then(/^\(([A-Z])\) the new registration replaces the old one and the Client answers a Read of (\/[\d/]+) through it$/, async function (this: TestfestWorld, letter: string, path: string) {
  const name = criterion(letter, `the new registration replaces the old one and the Client answers a Read of ${path} through it`);
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const current = registrationOf(session);
  // The harness server keeps one registration per client: the newest Register replaced the old one.
  check(name, current.registeredAt === session.lastTaken?.at && current.isActive(), 'the Server holds the registration of the new Register', `registered at ${current.registeredAt}, active ${current.isActive()}`);
  let response;
  try {
    response = await server.request('GET', path, { accept: 0 });
  } catch (e) {
    throw new CriterionFailed(name, `2.05 Content to Read ${path}`, `no response (${(e as Error).message})`);
  }
  check(name, response.code === '2.05', `2.05 Content to Read ${path}`, response.code);
});
