/**
 * Write-Attributes (TS-Core §6.3.4; TS-Transport §6.4.4: PUT with the attributes as Uri-Query and no
 * payload), as ETS int-221, 260, 261, 264, 266, 301 and 304 send it: `pmin=10&pmax=200` in the step
 * becomes the query `?pmin=10&pmax=200`; a bare name (`pmin`) clears that attribute.
 */
import { Given, When } from '@cucumber/cucumber';
import { clientUnderTest, describeOutcome, exchange, serverOf } from '../harness/client-under-test';
import { InconclusiveError } from '../support/verdict';
import type { TestfestWorld } from '../support/world';

async function writeAttributes(world: TestfestWorld, attributes: string, path: string) {
  const session = clientUnderTest(world);
  const server = serverOf(session);
  const query = attributes.split('&').filter(Boolean);
  return exchange(session, `Write-Attributes ${path}?${attributes}`, () => server.request('PUT', path, { query }));
}

When(/^the Server writes the attributes (\S+) to (\/[\d/]*)$/, async function (this: TestfestWorld, attributes: string, path: string) {
  await writeAttributes(this, attributes, path);
});

/** A precondition of a case (e.g. int-305 "as int-304"): Inconclusive when the Client refuses it. */
Given(/^the Server has written the attributes (\S+) to (\/[\d/]*)$/, async function (this: TestfestWorld, attributes: string, path: string) {
  const x = await writeAttributes(this, attributes, path);
  if (x.response?.code !== '2.04') throw new InconclusiveError(`precondition not met: Write-Attributes ${path}?${attributes} gave ${describeOutcome(x)}`);
});
