import * as fs from 'fs';
import * as path from 'path';
import * as YAML from 'yaml';
import { ISTIO_DURATION_BUCKETS_MS, durationHours, parseConfig, serviceSlo } from '../../lib/config';
import { ROOT } from '../helpers/synth';
import { problemsOf } from './problems';

/** A shipped config as a plain object, to mutate per case. */
function data(env: 'prod' | 'dev' = 'prod'): any {
  return YAML.parse(fs.readFileSync(path.join(ROOT, 'config', `${env}.yaml`), 'utf8'));
}


describe('observability config', () => {
  test('GIVEN prod WHEN parsed THEN the seed KPIs, 2 Prometheus replicas, OpenSearch traces and a budget are configured', () => {
    const o = parseConfig(data()).observability;
    expect(o.slos).toMatchObject({ availabilityPercent: 99.95, latencyThresholdMs: 100, latencyPercent: 95 });
    expect(o.prometheus).toMatchObject({ replicas: 2, retention: '7d' });
    expect(o.tracing.store).toBe('opensearch');
    expect(o.budget).toEqual({ monthlyUsd: 25000, actualPercents: [80, 100], forecastPercent: 100 });
    expect(o.featureFlags.deploymentMinutes + o.featureFlags.bakeMinutes).toBeLessThanOrEqual(5);
  });

  test('GIVEN both shipped configs WHEN parsed THEN the Jaeger operator is pinned and installed into the tracing namespace', () => {
    for (const env of ['prod', 'dev'] as const) {
      const c = parseConfig(data(env));
      expect(c.gitops.operators.jaegerOperator).toEqual({
        repoURL: 'https://jaegertracing.github.io/helm-charts',
        chart: 'jaeger-operator',
        version: '2.58.0',
        namespace: c.observability.tracing.namespace,
      });
    }
  });

  test('GIVEN no observability section WHEN parsed THEN every default is filled (and no budget)', () => {
    const d = data();
    delete d.observability;
    for (const s of d.services) delete s.featureFlags; // no flags by default, so no readers either
    const o = parseConfig(d).observability;
    expect(o.prometheus).toEqual({
      replicas: 2,
      retention: '7d',
      scrapeInterval: '30s',
      storage: { sizeGi: 20 },
      resources: { requests: { cpu: '500m', memory: '2Gi' }, limits: { cpu: '2', memory: '4Gi' } },
    });
    expect(o.amp).toEqual({ retentionDays: 150 });
    expect(o.tracing).toMatchObject({ namespace: 'tracing', store: 'memory', retentionDays: 7, collectorReplicas: 2 });
    expect(o.slos).toEqual({ availabilityPercent: 99.95, latencyThresholdMs: 100, latencyPercent: 95, services: {} });
    expect(o.alerting.page).toEqual({ groupWait: '30s', groupInterval: '5m', repeatInterval: '1h', subscriptions: [] });
    expect(o.alerting.ticket).toEqual({ groupWait: '5m', groupInterval: '30m', repeatInterval: '12h', subscriptions: [] });
    // the canary path defaults to the first ingress service's health route
    expect(o.synthetics).toEqual({ path: '/api/healthcare/health', rateMinutes: 1, failedRunsToAlarm: 2, artifactRetentionDays: 30 });
    expect(o.featureFlags).toEqual({ deploymentMinutes: 3, bakeMinutes: 2, growthFactorPercent: 20, agentImage: 'public.ecr.aws/aws-appconfig/aws-appconfig-agent:2.x', flags: {} });
    expect(o.monitors).toEqual({ kafka: true, kserve: true });
    expect(o.budget).toBeUndefined();
  });

  test('GIVEN a partial section WHEN parsed THEN the values set are kept and only the rest defaulted', () => {
    const d = data();
    d.observability = { prometheus: { replicas: 3 }, slos: { services: { 'iot-service': { latencyThresholdMs: 250 } } }, featureFlags: { flags: { 'triage-model-v2': { enabled: false } } } };
    const config = parseConfig(d);
    expect(config.observability.prometheus).toMatchObject({ replicas: 3, retention: '7d' });
    expect(serviceSlo(config.observability, 'iot-service')).toEqual({ availabilityPercent: 99.95, latencyThresholdMs: 250, latencyPercent: 95 });
    expect(serviceSlo(config.observability, 'healthcare-service').latencyThresholdMs).toBe(100);
  });

  test('durations convert to hours; anything else is NaN', () => {
    expect([durationHours('30s'), durationHours('90m'), durationHours('3d'), durationHours('2w')]).toEqual([1 / 120, 1.5, 72, 336]);
    expect(durationHours('3 days')).toBeNaN();
    expect(ISTIO_DURATION_BUCKETS_MS).toContain(100);
  });
});

describe('malformed observability sections are rejected with the field path', () => {
  const o = (d: any) => d.observability;
  const cases: Array<[string, (d: any) => void, RegExp]> = [
    ['fails when the latency threshold is not an Istio bucket bound', (d) => (o(d).slos.latencyThresholdMs = 120),
      /^observability\.slos\.latencyThresholdMs: 120 is not a bucket bound of Istio's request-duration histogram \(allowed: 0\.5, 1, 5, 10, 25, 50, 100, 250/],
    ['fails when the availability objective is 100 %', (d) => (o(d).slos.availabilityPercent = 100),
      /^observability\.slos\.availabilityPercent: must be below 100: a 100 % objective has no error budget to burn/],
    ['fails when the latency objective is 100 %', (d) => (o(d).slos.latencyPercent = 100),
      /^observability\.slos\.latencyPercent: must be below 100/],
    ['fails when an SLO override names no service', (d) => (o(d).slos.services = { billing: { availabilityPercent: 99 } }),
      /^observability\.slos\.services\.billing: 'billing' is not a service \(allowed: healthcare-service, iot-service\)/],
    ['fails when an SLO override\'s threshold is not a bucket bound', (d) => (o(d).slos.services = { 'iot-service': { latencyThresholdMs: 99 } }),
      /^observability\.slos\.services\.iot-service\.latencyThresholdMs: 99 is not a bucket bound/],
    ['fails when an SLO override\'s objective is out of range', (d) => (o(d).slos.services = { 'iot-service': { availabilityPercent: 100 } }),
      /^observability\.slos\.services\.iot-service\.availabilityPercent: must be above 0 and below 100 .*got 100/],
    ['fails when an SLO override has an unknown key', (d) => (o(d).slos.services = { 'iot-service': { p95: 100 } }),
      /^observability\.slos\.services\.iot-service: unknown key 'p95' \(allowed: availabilityPercent, latencyThresholdMs, latencyPercent\)/],
    ['fails when Prometheus keeps less than the 3d SLO window', (d) => (o(d).prometheus.retention = '2d'),
      /^observability\.prometheus\.retention: 2d is shorter than the longest SLO alert window \(3d\)/],
    ['fails when the retention is not a duration', (d) => (o(d).prometheus.retention = '7 days'),
      /^observability\.prometheus\.retention: must be a duration such as '30s', '5m', '12h' or '15d'/],
    ['fails when Prometheus has no replica', (d) => (o(d).prometheus.replicas = 0),
      /^observability\.prometheus\.replicas: /],
    ['fails when a flag rollout takes more than 5 minutes', (d) => (o(d).featureFlags.bakeMinutes = 3),
      /^observability\.featureFlags: deploymentMinutes \+ bakeMinutes must be at most 5 .*got 3 \+ 3 = 6/],
    ['fails when a flag key is malformed', (d) => (o(d).featureFlags.flags = { 'Bad Flag': { enabled: true } }),
      /^observability\.featureFlags\.flags\.Bad Flag: must start with a lower-case letter/],
    ['fails when a flag has no value', (d) => (o(d).featureFlags.flags = { beta: {} }),
      /^observability\.featureFlags\.flags\.beta\.enabled: required \(expected boolean\)/],
    ['fails when a service reads a flag that is not configured', (d) => (d.services[1].featureFlags = ['dark-mode']),
      /^services\[1\]\.featureFlags\[0\]: 'dark-mode' is not a flag of observability\.featureFlags\.flags \(allowed: triage-model-v2\)$/],
    ['fails when a service lists a flag twice', (d) => (d.services[0].featureFlags = ['triage-model-v2', 'triage-model-v2']),
      /^services\[0\]\.featureFlags\[1\]: 'triage-model-v2' is listed twice$/],
    ['fails when no service reads a flag', (d) => (o(d).featureFlags.flags['fast-path'] = { enabled: true }),
      /^observability\.featureFlags\.flags\.fast-path: no service reads 'fast-path': list it in the featureFlags of the services that read it \(services: healthcare-service, iot-service\)$/],
    ['fails when the agent image uses latest', (d) => (o(d).featureFlags.agentImage = 'public.ecr.aws/aws-appconfig/aws-appconfig-agent:latest'),
      /^observability\.featureFlags\.agentImage: must not use the 'latest' tag/],
    ['fails when an email subscription is not an address', (d) => (o(d).alerting.page.subscriptions = [{ protocol: 'email', endpoint: 'oncall' }]),
      /^observability\.alerting\.page\.subscriptions\[0\]\.endpoint: 'oncall' is not an email address \(protocol is email\)/],
    ['fails when an https subscription is not an https URL', (d) => (o(d).alerting.ticket.subscriptions = [{ protocol: 'https', endpoint: 'http://hooks.example.com/x' }]),
      /^observability\.alerting\.ticket\.subscriptions\[0\]\.endpoint: 'http:\/\/hooks\.example\.com\/x' is not an https:\/\/ URL/],
    ['fails when a subscription protocol is unsupported', (d) => (o(d).alerting.page.subscriptions = [{ protocol: 'sms', endpoint: '+15555550100' }]),
      /^observability\.alerting\.page\.subscriptions\[0\]\.protocol: Invalid option: expected one of "email"\|"https"/],
    ['fails when the tracing store is unknown', (d) => (o(d).tracing.store = 'cassandra'),
      /^observability\.tracing\.store: Invalid option: expected one of "memory"\|"opensearch"/],
    ['fails when OpenSearch data nodes do not fill the zones evenly', (d) => (o(d).tracing.openSearch.dataNodes = 4),
      /^observability\.tracing\.openSearch\.dataNodes: must be a multiple of the 3 availability zones OpenSearch spreads over in regions\[0\] \(us-east-1\), got 4/],
    ['fails when the dedicated masters cannot form a quorum', (d) => (o(d).tracing.openSearch.dedicatedMasterNodes = 2),
      /^observability\.tracing\.openSearch\.dedicatedMasterNodes: /],
    ['fails when the budget is not positive', (d) => (o(d).budget.monthlyUsd = 0),
      /^observability\.budget\.monthlyUsd: /],
    ['fails when a budget threshold is listed twice', (d) => (o(d).budget.actualPercents = [80, 80]),
      /^observability\.budget\.actualPercents\[1\]: 80 is listed twice/],
    ['fails when the budget has no amount', (d) => (o(d).budget = { forecastPercent: 90 }),
      /^observability\.budget\.monthlyUsd: required \(expected number\)/],
    ['fails when the canary runs less than hourly', (d) => (o(d).synthetics.rateMinutes = 120),
      /^observability\.synthetics\.rateMinutes: /],
    ['fails when the canary path is relative', (d) => (o(d).synthetics.path = 'health'),
      /^observability\.synthetics\.path: must start with '\/'/],
    ['fails when the canary path has no route through the ingress gateway', (d) => (o(d).synthetics.path = '/health'),
      /^observability\.synthetics\.path: '\/health' has no route through the ingress gateway; the canary would fail forever \(allowed: \/api\/healthcare\/health, \/api\/iot\/health\)$/],
    ['fails when no service has an ingress route for the canary', (d) => { for (const s of d.services) delete s.ingressPathPrefix; delete o(d).synthetics.path; },
      /^observability\.synthetics\.path: no service has an ingressPathPrefix/],
    ['fails when the section has an unknown key', (d) => (o(d).grafana = {}),
      /^observability: unknown key 'grafana' \(allowed: prometheus, amp, tracing, slos, alerting, synthetics, featureFlags, monitors, budget\)/],
    ['fails when the Jaeger operator is not in the tracing namespace (it watches only its own)', (d) => (d.gitops.operators.jaegerOperator.namespace = 'jaeger-operator'),
      /^gitops\.operators\.jaegerOperator\.namespace: must be the tracing namespace 'tracing' \(observability\.tracing\.namespace\): the operator only watches its own namespace, got 'jaeger-operator'$/],
    ['fails when the tracing namespace moves without the Jaeger operator', (d) => (o(d).tracing.namespace = 'traces'),
      /^gitops\.operators\.jaegerOperator\.namespace: must be the tracing namespace 'traces'/],
  ];

  test.each(cases)('%s', (_name, mutate, expected) => {
    const d = data();
    mutate(d);
    const problems = problemsOf(d);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(expected)]));
  });
});
