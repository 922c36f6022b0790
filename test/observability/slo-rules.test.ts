/**
 * The SLO rules: their shape (windows, thresholds, objectives from config) in TypeScript, then
 * `promtool check rules` and `promtool test rules` on the rendered groups, with unit tests that
 * show every burn-rate alert fire on a burning series and stay quiet on a healthy one.
 *
 * promtool comes from the Debian package `prometheus` (`.ci/run` installs it). Without it the
 * promtool tests are skipped with a message locally, and fail in CI (`CI` set).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  BURN_RATE_WINDOWS,
  SLIS,
  SLO_WINDOWS,
  Sli,
  burnAlert,
  burnAlertName,
  errorBudget,
  errorRatioRecord,
  istioSelector,
  serviceSloGroup,
  sloRuleGroups,
  sloTargets,
} from '../../lib/observability/slo';
import { shipped, variant } from '../services/fixtures';
import { ExpectedAlert, InputSeries, RuleUnitTest, counterValues, findPromtool, promtool, runRuleTests, writeRuleFile } from './promtool';

const prod = shipped('prod');
const groups = sloRuleGroups(prod);
const healthcare = sloTargets(prod).find((t) => t.name === 'healthcare-service')!;

describe('SLO rule groups (GIVEN the prod config)', () => {
  test('WHEN rendered THEN every service gets one group: 7 error-ratio windows per SLI, then 4 burn-rate alerts per SLI', () => {
    // Services, then served models (ml.models): the same SLO machinery, the predictors' sidecars as the SLI.
    expect(groups.map((g) => g.name)).toEqual(['slo-healthcare-service', 'slo-iot-service', 'slo-device-anomaly']);
    for (const group of groups) {
      const records = group.rules.filter((r) => r.record);
      const alerts = group.rules.filter((r) => r.alert);
      expect(records.map((r) => `${r.labels!.slo}:${r.record}`)).toEqual(
        SLIS.flatMap((sli) => SLO_WINDOWS.map((w) => `${sli}:${errorRatioRecord(w)}`)),
      );
      expect(alerts).toHaveLength(SLIS.length * BURN_RATE_WINDOWS.length);
      // Alerts after the recordings: a group evaluates in order, so alerts see this cycle's ratios.
      expect(group.rules.findIndex((r) => r.alert)).toBe(records.length);
      expect(group.interval).toBe('1m');
    }
  });

  test('WHEN rendered THEN the windows, burn rates and severities are the SRE workbook pairs', () => {
    expect(BURN_RATE_WINDOWS.map((w) => [w.long, w.short, w.factor, w.severity])).toEqual([
      ['1h', '5m', 14.4, 'page'],
      ['6h', '30m', 6, 'page'],
      ['1d', '2h', 3, 'ticket'],
      ['3d', '6h', 1, 'ticket'],
    ]);
    // Each factor spends the stated share of a 30-day budget in the long window.
    for (const w of BURN_RATE_WINDOWS) {
      const hours = { '1h': 1, '6h': 6, '1d': 24, '3d': 72 }[w.long]!;
      expect(Math.round(((w.factor * hours) / (30 * 24)) * 1000) / 10).toBe(w.budgetSpentPercent);
    }
  });

  test('WHEN rendered THEN thresholds are burn rate × error budget of the seed KPIs (99.95 %, p95 < 100 ms)', () => {
    const alerts = serviceSloGroup(healthcare).rules.filter((r) => r.alert);
    expect(alerts.filter((a) => a.labels!.slo === 'availability').map((a) => a.expr.split('\n')[0])).toEqual([
      'slo:sli_error:ratio_rate1h{service="healthcare-service",slo="availability"} > (14.4 * 0.0005)',
      'slo:sli_error:ratio_rate6h{service="healthcare-service",slo="availability"} > (6 * 0.0005)',
      'slo:sli_error:ratio_rate1d{service="healthcare-service",slo="availability"} > (3 * 0.0005)',
      'slo:sli_error:ratio_rate3d{service="healthcare-service",slo="availability"} > (1 * 0.0005)',
    ]);
    expect(alerts.find((a) => a.labels!.slo === 'latency')!.expr).toContain('> (14.4 * 0.05)');
    const latency1h = serviceSloGroup(healthcare).rules.find((r) => r.record === errorRatioRecord('1h') && r.labels!.slo === 'latency')!;
    expect(latency1h.expr).toContain('le=~"100(\\\\.0)?"');
  });

  test('WHEN a service overrides its objectives THEN only its rules change', () => {
    const config = variant('prod', (d) => {
      d.observability.slos.services = { 'iot-service': { availabilityPercent: 99.9, latencyThresholdMs: 0.5, latencyPercent: 99 } };
    });
    const [hc, iot] = sloTargets(config);
    expect(hc.slo).toEqual({ availabilityPercent: 99.95, latencyThresholdMs: 100, latencyPercent: 95 });
    expect(iot.slo).toEqual({ availabilityPercent: 99.9, latencyThresholdMs: 0.5, latencyPercent: 99 });
    expect(errorBudget(iot.slo, 'availability')).toBe(0.001);
    expect(errorBudget(iot.slo, 'latency')).toBe(0.01);
    const iotRules = serviceSloGroup(iot).rules;
    expect(iotRules.find((r) => r.record && r.labels!.slo === 'latency')!.expr).toContain('le="0.5"');
    expect(iotRules.find((r) => r.alert && r.labels!.slo === 'availability')!.expr).toContain('(14.4 * 0.001)');
  });

  test('WHEN rendered THEN the SLIs are the service\'s own sidecar metrics, server side', () => {
    expect(istioSelector({ name: 'iot-service' })).toBe(
      'reporter="destination",destination_service_namespace="iot-service",destination_service_name="iot-service"',
    );
    const availability = groups[1].rules[0].expr;
    expect(availability).toContain('response_code=~"5.."');
    expect(availability).toContain('or vector(0)');
  });
});

// ---------------------------------------------------------------------------------------------
// promtool

const PROMTOOL = findPromtool();
const PROMTOOL_MISSING =
  'promtool is not installed (Debian package `prometheus`: apt-get install -y prometheus); ' +
  'the SLO rules were NOT checked by promtool. CI installs it and fails without it.';

if (!PROMTOOL && !process.env.CI) {
   
  console.warn(`test/observability/slo-rules.test.ts: ${PROMTOOL_MISSING}`);
}

/** Requests per minute of the synthetic traffic. */
const RPM = 10_000;

/** Istio request counters of healthcare-service: `errorRatio` of each minute's requests answer 503. */
function availabilitySeries(stretches: ReadonlyArray<readonly [errorRatio: number, minutes: number]>): InputSeries[] {
  const sel = istioSelector(healthcare);
  return [
    { series: `istio_requests_total{${sel},response_code="200"}`, values: counterValues(stretches.map(([r, m]) => [Math.round(RPM * (1 - r)), m])) },
    { series: `istio_requests_total{${sel},response_code="503"}`, values: counterValues(stretches.map(([r, m]) => [Math.round(RPM * r), m])) },
  ];
}

/** Istio duration histogram of healthcare-service: `slowRatio` of each minute's requests take longer than 100 ms. */
function latencySeries(stretches: ReadonlyArray<readonly [slowRatio: number, minutes: number]>): InputSeries[] {
  const sel = istioSelector(healthcare);
  return [
    { series: `istio_request_duration_milliseconds_bucket{${sel},le="100"}`, values: counterValues(stretches.map(([r, m]) => [Math.round(RPM * (1 - r)), m])) },
    { series: `istio_request_duration_milliseconds_bucket{${sel},le="+Inf"}`, values: counterValues(stretches.map(([, m]) => [RPM, m])) },
    { series: `istio_request_duration_milliseconds_count{${sel}}`, values: counterValues(stretches.map(([, m]) => [RPM, m])) },
  ];
}

/** The alerts promtool must see firing for `sli` of healthcare-service on these window pairs (by long window). */
function firing(sli: Sli, longWindows: readonly string[]): ExpectedAlert[] {
  return BURN_RATE_WINDOWS.filter((w) => longWindows.includes(w.long)).map((w) => {
    const rule = burnAlert(healthcare, sli, w);
    return { exp_labels: { ...rule.labels! }, exp_annotations: { ...rule.annotations! } };
  });
}

/** A constant burn for 75 minutes, evaluated at 70 minutes (every window has data). */
function constantBurn(sli: Sli, ratio: number, longWindows: readonly string[], name: string): RuleUnitTest {
  const series = sli === 'availability' ? availabilitySeries([[ratio, 75]]) : latencySeries([[ratio, 75]]);
  return { name, input_series: series, eval_time: '70m', alertname: burnAlertName(sli), exp_alerts: firing(sli, longWindows) };
}

/**
 * Scenarios per SLI: a bad-event ratio just above each burn threshold fires that alert and the
 * slower ones, not the faster ones; a healthy ratio fires nothing. Availability budget 0.05 %:
 * thresholds 0.72 % / 0.3 % / 0.15 % / 0.05 %. Latency budget 5 %: 72 % / 30 % / 15 % / 5 %.
 */
const SCENARIOS: RuleUnitTest[] = [
  constantBurn('availability', 0.0001, [], 'availability healthy (0.01 % errors): quiet'),
  constantBurn('availability', 0.001, ['3d'], 'availability 0.1 % errors (2x): 3d/6h ticket fires, nothing faster'),
  constantBurn('availability', 0.002, ['1d', '3d'], 'availability 0.2 % errors (4x): 1d/2h ticket fires, no page'),
  constantBurn('availability', 0.005, ['6h', '1d', '3d'], 'availability 0.5 % errors (10x): 6h/30m page fires, not the 1h/5m one'),
  constantBurn('availability', 0.01, ['1h', '6h', '1d', '3d'], 'availability 1 % errors (20x): 1h/5m page fires'),
  constantBurn('latency', 0.01, [], 'latency healthy (1 % slower than 100 ms): quiet'),
  constantBurn('latency', 0.1, ['3d'], 'latency 10 % slow (2x): 3d/6h ticket fires, nothing faster'),
  constantBurn('latency', 0.2, ['1d', '3d'], 'latency 20 % slow (4x): 1d/2h ticket fires, no page'),
  constantBurn('latency', 0.5, ['6h', '1d', '3d'], 'latency 50 % slow (10x): 6h/30m page fires, not the 1h/5m one'),
  constantBurn('latency', 0.8, ['1h', '6h', '1d', '3d'], 'latency 80 % slow (16x): 1h/5m page fires'),
  {
    name: 'no traffic at all: quiet (0/0 is no alert)',
    input_series: availabilitySeries([[0, 75]]).map((s) => ({ ...s, values: counterValues([[0, 75]]) })),
    eval_time: '70m',
    alertname: burnAlertName('availability'),
    exp_alerts: [],
  },
  {
    // A one-minute blip of 5 % errors: the 5-minute ratio (1 %) alone would page, the 1-hour one
    // (0.08 %) says the budget is fine.
    name: 'availability one-minute blip after two healthy hours: the long windows keep it quiet',
    input_series: availabilitySeries([[0, 120], [0.05, 1], [0, 5]]),
    eval_time: '123m',
    alertname: burnAlertName('availability'),
    exp_alerts: [],
  },
  {
    // Two hours at 1 %, then ten clean minutes: the 5-minute window is clean, so the 1h/5m page
    // has stopped although the last hour as a whole is still far over budget.
    name: 'availability burn stopped ten minutes ago: the 1h/5m page resolves, the slower ones still fire',
    input_series: availabilitySeries([[0.01, 120], [0, 10]]),
    eval_time: '130m',
    alertname: burnAlertName('availability'),
    exp_alerts: firing('availability', ['6h', '1d', '3d']),
  },
];

const describePromtool = PROMTOOL ? describe : process.env.CI ? describe : describe.skip;

describePromtool('promtool (GIVEN the prod SLO rules written to a rule file)', () => {
  let dir: string;
  /** One `promtool test rules` run of every scenario (one process, rules parsed once). */
  let run: { status: number | null; output: string; failed: string[] };
  beforeAll(() => {
    if (!PROMTOOL) return;
    dir = writeRuleFile(groups);
    // The scenarios feed healthcare-service only: evaluate its group alone, twice as fast.
    const scenarioDir = writeRuleFile(groups.filter((g) => g.name === `slo-${healthcare.name}`));
    const result = runRuleTests(scenarioDir, 'scenarios.yaml', SCENARIOS);
    run = { ...result, failed: [...result.output.matchAll(/^\s+name: (.*),$/gm)].map((m) => m[1]) };
  });

  test('promtool is installed (CI fails here when it is not)', () => {
    if (!PROMTOOL) throw new Error(PROMTOOL_MISSING);
  });

  test('WHEN checked THEN `promtool check rules` accepts every group', () => {
    const result = promtool(['check', 'rules', 'rules.yaml'], dir);
    expect(result.output).toContain(`SUCCESS: ${groups.reduce((n, g) => n + g.rules.length, 0)} rules found`);
    expect(result.status).toBe(0);
  });

  test.each(SCENARIOS.map((s) => s.name))('WHEN unit-tested: %s', (name) => {
    if (run.failed.includes(name)) throw new Error(`promtool test rules failed:\n${run.output}`);
    expect(run.output).toContain('Unit Testing:');
  });

  test('WHEN every scenario ran THEN `promtool test rules` succeeded as a whole', () => {
    expect([run.status, run.failed]).toEqual([0, []]);
    expect(run.output).toContain('SUCCESS');
  });

  test('WHEN an expectation is wrong THEN `promtool test rules` fails and names the test (the harness can fail)', () => {
    const wrong = { ...SCENARIOS[4], name: 'expects silence during a 20x burn', exp_alerts: [] };
    const result = runRuleTests(dir, 'test-wrong.yaml', [wrong]);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/FAILED:\s+name: expects silence during a 20x burn,/);
  });

  test('WHEN a rule is broken THEN `promtool check rules` fails', () => {
    fs.writeFileSync(path.join(dir, 'broken.yaml'), 'groups:\n  - name: broken\n    rules:\n      - record: x\n        expr: sum(rate(foo[5m])\n');
    const result = promtool(['check', 'rules', 'broken.yaml'], dir);
    expect(result.status).not.toBe(0);
  });
});

if (!PROMTOOL && !process.env.CI) {
  test.skip(`promtool tests skipped: ${PROMTOOL_MISSING}`, () => undefined);
}
