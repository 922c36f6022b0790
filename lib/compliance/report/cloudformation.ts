/**
 * CloudFormation side of the compliance report: the packs' recorded outcomes (see
 * ../recording.ts) turned into rows, one per rule × resource the rule applies to, acknowledged
 * where an acknowledgement covers the finding, with the rule catalogue and its control ids.
 */
import { CfnResource, Stack, Stage, Validations } from 'aws-cdk-lib';
import { NagMessageLevel, NagRuleCompliance } from 'cdk-nag';
import { IConstruct } from 'constructs';
import { ACK_TERMS_METADATA_KEY, AcknowledgementOptions, CFN_PACK_NAMES, CONTROL_TOWER_PACK } from '../acknowledge';
import { controlTowerCatalogue, controlTowerRuleId } from '../control-tower';
import { RuleEvaluation } from '../recording';
import { Acknowledgement, ComplianceRow, RuleInfo, compareRows } from './model';

/** What the CloudFormation side contributes to a report. */
export interface CloudFormationResult {
  /** Stack names, in construct order. */
  readonly stacks: readonly string[];
  /** Every CfnResource (construct path and type), for coverage: those no rule applies to have no row. */
  readonly resources: ReadonlyArray<{ readonly path: string; readonly type: string }>;
  readonly rows: readonly ComplianceRow[];
  readonly rules: readonly RuleInfo[];
  /** Every acknowledgement given in the tree, used or not (the register is built from these). */
  readonly acknowledgements: ReadonlyArray<Acknowledgement & { readonly pack: string; readonly owner?: string; readonly reviewBy?: string }>;
}

/**
 * Turns rule outcomes into report rows: one row per rule × resource (per finding for rules
 * that report granular findings), acknowledged where an acknowledgement covers it.
 *
 * An acknowledgement covers a finding the way the synth's gate decides it: CDK's validation
 * framework suppresses `<pack>::<rule id>` given on the resource or its closest ancestor (what
 * {@link acknowledgeNag} writes), and cdk-nag itself skips a plain `<rule id>` given there.
 */
export function cloudFormationResult(root: IConstruct, evaluations: readonly RuleEvaluation[]): CloudFormationResult {
  const rows: ComplianceRow[] = [];
  const rules = new Map<string, RuleInfo>();
  for (const e of evaluations) {
    if (!rules.has(e.ruleId)) rules.set(e.ruleId, ruleInfo(e));
    const stack = Stack.of(e.node);
    const base = {
      source: 'cloudformation' as const,
      target: stack.stackName,
      pack: e.pack,
      rule: e.ruleId,
      resource: pathInStage(e.node),
      resourceType: e.node.cfnResourceType,
      logicalId: stack.resolve(e.node.logicalId) as string,
      location: { file: `cdk.out/${assemblyDir(stack)}${stack.templateFile}` },
    };
    const failing = (id: string, detail: string, finding?: string): ComplianceRow => {
      const acknowledgement = findAcknowledgement(e.node, e.pack, id);
      return acknowledgement
        ? { ...base, finding, status: 'acknowledged', acknowledgement }
        : { ...base, finding, status: 'failing', detail };
    };
    if (e.error !== undefined) {
      rows.push(failing(e.ruleId, `The rule could not evaluate the resource (${e.error}); cdk-nag counts that as a failure.`));
    } else if (e.outcome === NagRuleCompliance.COMPLIANT || (Array.isArray(e.outcome) && e.outcome.length === 0)) {
      rows.push({ ...base, status: 'compliant' });
    } else if (Array.isArray(e.outcome)) {
      for (const finding of e.outcome) rows.push(failing(`${e.ruleId}[${finding}]`, rules.get(e.ruleId)!.title, finding));
    } else {
      rows.push(failing(e.ruleId, rules.get(e.ruleId)!.title));
    }
  }
  const all = root.node.findAll();
  return {
    stacks: all.filter(Stack.isStack).map((s) => s.stackName),
    resources: all.filter(CfnResource.isCfnResource).map((r) => ({ path: pathInStage(r), type: r.cfnResourceType })),
    rows: rows.sort(compareRows),
    rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    acknowledgements: allAcknowledgements(root),
  };
}

const ACK_KEY = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;

/** The closest acknowledgement of `ruleId` on `node` or an ancestor. */
function findAcknowledgement(node: IConstruct, pack: string, ruleId: string): Acknowledgement | undefined {
  const qualified = `${pack}::${ruleId}`;
  for (let c: IConstruct | undefined = node; c; c = c.node.scope) {
    for (const entry of c.node.metadata) {
      if (entry.type !== ACK_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        if (id === qualified || id.replace(/^annotation::/i, '') === ruleId) return { id, reason, at: pathInStage(c) };
      }
    }
  }
  return undefined;
}

/** Every acknowledgement in the tree, with the pack its id names and the terms given with it, in construct order. */
export function allAcknowledgements(root: IConstruct): Array<Acknowledgement & { pack: string } & AcknowledgementOptions> {
  const out: Array<Acknowledgement & { pack: string } & AcknowledgementOptions> = [];
  for (const c of root.node.findAll()) {
    const terms = new Map<string, AcknowledgementOptions>();
    for (const entry of c.node.metadata) {
      if (entry.type === ACK_TERMS_METADATA_KEY && entry.data) for (const [id, t] of Object.entries(entry.data as Record<string, AcknowledgementOptions>)) terms.set(id, t);
    }
    for (const entry of c.node.metadata) {
      if (entry.type !== ACK_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        const pack = id.includes('::') ? id.slice(0, id.indexOf('::')) : (CFN_PACK_NAMES.find((p) => id.startsWith(`${p}-`)) ?? '');
        out.push({ id, reason, at: pathInStage(c), pack, ...terms.get(id) });
      }
    }
  }
  return out;
}

/**
 * Splits cdk-nag's `info` into the title and the control ids it ends with, e.g.
 * `… not enabled - (Control IDs: AU-9(3), CP-9d).` → `… not enabled.` and `['AU-9(3)', 'CP-9d']`.
 * AwsSolutions rules name no controls.
 */
export function parseRuleInfo(info: string): { title: string; controls: string[] } {
  const match = /\s*-\s*\(Control IDs?:\s*(.*)\)\.?\s*$/.exec(info);
  if (!match) return { title: info.trim(), controls: [] };
  const controls = [...new Set(match[1].split(/,\s*/).map((c) => c.trim()).filter((c) => c !== ''))];
  return { title: `${info.slice(0, match.index).trim().replace(/\.$/, '')}.`, controls };
}

function ruleInfo(e: RuleEvaluation): RuleInfo {
  const { title, controls } = parseRuleInfo(e.info);
  const level = e.level === NagMessageLevel.ERROR ? 'error' : e.level === NagMessageLevel.WARN ? 'warning' : 'note';
  if (e.pack === CONTROL_TOWER_PACK) {
    const control = [...controlTowerCatalogue().values()].find((c) => controlTowerRuleId(c) === e.ruleId);
    return {
      id: e.ruleId, pack: e.pack, title, explanation: e.explanation, level, controls,
      ...(control ? { frameworks: control.frameworks } : {}),
    };
  }
  return { id: e.ruleId, pack: e.pack, title, explanation: e.explanation, level, controls };
}

/** The folder of the stack's (nested) cloud assembly inside cdk.out/: `assembly-prod/` for a stack of Stage `prod`. */
function assemblyDir(stack: Stack): string {
  const dirs: string[] = [];
  for (let stage = Stage.of(stack); stage && stage.node.scope; stage = Stage.of(stage.node.scope)) dirs.unshift(`assembly-${stage.artifactId}/`);
  return dirs.join('');
}

/**
 * A construct's path from its stage (`Region-us-east-1/Eks/…`, not `prod/Region-us-east-1/Eks/…`):
 * the report is per environment, and rows keep their identity whether the environment was built
 * as a Stage or directly into an App.
 */
export function pathInStage(node: IConstruct): string {
  const stage = Stage.of(node);
  const prefix = stage && stage.node.scope ? `${stage.node.path}/` : '';
  return node.node.path.startsWith(prefix) ? node.node.path.slice(prefix.length) : node.node.path;
}
