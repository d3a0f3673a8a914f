import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { UsageError } from '../errors';
import { cucumberConfiguration } from './cucumber-options';
import { runMetadata } from './metadata';
import { planRun, type RunOptions } from './options';

const dir = mkdtempSync(join(tmpdir(), 'testfest-options-'));
const base: RunOptions = { suite: 'lwm2m', parallel: '0', allure: false };

describe('planRun: --transport', () => {
  it('defaults to coap and keeps the default run folder name', () => {
    const plan = planRun(base, new Date('2026-01-02T03:04:05Z'));
    expect(plan.transport).toBe('coap');
    expect(basename(plan.outDir)).toBe('20260102-030405-reference-lwm2m');
  });

  it('takes every transport of TS-Transport 1.2 and names the run folder after a non-default one', () => {
    for (const transport of ['coap', 'coaps', 'coap+tcp', 'coaps+tcp', 'mqtt', 'http']) expect(planRun({ ...base, transport }).transport).toBe(transport);
    expect(basename(planRun({ ...base, transport: 'coaps+tcp' }, new Date('2026-01-02T03:04:05Z')).outDir)).toBe('20260102-030405-reference-lwm2m-coaps-tcp');
  });

  it('refuses an unknown transport with a usage error naming the flag and the values', () => {
    expect(() => planRun({ ...base, transport: 'coap+udp' })).toThrow(UsageError);
    expect(() => planRun({ ...base, transport: 'coap+udp' })).toThrow('--transport must be one of coap, coaps, coap+tcp, coaps+tcp, mqtt, http (got "coap+udp")');
  });

  it('takes the config file default, which the flag overrides', () => {
    const config = join(dir, 'cfg.yaml');
    writeFileSync(config, 'defaults:\n  transport: coaps\n');
    expect(planRun({ ...base, config }).transport).toBe('coaps');
    expect(planRun({ ...base, config, transport: 'coap+tcp' }).transport).toBe('coap+tcp');
  });

  it('hands the transport to the World, the Allure environment, the JUnit suite name and metadata.json', () => {
    const plan = planRun({ ...base, transport: 'coaps', out: join(dir, 'run') });
    const cucumber = cucumberConfiguration(plan, dir);
    expect(cucumber.worldParameters).toMatchObject({ transport: 'coaps' });
    const formatOptions = cucumber.formatOptions as { junit: { suiteName: string }; environmentInfo: Record<string, string> };
    expect(formatOptions.junit.suiteName).toBe('testfest lwm2m reference coaps');
    expect(formatOptions.environmentInfo.transport).toBe('coaps');
    expect(runMetadata(plan, new Date(), new Date(), []).transport).toBe('coaps');
    expect(runMetadata({ ...plan, suite: 'psa' }, new Date(), new Date(), []).transport).toBe('in-process');
  });
});

describe('planRun: --broker (the MQTT broker of an mqtt run)', () => {
  it('takes aedes or mosquitto into the World parameters; none by default', () => {
    const plan = planRun({ ...base, transport: 'mqtt', broker: 'mosquitto', out: join(dir, 'run-broker') });
    expect(plan.broker).toBe('mosquitto');
    expect(cucumberConfiguration(plan, dir).worldParameters).toMatchObject({ transport: 'mqtt', broker: 'mosquitto' });
    expect(planRun({ ...base, transport: 'mqtt' }).broker).toBeUndefined();
  });

  it('refuses another broker with a usage error naming the flag', () => {
    expect(() => planRun({ ...base, transport: 'mqtt', broker: 'hivemq' })).toThrow('--broker must be one of aedes, mosquitto (got "hivemq")');
  });
});
