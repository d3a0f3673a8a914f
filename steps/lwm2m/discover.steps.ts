/**
 * Discover (TS-Core §6.3.4; TS-Transport §6.4.4 GET with Accept 40, LwM2M 1.2 `?depth=`) and its
 * criteria: the links an ETS case prints, with exactly their attributes (harness/link-check.ts).
 */
import { Then, When } from '@cucumber/cucumber';
import { clientUnderTest, describeOutcome, exchange, serverOf } from '../harness/client-under-test';
import { check, criterion } from '../harness/criteria';
import { linkProblems } from '../harness/link-check';
import { CriterionFailed } from '../support/verdict';
import { scenarioState, type TestfestWorld } from '../support/world';

interface DiscoverState {
  path?: string;
  depth?: number;
}

const discoverState = (world: TestfestWorld) => scenarioState<DiscoverState>(world, 'lwm2m:discover', () => ({}));

When(/^the Server discovers (\/[\d/]+)(?: with depth=(\d))?$/, async function (this: TestfestWorld, path: string, depth: number | null | undefined) {
  const session = clientUnderTest(this);
  const server = serverOf(session);
  const query = depth == null ? [] : [`depth=${depth}`];
  const state = discoverState(this);
  state.path = path;
  state.depth = depth == null ? undefined : Number(depth);
  await exchange(session, `Discover ${path}${query.length ? `?${query[0]}` : ''}`, () => server.request('GET', path, { accept: 40, query }));
});

Then(/^\(([A-Z])\) the Discover is answered 2\.05 Content with these links:$/, function (this: TestfestWorld, letter: string, expected: string) {
  const name = criterion(letter, 'the Discover is answered 2.05 Content with these links');
  const x = clientUnderTest(this).lastExchange;
  const { path, depth } = discoverState(this);
  if (!path) throw new Error('step order: no Discover was sent');
  if (x?.response?.code !== '2.05') throw new CriterionFailed(name, `2.05 Content to ${x?.description ?? 'the Discover'}`, describeOutcome(x));
  check(name, x.response.contentFormat === 40, 'Content-Format 40 (link format)', `Content-Format ${x.response.contentFormat ?? 'none'}`);
  const text = x.response.payload.toString('utf8');
  const problems = linkProblems(text, expected, path, depth);
  check(name, problems.length === 0, `${expected.replace(/\s+/g, '')} (${problems.join('; ')})`, text);
});
