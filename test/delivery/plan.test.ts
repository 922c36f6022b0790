import { deployPlan, planProblems, stackCriticalPath, stacksOfAssembly, PlanStackInput } from '../../lib/delivery/plan';
import { durationOf } from '../../lib/delivery/durations';
import { formatKpi, formatPlan } from '../../lib/delivery/format';
import { synthEnv } from '../helpers/synth';

/** The shipped prod, as CloudFormation receives it (the plan reads nothing else). */
const prod = synthEnv('prod', { cfnValidation: false });
const stacks = stacksOfAssembly(prod.assembly);
const create = deployPlan(stacks, 'create');
const update = deployPlan(stacks, 'update');

describe('deploy plan of the shipped prod', () => {
  test.each([['create', create], ['update', update]] as const)('%s: every stack is planned after its dependencies, in a later wave (the model checks itself)', (_n, plan) => {
    expect(plan.stacks.map((s) => s.id).sort()).toEqual(prod.assembly.stacks.map((s) => s.displayName.replace(/ \(.*\)$/, '')).sort());
    expect(planProblems(plan, stacks)).toEqual([]);
  });

  test('the hub region deploys before the other regions (delivery.regionWaves), the global stack after every region', () => {
    const wave = (id: string) => create.stacks.find((s) => s.id === id)!.wave;
    expect(wave('Region-us-east-1')).toBeLessThan(wave('Region-eu-west-1'));
    expect(wave('Global')).toBeGreaterThan(Math.max(wave('Region-us-east-1'), wave('Region-eu-west-1')));
  });

  test('the critical path is a chain of dependencies that ends at the total, and no stack finishes later', () => {
    const last = create.stacks.find((s) => s.id === create.criticalPath[create.criticalPath.length - 1])!;
    expect(last.finish).toBe(create.parallelMinutes);
    expect(Math.max(...create.stacks.map((s) => s.finish))).toBe(create.parallelMinutes);
    expect(create.sequentialMinutes).toBeGreaterThanOrEqual(create.parallelMinutes);
  });

  test('a region stack takes at least its slowest resource: the EKS cluster and the MSK cluster are on its critical path candidates', () => {
    const region = create.stacks.find((s) => s.id === 'Region-us-east-1')!;
    expect(region.minutes).toBeGreaterThanOrEqual(durationOf('AWS::MSK::Cluster').create);
    expect(region.minutes).toBeGreaterThanOrEqual(durationOf('AWS::EKS::Cluster').create);
  });

  test('an update (clusters and databases kept) is faster than a first deploy, stack by stack', () => {
    for (const s of update.stacks) expect(s.minutes).toBeLessThanOrEqual(create.stacks.find((c) => c.id === s.id)!.minutes);
  });

  test('the printed plan names the waves, the critical path and both totals; the KPI line judges each scenario', () => {
    const text = formatPlan('automatedai prod', create);
    expect(text).toContain('wave 0');
    expect(text).toContain(`critical path: ${create.criticalPath.join(' → ')}`);
    expect(text).toMatch(/total: [\d.]+ min with independent stacks in parallel \(the pipeline\); [\d.]+ min one stack at a time/);
    const kpi = formatKpi(create, update);
    expect(kpi).toMatch(/first deploy: [\d.]+ min: (meets|does not meet) the KPI/);
    expect(kpi).toMatch(/update of every region: [\d.]+ min: (meets|does not meet) the KPI/);
  });
});

describe('the model on small templates', () => {
  const t = (resources: PlanStackInput['template']['Resources']): PlanStackInput['template'] => ({ Resources: resources });

  test('a resource waits for what it references (Ref, Fn::GetAtt, Fn::Sub, DependsOn)', () => {
    const template = t({
      Vpc: { Type: 'AWS::EC2::NatGateway' },
      Cluster: { Type: 'AWS::EKS::Cluster', Properties: { Subnet: { Ref: 'Vpc' } } },
      Group: { Type: 'AWS::EKS::Nodegroup', Properties: { ClusterName: { 'Fn::GetAtt': ['Cluster', 'Name'] } } },
      Addon: { Type: 'AWS::EKS::Addon', DependsOn: ['Group'] },
      Param: { Type: 'AWS::SSM::Parameter', Properties: { Value: { 'Fn::Sub': '${Addon.Arn}' } } },
      Lonely: { Type: 'AWS::RDS::DBInstance' },
    });
    const { minutes, path } = stackCriticalPath(template, 'create');
    expect(path.map((p) => p.logicalId)).toEqual(['Vpc', 'Cluster', 'Group', 'Addon', 'Param']);
    expect(minutes).toBe(2 + 15 + 5 + 2 + 0.5);
  });

  test('independent stacks overlap; a dependent one starts when the last of its dependencies finishes', () => {
    const one = (id: string, type: string, dependencies: string[] = []): PlanStackInput => ({ id, stackName: id, account: '1', region: 'r', dependencies, template: t({ R: { Type: type } }) });
    const plan = deployPlan([one('A', 'AWS::EKS::Cluster'), one('B', 'AWS::MSK::Cluster'), one('C', 'AWS::SSM::Parameter', ['A', 'B'])], 'create');
    expect(plan.waves).toEqual([['A', 'B'], ['C']]);
    expect(plan.stacks.find((s) => s.id === 'C')!.start).toBe(31); // B: 1 overhead + 30
    expect(plan.criticalPath).toEqual(['B', 'C']);
    expect(plan.parallelMinutes).toBe(31 + 1.5);
    expect(plan.sequentialMinutes).toBe(16 + 31 + 1.5);
  });

  test('fails on a dependency that is not in the assembly, and on a circle', () => {
    const s = (id: string, deps: string[]): PlanStackInput => ({ id, stackName: id, account: '1', region: 'r', dependencies: deps, template: t({}) });
    expect(() => deployPlan([s('A', ['Z'])], 'create')).toThrow('stack A depends on Z, which is not in the assembly');
    expect(() => deployPlan([s('A', ['B']), s('B', ['A'])], 'create')).toThrow(/stack dependency cycle/);
    expect(() => stackCriticalPath(t({ X: { Type: 'T', DependsOn: 'Y' }, Y: { Type: 'T', DependsOn: 'X' } }), 'create')).toThrow(/template resource cycle/);
  });

  test('the plan check fails on a plan that starts a stack before its dependency or puts it in the same wave', () => {
    const tampered = { ...create, stacks: create.stacks.map((s) => (s.id === 'Region-eu-west-1' ? { ...s, start: 0, wave: 0 } : s)) };
    const problems = planProblems(tampered, stacks);
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Region-eu-west-1 starts at 0 min, before its dependency Region-us-east-1 finishes/),
      expect.stringMatching(/^Region-eu-west-1 is in wave 0, not after its dependency Region-us-east-1/),
    ]));
    const broken = { ...create, criticalPath: [...create.criticalPath].reverse() };
    expect(planProblems(broken, stacks).some((p) => p.startsWith('critical path:'))).toBe(true);
  });
});
