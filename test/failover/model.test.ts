import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { PlatformConfig } from '../../lib/config';
import { clusterObjects } from '../../lib/platform/render';
import { stacksOfAssembly } from '../../lib/delivery/plan';
import {
  FailoverClusterInput,
  FailoverInput,
  FailoverStackInput,
  failoverModel,
  failoverProblems,
  failoverTitle,
  formatFailover,
  formatFailoverSources,
} from '../../lib/failover';
import { problemsOf } from '../config/problems';
import { ROOT, renderEnv, synthEnv } from '../helpers/synth';

/** The shipped prod as the model reads it: its assembly (synthesized once per worker) and its committed manifests. */
const prod = synthEnv('prod');
const stacks = stacksOfAssembly(prod.assembly);

function clustersOf(config: PlatformConfig): FailoverClusterInput[] {
  const files = renderEnv(config.environment);
  return config.regions.map((region) => ({ region: region.name, objects: clusterObjects(config, region, files) }));
}
const clusters = clustersOf(prod.config);
const input: FailoverInput = { config: prod.config, stacks, clusters };
const model = failoverModel(input);
const loss = (region: string) => model.losses.find((l) => l.lost === region)!;
const component = (region: string, name: RegExp) => loss(region).components.find((c) => name.test(c.component));

/** A deep copy of the input with one stack's template changed. */
function withTemplate(id: string, change: (resources: Record<string, any>) => void, base: FailoverInput = input): FailoverInput {
  return {
    ...base,
    stacks: base.stacks.map((s): FailoverStackInput => {
      if (s.id !== id) return s;
      const template = JSON.parse(JSON.stringify(s.template)) as { Resources: Record<string, any> };
      change(template.Resources);
      return { ...s, template };
    }),
  };
}
const ofType = (resources: Record<string, any>, type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

describe('the failover model of the shipped prod', () => {
  test('keeps its promises: no problem for the loss of any region, the hub included', () => {
    expect(model.losses.map((l) => [l.lost, l.hub])).toEqual([['us-east-1', true], ['eu-west-1', false]]);
    expect(failoverProblems(model)).toEqual([]);
  });

  test('with either region gone, the other serves healthcare-service reads and writes of its own jurisdiction\'s data', () => {
    expect(model.losses.flatMap((l) => l.serving.map((s) => [l.lost, s.region, s.jurisdiction, s.service, s.reads, s.writes]))).toEqual([
      ['us-east-1', 'eu-west-1', 'EU', 'healthcare-service', true, true],
      ['eu-west-1', 'us-east-1', 'US', 'healthcare-service', true, true],
    ]);
  });

  test('an Atlas zone whose preferred region is lost elects a primary in its next region of the same jurisdiction, in seconds, losing no majority write', () => {
    expect(component('us-east-1', /^Atlas zone US/)).toMatchObject({ outcome: 'fails-over', rto: 'seconds (automatic election)', rpo: '0 for majority-acknowledged writes' });
    expect(component('us-east-1', /^Atlas zone US/)!.why).toContain('elected in us-east-2 (priority 6)');
    expect(component('eu-west-1', /^Atlas zone EU/)!.why).toContain('elected in eu-central-1 (priority 6)');
    expect(component('us-east-1', /^Atlas zone EU/)!.outcome).toBe('serves');
    expect(component('us-east-1', /^Atlas private endpoint \(eu-west-1\)/)!.why).toContain('regionalized');
  });

  test('names every stateful or shared component for each loss', () => {
    for (const l of model.losses) {
      const names = l.components.map((c) => c.component).join('\n');
      for (const expected of [/Atlas zone US/, /Atlas zone EU/, /Atlas config servers/, /MLflow database, Aurora \(us-east-1\)/, /MLflow database, Aurora \(eu-west-1\)/,
        /Feast online store, valkey/, /MSK regional topics/, /MSK replicated topics .*device-metrics-5min/, /ML models bucket|ML features bucket/,
        /Secrets Manager secrets/, /Argo CD/, /Global Accelerator/, /Route 53/, /AMP workspace/]) {
        expect(names).toMatch(expected);
      }
    }
  });

  test('the hub\'s loss: Argo CD stops syncing (the rest keeps serving), the accelerator moves traffic in interval × threshold, replicas of the hub\'s buckets serve', () => {
    expect(component('us-east-1', /^Argo CD/)).toMatchObject({ outcome: 'unavailable' });
    expect(component('eu-west-1', /^Argo CD/)).toMatchObject({ outcome: 'serves' });
    expect(component('us-east-1', /^Global Accelerator/)).toMatchObject({ outcome: 'fails-over', rto: 'about 90 s (health check every 30 s × 3 failures)' });
    expect(component('us-east-1', /^ML models bucket/)).toMatchObject({ outcome: 'fails-over' });
    expect(component('us-east-1', /^MSK regional topics/)!.component).toContain('patient-events');
    expect(component('us-east-1', /^MSK regional topics/)!.component).not.toContain('device-metrics-5min');
  });

  test('states every store\'s backups from the templates: Atlas PITR and snapshots, Aurora automated and AWS Backup, Valkey snapshots', () => {
    const backup = (store: RegExp) => model.backups.find((b) => store.test(b.store))!;
    expect(backup(/^Atlas cluster/)).toMatchObject({ durable: true, retention: 'hourly 2 days, daily 7 days, weekly 4 weeks, monthly 12 months' });
    expect(backup(/^Atlas cluster/).schedule).toMatch(/^continuous \(point-in-time, 7 days\), hourly every 6 h/);
    expect(backup(/^MLflow database \(eu-west-1\)/)).toMatchObject({ durable: true, retention: 'automated 14 days, daily 35 days' });
    expect(backup(/^Feast online store \(us-east-1\)/)).toMatchObject({ durable: false, retention: '7 days' });
    expect(backup(/^Kafka topics \(us-east-1\)/).crossRegionCopy).toBe('device-metrics-5min → eu-west-1');
    for (const b of model.backups.filter((x) => x.durable)) expect([b.store, b.schedule]).not.toEqual([b.store, 'none']);
  });

  test('prints one table per loss and the backups, as docs/failover.md shows them (if not: paste `npm run failover -- -c env=prod` there)', () => {
    const text = formatFailover(failoverTitle(prod.config), model);
    expect(text).toContain('### Loss of us-east-1 (the hub)');
    expect(text).toContain('### Loss of eu-west-1');
    expect(text).toContain('### Backups');
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'failover.md'), 'utf8');
    const shown = doc.slice(doc.indexOf('<!-- failover:begin -->\n') + '<!-- failover:begin -->\n'.length, doc.indexOf('<!-- failover:end -->'));
    expect(shown).toBe(`${text}\n\n${formatFailoverSources()}\n`);
  });
});

describe('the model reports a broken layout (each promise can fail)', () => {
  const atlasCluster = (resources: Record<string, any>) => ofType(resources, 'MongoDB::Atlas::Cluster')[0][1].Properties;

  test('fails when an EU zone keeps its majority in us-east-1: losing us-east-1 stops EU writes in eu-west-1, and EU data is outside the EU', () => {
    const broken = withTemplate('Atlas', (r) => {
      const eu = atlasCluster(r).ReplicationSpecs[1];
      eu.AdvancedRegionConfigs = [
        { ...eu.AdvancedRegionConfigs[0], ElectableSpecs: { InstanceSize: 'M30', NodeCount: 2 } },
        { ...eu.AdvancedRegionConfigs[0], RegionName: 'US_EAST_1', Priority: 6, ElectableSpecs: { InstanceSize: 'M30', NodeCount: 3 } },
      ];
    });
    const problems = failoverProblems(failoverModel(broken));
    expect(problems).toContainEqual(expect.stringMatching(/^losing us-east-1: eu-west-1 cannot serve healthcare-service reads and writes of EU data: Atlas zone EU \(eu-west-1 2 \+ us-east-1 3 electable\) keeps EU data outside EU \(US\); .*Atlas zone EU \(eu-west-1 2 \+ us-east-1 3 electable\) takes no writes: 3 of 5 electable nodes are in us-east-1: 2 left, a majority is 3/));
    expect(problems).toContainEqual(expect.stringMatching(/^losing us-east-1: Atlas zone EU .* may lose data: writing again needs a forced reconfiguration/));
  });

  test('fails without regionalized private endpoints, or without an endpoint in a surviving region', () => {
    const noRegional = withTemplate('Atlas', (r) => { for (const [id] of ofType(r, 'MongoDB::Atlas::PrivateEndPointRegionalMode')) delete r[id]; });
    expect(failoverProblems(failoverModel(noRegional))).toContainEqual(expect.stringMatching(/^losing us-east-1: eu-west-1 cannot serve healthcare-service reads and writes of EU data: no regionalized private endpoints/));
    const noEndpoint = withTemplate('Region-eu-west-1', (r) => { for (const [id] of ofType(r, 'MongoDB::Atlas::PrivateEndpointAWS')) delete r[id]; });
    expect(failoverProblems(failoverModel(noEndpoint))).toContainEqual(expect.stringMatching(/^losing us-east-1: eu-west-1 cannot .*: no Atlas private endpoint in eu-west-1/));
  });

  test('fails when the accelerator has no endpoint group for a surviving region, its secret or its topic is missing, or the service does not run there', () => {
    const noGroup = withTemplate('Global', (r) => { for (const [id, g] of ofType(r, 'AWS::GlobalAccelerator::EndpointGroup')) if (g.Properties.EndpointGroupRegion === 'eu-west-1') delete r[id]; });
    expect(failoverProblems(failoverModel(noGroup))).toContainEqual(expect.stringMatching(/^losing us-east-1: eu-west-1 .*Global Accelerator has no endpoint group in eu-west-1/));
    const noSecret = withTemplate('Region-eu-west-1', (r) => { for (const [id, s] of ofType(r, 'AWS::SecretsManager::Secret')) if (/db-connection-string/.test(s.Properties.Name)) delete r[id]; });
    expect(failoverProblems(failoverModel(noSecret))).toContainEqual(expect.stringMatching(/no automatedai\/prod\/healthcare-service\/db-connection-string secret in eu-west-1/));
    const noTopic = withTemplate('Region-eu-west-1', (r) => { for (const [id, t] of ofType(r, 'AWS::MSK::Topic')) if (t.Properties.TopicName === 'patient-events') delete r[id]; });
    expect(failoverProblems(failoverModel(noTopic))).toContainEqual(expect.stringMatching(/^losing us-east-1: eu-west-1 cannot serve healthcare-service writes of EU data: topic patient-events, which healthcare-service produces, is not in eu-west-1/));
    const notRunning: FailoverInput = { ...input, clusters: clusters.map((c) => (c.region === 'eu-west-1' ? { ...c, objects: c.objects.filter((o) => o.kind !== 'Deployment') } : c)) };
    expect(failoverProblems(failoverModel(notRunning))).toContainEqual(expect.stringMatching(/healthcare-service does not run in eu-west-1's cluster/));
  });

  test('fails when a store of record has no backup (Aurora without automated backups or a plan; Atlas with backup off)', () => {
    const noAurora = withTemplate('Ml-eu-west-1', (r) => {
      for (const [, db] of ofType(r, 'AWS::RDS::DBCluster')) delete db.Properties.BackupRetentionPeriod;
      for (const [id] of ofType(r, 'AWS::Backup::BackupPlan')) delete r[id];
    });
    expect(failoverProblems(failoverModel(noAurora))).toContainEqual('MLflow database (eu-west-1) is a store of record with no backup (Ml-eu-west-1/MlflowClusterADC1CC79)');
    const noAtlas = withTemplate('Atlas', (r) => { atlasCluster(r).BackupEnabled = false; });
    expect(failoverProblems(failoverModel(noAtlas))).toContainEqual(expect.stringMatching(/^Atlas cluster is a store of record with no backup \(Atlas\/Cluster/));
  });

  test('and the config rejects such layouts before synth, one line naming the field', () => {
    const data = () => YAML.parse(fs.readFileSync(path.join(ROOT, 'config', 'prod.yaml'), 'utf8'));
    const noBackup = data();
    noBackup.ml.mlflow.database.backupRetentionDays = 0;
    expect(problemsOf(noBackup)).toEqual(['ml.mlflow.database.backupRetentionDays: must be between 1 and 35 days']);
    const noSnapshots = data();
    noSnapshots.atlas.backup.daily.retentionDays = 0;
    expect(problemsOf(noSnapshots).length).toBeGreaterThan(0);
    for (const line of problemsOf(noSnapshots)) expect(line).toMatch(/^atlas\.backup\.daily\.retentionDays: /);
    const oneRegionZone = data();
    oneRegionZone.atlas.regions[0].electableNodes = 3;
    oneRegionZone.atlas.regions[1].electableNodes = 1;
    expect(problemsOf(oneRegionZone)).toEqual([expect.stringMatching(/^atlas\.zones\[0\]: zone 'US' loses its majority when us-east-1 is lost: 3 of its 5 electable nodes/)]);
  });
});
