import { GLOBAL_STACK } from '../../lib/global/layer';
/**
 * Deploy order of the edge: the global stack reads what every region stack publishes, so it
 * depends on each of them, through the stack-dependency API that is not deprecated in this
 * aws-cdk-lib (`Stack#addStackDependency`; `Stack#addDependency` prints a deprecation warning on
 * every synth). Built without synthesizing: only construction adds stack dependencies.
 */
import { App, Stack } from 'aws-cdk-lib';
import { buildPlatform } from '../../lib/platform/app';
import { cdkJsonContext, shippedConfig } from '../helpers/synth';

describe.each(['prod', 'dev'])('%s: stack dependencies', (env) => {
  const deprecated = jest.spyOn(Stack.prototype, 'addDependency');
  const platform = buildPlatform(new App({ context: cdkJsonContext() }), shippedConfig(env), { nag: false });
  const calls = deprecated.mock.calls.length;
  deprecated.mockRestore();

  test('GIVEN the app is built WHEN stacks are wired THEN nothing calls the deprecated Stack#addDependency', () => {
    expect(calls).toBe(0);
  });

  test('GIVEN the app is built WHEN stacks are wired THEN the global stack depends on every region stack (deployed last)', () => {
    expect(platform.facts.get(GLOBAL_STACK).dependencies.map((s) => s.node.id).sort()).toEqual(expect.arrayContaining(platform.regions.map((r) => r.node.id).sort()));
    for (const region of platform.regions) expect(region.dependencies).not.toContain(platform.facts.get(GLOBAL_STACK));
  });
});
