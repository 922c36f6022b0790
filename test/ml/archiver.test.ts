import { COMPATIBLE_AVRO_TYPES, archiveTopics, readRepoSchema, resolveField } from '../../lib/ml/features';
import { FEATURE_ARCHIVER_NAME, PlatformConfig } from '../../lib/config';
import { manifestsOf } from '../helpers/manifests';
import { renderEnv, shippedConfig, synthEnv } from '../helpers/synth';

/** Problems of each archived column against its topic's Avro schema (field exists, type fits). */
function columnProblems(config: PlatformConfig): string[] {
  return archiveTopics(config, config.hubRegion).flatMap((t) => {
    const topic = config.kafka.topics.find((k) => k.name === t.topic)!;
    const schema = readRepoSchema(topic.valueSchema!);
    return t.columns.flatMap((c) => {
      const resolved = resolveField(schema, c.field);
      if ('problem' in resolved) return [`${t.topic}.${c.name}: ${resolved.problem}`];
      return COMPATIBLE_AVRO_TYPES[c.type].includes(resolved.type) ? [] : [`${t.topic}.${c.name}: ${c.type} cannot hold ${resolved.type}`];
    });
  });
}

describe('the feature archiver (Kafka → parquet in the offline store)', () => {
  const prod = shippedConfig('prod');
  const files = renderEnv('prod');
  const objects = (folder: string): any[] => manifestsOf(files.filter((f) => f.path.startsWith(`k8s/prod/${folder}/`)));

  test('GIVEN the columns it writes THEN each names a field of the topic\'s Avro schema with a type its Feast type holds, starting with the join key and event time', () => {
    const [topic] = archiveTopics(prod, prod.hubRegion);
    expect(topic.topic).toBe('device-metrics-5min');
    expect(topic.path).toMatch(/^s3:\/\/automatedai-prod-ml-features-us-east-1\/offline\/device-metrics-5min\/$/);
    expect(topic.columns.slice(0, 2).map((c) => c.type)).toEqual(['String', 'UnixTimestamp']);
    expect(topic.columns.length).toBeGreaterThan(2);
    expect(columnProblems(prod)).toEqual([]);
  });

  test('GIVEN a feature renamed away from the schema THEN the column check names it', () => {
    const broken = structuredClone(prod) as any;
    broken.ml.featureStore.featureViews[0].features[0].field = 'metrics[heart_rate].median';
    expect(columnProblems(broken)).toEqual([expect.stringMatching(/^device-metrics-5min\.\w+: 'median' is not a field of the elements of 'metrics'/)]);
  });

  test('GIVEN the clusters THEN the CronJob runs on the hub only, as its own service account, with its Kafka Secret, under restricted Pod Security', () => {
    const cron = objects('us-east-1').find((m) => m.kind === 'CronJob' && m.metadata.name === FEATURE_ARCHIVER_NAME);
    expect(objects('eu-west-1').filter((m) => m.kind === 'CronJob' && m.metadata.name === FEATURE_ARCHIVER_NAME)).toEqual([]);
    const pod = cron.spec.jobTemplate.spec.template.spec;
    expect(pod.serviceAccountName).toBe(FEATURE_ARCHIVER_NAME);
    expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, seccompProfile: { type: 'RuntimeDefault' } });
    const [container] = pod.containers;
    expect(container.envFrom).toEqual(expect.arrayContaining([{ secretRef: { name: `${FEATURE_ARCHIVER_NAME}-kafka` } }]));
    expect(container.securityContext).toMatchObject({ allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { drop: ['ALL'] } });
    expect(container.resources.requests).toBeDefined();
  });

  test('GIVEN the hub\'s ML stack THEN the archiver may only put objects under its topic\'s offline prefix, and no other role may write there', () => {
    const template = synthEnv('prod').template('Ml-us-east-1').toJSON();
    const statements = Object.values(template.Resources as Record<string, any>)
      .filter((r) => r.Type === 'AWS::IAM::ManagedPolicy' || r.Type === 'AWS::IAM::Policy')
      .flatMap((r) => r.Properties.PolicyDocument.Statement.map((s: any) => ({ roles: JSON.stringify(r.Properties.Roles), ...s })))
      .filter((s) => JSON.stringify(s.Resource).includes('/offline/'));
    const writers = statements.filter((s) => [s.Action].flat().some((a: string) => /Put|Delete/.test(a)));
    expect(writers.map((s) => [s.roles, [s.Action].flat().sort(), s.Resource])).toEqual([
      ['["automatedai-prod-us-east-1-feature-archiver"]', ['s3:AbortMultipartUpload', 's3:PutObject'], 'arn:aws:s3:::automatedai-prod-ml-features-us-east-1/offline/device-metrics-5min/*'],
    ]);
  });
});
