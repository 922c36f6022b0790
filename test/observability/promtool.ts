/**
 * Runs `promtool` (Debian package `prometheus`) on rendered rule groups: `check rules` and
 * `test rules` with unit tests built here. Tests read the environment (`CI`), lib/ never does.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as YAML from 'yaml';
import { PromRuleGroup, ruleFileData } from '../../lib/observability/slo';

/** The promtool binary, or undefined when it is not on the PATH. */
export function findPromtool(): string | undefined {
  const result = spawnSync('promtool', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? 'promtool' : undefined;
}

/** What a promtool run printed and how it ended. */
export interface PromtoolResult {
  readonly status: number | null;
  readonly output: string;
}

/** Runs promtool with `args` in `cwd`. */
export function promtool(args: readonly string[], cwd: string): PromtoolResult {
  const result = spawnSync('promtool', [...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

/** A fresh directory holding `rules.yaml` with `groups`. */
export function writeRuleFile(groups: readonly PromRuleGroup[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slo-rules-'));
  fs.writeFileSync(path.join(dir, 'rules.yaml'), YAML.stringify(ruleFileData(groups)));
  return dir;
}

/** One stretch of a counter: it grows by `perMinute` every minute for `minutes` minutes. */
export type Stretch = readonly [perMinute: number, minutes: number];

/**
 * promtool's expanding notation for a counter sampled every minute, starting at 0 and growing as
 * the stretches say: `[[10, 60], [0, 5]]` → `0 10+10x59 600+0x4`.
 */
export function counterValues(stretches: readonly Stretch[]): string {
  const parts = ['0'];
  let value = 0;
  for (const [perMinute, minutes] of stretches) {
    if (minutes <= 0) continue;
    const first = value + perMinute;
    parts.push(`${first}+${perMinute}x${minutes - 1}`);
    value += perMinute * minutes;
  }
  return parts.join(' ');
}

/** A series in promtool's input format. */
export interface InputSeries {
  readonly series: string;
  readonly values: string;
}

/** An expected firing alert. */
export interface ExpectedAlert {
  readonly exp_labels: Record<string, string>;
  readonly exp_annotations: Record<string, string>;
}

/** One promtool unit test: input series and, at one time, the alerts of one name that must fire (none: quiet). */
export interface RuleUnitTest {
  readonly name: string;
  readonly input_series: readonly InputSeries[];
  readonly eval_time: string;
  readonly alertname: string;
  readonly exp_alerts: readonly ExpectedAlert[];
}

/** Writes a unit-test file for `tests` next to `rules.yaml` in `dir` and runs `promtool test rules` on it. */
export function runRuleTests(dir: string, file: string, tests: readonly RuleUnitTest[]): PromtoolResult {
  const doc = {
    rule_files: ['rules.yaml'],
    evaluation_interval: '1m',
    tests: tests.map((t) => ({
      name: t.name,
      interval: '1m',
      input_series: t.input_series,
      alert_rule_test: [{ eval_time: t.eval_time, alertname: t.alertname, exp_alerts: t.exp_alerts }],
    })),
  };
  fs.writeFileSync(path.join(dir, file), YAML.stringify(doc));
  return promtool(['test', 'rules', file], dir);
}

/**
 * `test` when promtool is installed or in CI (where a missing promtool must fail the test), else
 * `test.skip`: for single promtool checks outside the SLO suite, which says why it skips.
 */
export const promtoolTest: jest.It = findPromtool() || process.env.CI ? test : test.skip;
