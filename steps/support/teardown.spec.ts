import { Teardown } from './teardown';

describe('Teardown', () => {
  it('runs tasks last-in first-out and reports failures without stopping', async () => {
    const order: string[] = [];
    const t = new Teardown();
    t.add('a', () => order.push('a'));
    t.add('b', () => {
      throw new Error('boom');
    });
    t.add('c', async () => order.push('c'));
    const problems = await t.runAll();
    expect(order).toEqual(['c', 'a']);
    expect(problems).toEqual(['teardown "b": boom']);
  });

  it('bounds a task that hangs', async () => {
    const t = new Teardown();
    t.add('hang', () => new Promise(() => undefined));
    expect(await t.runAll(20)).toEqual(['teardown "hang": did not finish within 20 ms']);
  });
});
