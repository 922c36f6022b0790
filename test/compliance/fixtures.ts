/**
 * Independent oracles for the compliance tests: the packs' rule registrations read from
 * cdk-nag's pack sources, a rule × resource count computed from them with cdk-nag's exported
 * `rules`, the SARIF 2.1.0 schema (shipped by @microsoft/jest-sarif, checked offline), and a
 * headless Chromium that dumps a page's DOM after its scripts ran.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { toBeValidSarifLog } from '@microsoft/jest-sarif';
import { CfnResource } from 'aws-cdk-lib';
import { NagRuleCompliance, rules } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { NAG_PACK_NAMES, NagPackName } from '../../lib/compliance';

const PACK_SOURCES: Record<NagPackName, string> = {
  'AwsSolutions': 'aws-solutions',
  'HIPAA.Security': 'hipaa-security',
  'NIST.800.53.R5': 'nist-800-53-r5',
  'PCI.DSS.321': 'pci-dss-321',
};

/** One `this.applyRule({ … })` of a pack's source: the rule function and the id it reports under. */
export interface Registration {
  readonly pack: NagPackName;
  readonly ruleId: string;
  readonly fn: (node: CfnResource) => unknown;
}

/**
 * Every rule a pack registers, read from cdk-nag's compiled pack (`rule: <module>_1.<Name>` and
 * an optional `ruleSuffixOverride`), resolved through cdk-nag's exported `rules` namespace.
 */
export function packRegistrations(pack: NagPackName): Registration[] {
  const source = fs.readFileSync(require.resolve(`cdk-nag/lib/packs/${PACK_SOURCES[pack]}.js`), 'utf8');
  const blocks = source.split('this.applyRule({').slice(1);
  return blocks.map((block) => {
    const rule = /\brule: (\w+)_1\.(\w+),/.exec(block);
    if (!rule) throw new Error(`no rule in an applyRule block of ${pack}`);
    const override = /\bruleSuffixOverride: '([^']+)'/.exec(block);
    const fn = (rules as unknown as Record<string, Record<string, (node: CfnResource) => unknown>>)[rule[1]]?.[rule[2]];
    if (!fn) throw new Error(`cdk-nag exports no rules.${rule[1]}.${rule[2]}`);
    return { pack, ruleId: `${pack}-${override ? override[1] : rule[2]}`, fn };
  });
}

/** Rows the report must have per pack, counted from the registrations: total and compliant. */
export function independentCounts(root: IConstruct): Record<NagPackName, { total: number; compliant: number; keys: Set<string> }> {
  const resources = root.node.findAll().filter(CfnResource.isCfnResource);
  const out = {} as Record<NagPackName, { total: number; compliant: number; keys: Set<string> }>;
  for (const pack of NAG_PACK_NAMES) {
    const counts = { total: 0, compliant: 0, keys: new Set<string>() };
    for (const registration of packRegistrations(pack)) {
      for (const node of resources) {
        let result: unknown;
        try {
          result = registration.fn(node);
        } catch {
          result = 'error';
        }
        if (result === NagRuleCompliance.NOT_APPLICABLE) continue;
        const findings = Array.isArray(result) ? result : [];
        const compliant = result === NagRuleCompliance.COMPLIANT || (Array.isArray(result) && result.length === 0);
        counts.total += Math.max(1, findings.length);
        if (compliant) counts.compliant += 1;
        counts.keys.add(`${registration.ruleId}|${node.node.path}`);
      }
    }
    out[pack] = counts;
  }
  return out;
}

/** Debian's Chromium, as `.ci/run` installs it. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is installed. */
export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

/**
 * Opens `url` in headless Chromium with networking off (its own empty network namespace when
 * `unshare` may make one, and Chromium's background networking off) and returns the DOM after
 * the page's scripts ran.
 */
export function dumpDom(url: string): string {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'chromium-profile-'));
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
    '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
    '--disable-default-apps', '--disable-extensions', '--mute-audio', '--no-default-browser-check',
    `--user-data-dir=${profile}`, '--virtual-time-budget=5000', '--dump-dom', url,
  ];
  const isolated = spawnSync('unshare', ['--net', 'true']).status === 0;
  const run = isolated ? spawnSync('unshare', ['--net', CHROMIUM, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 })
    : spawnSync(CHROMIUM, args, { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  fs.rmSync(profile, { recursive: true, force: true });
  if (run.status !== 0 || !run.stdout.includes('</html>')) {
    throw new Error(`chromium failed (status ${run.status}): ${run.error ?? ''}\n${run.stderr.slice(-2000)}`);
  }
  return run.stdout;
}

/**
 * Validates a SARIF log against the SARIF 2.1.0 JSON schema (rtm.5, the OASIS standard's
 * final schema) that @microsoft/jest-sarif ships; offline.
 */
export function validateSarif(log: unknown): { pass: boolean; message: () => string } {
  return (toBeValidSarifLog as unknown as (received: unknown) => { pass: boolean; message: () => string })(log);
}
