/**
 * Outcome gating (DESIGN.md "Targets and capabilities"): before a scenario runs, a missing role or
 * capability makes it Not Applicable with the reason attached, and a passed run deadline makes it Out
 * of Time. After it, the evidence is attached and everything it created is torn down.
 */
import { existsSync } from 'node:fs';
import { After, AfterAll, Before, setDefaultTimeout, Status } from '@cucumber/cucumber';
import { unmetRequirements, type Requirement } from '../../targets/capabilities';
import { stopRunBroker } from './run-broker';
import { familyDescription, serverHarnessGap, transportGate } from './transport';
import { VERDICT_MEDIA_TYPE, type VerdictAttachment } from './verdict';
import { stepTimeoutMs, type TimingProfile } from './timing';
import type { TestfestWorld } from './world';

setDefaultTimeout(stepTimeoutMs((process.env.TESTFEST_TIMING as TimingProfile) ?? 'fast'));

function skipWith(world: TestfestWorld, verdict: VerdictAttachment): 'skipped' {
  world.attach(JSON.stringify(verdict), { mediaType: VERDICT_MEDIA_TYPE, fileName: 'verdict.json' });
  return 'skipped';
}

Before({ name: 'capability gate' }, function (this: TestfestWorld, { pickle }) {
  const deadline = this.parameters.deadline;
  if (deadline !== undefined && Date.now() > deadline) {
    return skipWith(this, { verdict: 'out-of-time', reason: `run budget ended at ${new Date(deadline).toISOString()} before this scenario started` });
  }
  const stopFlag = this.parameters.stopFlag;
  if (stopFlag !== undefined && existsSync(stopFlag)) {
    return skipWith(this, { verdict: 'out-of-time', reason: 'the run was interrupted before this scenario started' });
  }
  const tags = pickle.tags.map((t) => t.name);
  // `@requires:role=...` on the feature covers roles: a target without the role is N/A, like any capability.
  const unmet: Requirement[] = unmetRequirements(this.bundle.capabilities, tags);
  // An LwM2M scenario runs over the run's transport unless it pins its own (`@requires:transport=`).
  if (unmet.length === 0 && isLwm2mScenario(tags)) {
    const gate = transportGate(tags, this.transport);
    if (!gate.pinned) unmet.push(...unmetRequirements(this.bundle.capabilities, [`@requires:transport=${this.transport}`]));
    if (unmet.length === 0 && gate.unmetFamilies.length > 0) {
      return skipWith(this, { verdict: 'not-applicable', reason: `the scenario needs ${gate.unmetFamilies.map(familyDescription).join(', ')}; this run is over ${this.transport}` });
    }
    const gap = !gate.pinned && tags.includes('@server-under-test') ? serverHarnessGap(this.transport) : undefined;
    if (unmet.length === 0 && gap !== undefined) return skipWith(this, { verdict: 'not-applicable', reason: `the scenario needs ${gap}; this run is over ${this.transport}` });
  }
  if (unmet.length > 0) {
    const what = unmet.map((r) => `${r.dimension}=${r.value}`).join(', ');
    return skipWith(this, { verdict: 'not-applicable', reason: `target "${this.bundle.name}" does not declare ${what}` });
  }
  return undefined;
});

function isLwm2mScenario(tags: readonly string[]): boolean {
  return tags.includes('@client-under-test') || tags.includes('@server-under-test');
}

After({ name: 'evidence and teardown' }, async function (this: TestfestWorld, { result }) {
  const problems = await this.teardown.runAll();
  for (const { name, text } of this.evidence.entries()) {
    this.attach(text, { mediaType: 'text/plain', fileName: `${name}.txt` });
  }
  if (problems.length > 0) {
    this.attach(problems.join('\n'), { mediaType: 'text/plain', fileName: 'teardown-problems.txt' });
    // A scenario that passed but could not clean up is not a clean pass of the target, but it is not
    // the target's failure either: report it as a harness problem.
    if (result?.status === Status.PASSED) throw new Error(`teardown failed: ${problems.join('; ')}`);
  }
});

/** The MQTT broker of an mqtt run lives as long as the cucumber process (run-broker.ts). */
AfterAll({ name: 'stop the MQTT broker' }, async function () {
  await stopRunBroker();
});
