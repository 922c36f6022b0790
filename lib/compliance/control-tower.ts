/**
 * The fifth gate: AWS Control Tower proactive controls, run by `@cdklabs/cdk-validator-cfnguard`
 * (which bundles cfn-guard for linux/macOS x64/arm64 and the Control Tower rules with their
 * metadata catalogue: nothing is downloaded, synth stays offline).
 *
 * {@link ControlTowerGate} is a validation plugin like the nag packs: it hands each stack
 * template to the package's `CfnGuardValidator` with the rules whose catalogue entry evaluates a
 * resource type the template has (running all 237 rules on every template cost about three
 * times the synth; a rule of another type cannot find anything), renames every violation to its
 * control (`ControlTower-CT.EC2.PR.1`), so acknowledgements read `ControlTower::ControlTower-CT.…`
 * like the nag packs' ones, and records one outcome per control × resource of an evaluated type
 * for the compliance report.
 */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { CfnResource, IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport, PolicyViolation, Stack } from 'aws-cdk-lib';
import { CfnGuardValidator } from '@cdklabs/cdk-validator-cfnguard';
import { version as validatorVersion } from '@cdklabs/cdk-validator-cfnguard/package.json';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { CONTROL_TOWER_PACK } from './acknowledge';
import { RuleEvaluation } from './recording';

/** The package's folder (rules, metadata, binary). */
const PACKAGE_DIR = path.dirname(require.resolve('@cdklabs/cdk-validator-cfnguard/package.json'));
const RULES_DIR = path.join(PACKAGE_DIR, 'rules', 'control-tower');
/**
 * Guard's results by content: a template's violations are a pure function of the template, the
 * rule files and the validator version, so they are kept under node_modules/.cache and reused when
 * all three are unchanged (cfn-guard costs about 40 ms of CPU per rule on a region template).
 * The synth's output is the same with or without the cache.
 */
const CACHE_DIR = path.join(PACKAGE_DIR, '..', '..', '.cache', 'control-tower');

/** One control of the bundled catalogue (`rules/control-tower/metadata/<service>/<file>.metadata.json`). */
export interface ControlTowerControl {
  /** `CT.EC2.PR.1`. */
  readonly id: string;
  /** The Guard rule name the validator reports (`ec2_launch_template_imdsv2_check`). */
  readonly guardRule: string;
  /** The rule file, absolute. */
  readonly file: string;
  readonly displayName: string;
  readonly description: string;
  readonly remediation: string;
  readonly severity: string;
  readonly evaluatedResourceTypes: readonly string[];
  /** The catalogue's framework mappings, by framework name as the catalogue writes it. */
  readonly frameworks: Readonly<Record<string, readonly string[]>>;
  /** AWS documentation the catalogue points at. */
  readonly documentationUrl?: string;
}

let catalogue: ReadonlyMap<string, ControlTowerControl> | undefined;

/** Every bundled Control Tower control, by Guard rule name (read once per process). */
export function controlTowerCatalogue(): ReadonlyMap<string, ControlTowerControl> {
  if (catalogue) return catalogue;
  const out = new Map<string, ControlTowerControl>();
  const guardDir = path.join(RULES_DIR, 'cfn-guard');
  for (const service of fs.readdirSync(guardDir).sort()) {
    for (const file of fs.readdirSync(path.join(guardDir, service)).sort()) {
      const guardFile = path.join(guardDir, service, file);
      const guardRule = /^rule\s+(\w+)\s+when/m.exec(fs.readFileSync(guardFile, 'utf8'))?.[1];
      const metaFile = path.join(RULES_DIR, 'metadata', service, file.replace(/\.guard$/, '.metadata.json'));
      if (!guardRule || !fs.existsSync(metaFile)) continue;
      const meta = JSON.parse(fs.readFileSync(metaFile, 'utf8')) as {
        Id: string; DisplayName: string; Description: string; RemediationMessage?: string; Severity?: string;
        EvaluatedResourceTypes?: string[]; ComplianceFrameworkMappings?: Array<{ ComplianceFramework: string; Ids: string[] }>;
        DocumentationReferences?: Array<{ Url: string }>;
      };
      out.set(guardRule, {
        id: meta.Id,
        guardRule,
        file: guardFile,
        displayName: meta.DisplayName,
        description: meta.Description,
        remediation: meta.RemediationMessage ?? '',
        severity: meta.Severity ?? 'UNKNOWN',
        evaluatedResourceTypes: meta.EvaluatedResourceTypes ?? [],
        frameworks: Object.fromEntries((meta.ComplianceFrameworkMappings ?? []).map((m) => [m.ComplianceFramework, m.Ids])),
        documentationUrl: meta.DocumentationReferences?.[0]?.Url,
      });
    }
  }
  catalogue = out;
  return out;
}

/** The report's rule id of a control: `ControlTower-CT.EC2.PR.1`. */
export function controlTowerRuleId(control: ControlTowerControl): string {
  return `${CONTROL_TOWER_PACK}-${control.id}`;
}

/**
 * `info` in cdk-nag's shape (`<title> - (Control IDs: …)`), so the report parses the title and
 * the control id like a nag rule's.
 */
function info(control: ControlTowerControl): string {
  return `${control.displayName.replace(/\.$/, '')}. - (Control IDs: ${control.id}).`;
}

/** The AWS Control Tower proactive controls as a validation plugin, recording every outcome. */
export class ControlTowerGate implements IPolicyValidationPlugin {
  public readonly name = CONTROL_TOWER_PACK;
  public readonly version = validatorVersion;
  public get ruleIds(): string[] {
    return [...controlTowerCatalogue().values()].map(controlTowerRuleId);
  }
  /** The outcomes of the last run: one per control × resource of a type the control evaluates. */
  public evaluations: RuleEvaluation[] = [];
  public evaluated = false;

  /**
   * @param scope the stage (or stack) whose templates this gate checks: the framework hands every
   *   plugin all the stacks of the stage it was added to, so a gate added on one stack of the
   *   app checks that stack only. @default - every template the framework hands it
   * @param rulesDir the Guard rules folder (tests point it at a copy with a rule changed)
   *   @default - the package's Control Tower rules
   */
  constructor(private readonly scope?: IConstruct, private readonly rulesDir?: string) {}

  public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
    const controls = [...controlTowerCatalogue().values()];
    const violations: PolicyViolation[] = [];
    this.evaluations = [];
    const prefix = this.scope?.node.path ?? '';
    const mine = context.stackTemplates.filter((t) => prefix === '' || t.stackConstructPath === prefix || t.stackConstructPath.startsWith(`${prefix}/`));
    for (const { templatePath, stackConstructPath } of mine) {
      const template = JSON.parse(fs.readFileSync(templatePath, 'utf8')) as { Resources?: Record<string, { Type: string }> };
      const resources = Object.entries(template.Resources ?? {});
      const types = new Set(resources.map(([, r]) => r.Type));
      const applicable = controls.filter((c) => c.evaluatedResourceTypes.some((t) => types.has(t)));
      if (applicable.length === 0) continue;
      const files = applicable.map((c) => (this.rulesDir ? c.file.replace(path.join(RULES_DIR, 'cfn-guard'), this.rulesDir) : c.file));
      const found = this.guard(context, templatePath, files);
      const failing = new Set<string>();
      for (const v of found) {
        const control = controlTowerCatalogue().get(v.ruleName);
        const ruleName = control ? controlTowerRuleId(control) : `${CONTROL_TOWER_PACK}-${v.ruleName}`;
        violations.push({ ...v, ruleName, description: control ? `[${control.id}] ${control.displayName}` : v.description, severity: 'error' });
        for (const r of v.violatingResources) failing.add(`${ruleName}\u0000${r.resourceLogicalId}`);
      }
      this.record(context.appConstruct, stackConstructPath, resources, applicable, failing);
    }
    this.evaluated = true;
    return { success: violations.length === 0, violations };
  }

  /** The package's validator over one template with `files`, or its cached result for the same inputs. */
  private guard(context: IPolicyValidationContext, templatePath: string, files: readonly string[]): PolicyViolation[] {
    const key = createHash('sha256')
      .update(this.version)
      .update(files.map((f) => `${path.relative(PACKAGE_DIR, f)}\u0000${ruleText(f)}`).join('\u0000'))
      .update(fs.readFileSync(templatePath))
      .digest('hex');
    const cached = path.join(CACHE_DIR, `${key}.json`);
    const withPath = (violations: PolicyViolation[]) =>
      violations.map((v) => ({ ...v, violatingResources: v.violatingResources.map((r) => ({ ...r, templatePath })) }));
    if (fs.existsSync(cached)) return withPath(JSON.parse(fs.readFileSync(cached, 'utf8')) as PolicyViolation[]);
    const report = new CfnGuardValidator({ controlTowerRulesEnabled: false, rules: [...files] }).validate({ ...context, templatePaths: [templatePath] });
    try {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      fs.writeFileSync(`${cached}.${process.pid}`, JSON.stringify(report.violations));
      fs.renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      // A read-only node_modules only costs the next synth the same run again.
    }
    return withPath([...report.violations]);
  }

  private record(
    root: IConstruct,
    stackPath: string,
    resources: ReadonlyArray<[string, { Type: string }]>,
    controls: readonly ControlTowerControl[],
    failing: ReadonlySet<string>,
  ): void {
    const stack = findByPath(root, stackPath);
    if (!stack || !Stack.isStack(stack)) return;
    const byLogicalId = new Map<string, CfnResource>();
    for (const c of stack.node.findAll()) {
      if (CfnResource.isCfnResource(c) && Stack.of(c) === stack) byLogicalId.set(stack.resolve(c.logicalId) as string, c);
    }
    for (const control of controls) {
      const ruleId = controlTowerRuleId(control);
      for (const [logicalId, resource] of resources) {
        const node = byLogicalId.get(logicalId);
        if (!node || !control.evaluatedResourceTypes.includes(resource.Type)) continue;
        this.evaluations.push({
          pack: CONTROL_TOWER_PACK,
          ruleId,
          info: info(control),
          explanation: `${control.description} Remediation: ${control.remediation}`,
          level: NagMessageLevel.ERROR,
          node,
          outcome: failing.has(`${ruleId}\u0000${logicalId}`) ? NagRuleCompliance.NON_COMPLIANT : NagRuleCompliance.COMPLIANT,
        });
      }
    }
  }
}

const RULE_TEXT = new Map<string, string>();
function ruleText(file: string): string {
  if (!RULE_TEXT.has(file)) RULE_TEXT.set(file, fs.readFileSync(file, 'utf8'));
  return RULE_TEXT.get(file)!;
}

function findByPath(root: IConstruct, constructPath: string): IConstruct | undefined {
  let node: IConstruct | undefined = root;
  for (const id of constructPath.split('/')) {
    if (!node) return undefined;
    node = node.node.tryFindChild(id);
  }
  return node;
}
