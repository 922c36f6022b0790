/**
 * The four cdk-nag packs, recording every rule outcome as they run.
 *
 * cdk-nag 3 keeps no record of the rules that passed: a pack walks every `CfnResource` and calls
 * its `applyRule({ rule, info, explanation, level, node })` once per rule, and only reports the
 * failures. {@link RecordingNagPack}s are the real packs with `applyRule` extended to record each
 * outcome (COMPLIANT, NON_COMPLIANT, the granular findings, or an error) before handing the
 * same outcome on to the pack's own logic. Used as the synth's gate (see packs.ts), the
 * compliance report costs no second evaluation, and its rows are, by construction, what the gate
 * decided. NOT_APPLICABLE outcomes are not kept: a rule that does not apply has no row.
 */
import { CfnResource, IPolicyValidationContext, PolicyValidationPluginReport } from 'aws-cdk-lib';
import {
  AwsSolutionsChecks,
  HIPAASecurityChecks,
  IApplyRule,
  NIST80053R5Checks,
  NagMessageLevel,
  NagPack,
  NagPackProps,
  NagRuleCompliance,
  NagRuleResult,
  PCIDSS321Checks,
} from 'cdk-nag';
import { IConstruct } from 'constructs';
import { CfnPackName, NAG_PACK_NAMES, NagPackName } from './acknowledge';

/** One rule applied to one resource, as the pack evaluated it (never NOT_APPLICABLE). */
export interface RuleEvaluation {
  readonly pack: CfnPackName;
  /** `<pack>-<rule>`, e.g. `AwsSolutions-IAM4`: the id acknowledgements name. */
  readonly ruleId: string;
  readonly info: string;
  readonly explanation: string;
  readonly level: NagMessageLevel;
  readonly node: CfnResource;
  /** COMPLIANT, NON_COMPLIANT or the granular findings; undefined when the rule threw. */
  readonly outcome?: NagRuleResult;
  /** The rule's error message, when it threw (cdk-nag counts that as a failure). */
  readonly error?: string;
}

/** A cdk-nag pack that also records every rule outcome of its last run. */
export interface RecordingNagPack extends NagPack {
  /** The outcomes of the last `validateScope` (the gate's run, or a direct one). */
  readonly evaluations: readonly RuleEvaluation[];
  /** True once the pack has run. */
  readonly evaluated: boolean;
}

/**
 * The four pack classes. Typed as one concrete pack because they share its shape and TypeScript
 * refuses to subclass a constructor whose instance type still has abstract members.
 */
type NagPackClass = new (scope?: IConstruct, props?: NagPackProps) => AwsSolutionsChecks;

const PACK_CLASSES: Record<NagPackName, NagPackClass> = {
  'AwsSolutions': AwsSolutionsChecks,
  'HIPAA.Security': HIPAASecurityChecks as unknown as NagPackClass,
  'NIST.800.53.R5': NIST80053R5Checks as unknown as NagPackClass,
  'PCI.DSS.321': PCIDSS321Checks as unknown as NagPackClass,
};

function recordingClass(pack: NagPackName): new (scope?: IConstruct) => RecordingNagPack {
  return class extends PACK_CLASSES[pack] implements RecordingNagPack {
    public evaluations: RuleEvaluation[] = [];
    public evaluated = false;
    /** The stage (or app) the gate was added to: it checks that tree, not the whole app. */
    private readonly gateScope?: IConstruct;

    constructor(scope?: IConstruct) {
      super(scope);
      this.gateScope = scope;
    }

    /**
     * The validation framework calls every plugin with the app's root, whichever stage the
     * plugin was added to: each environment's gate walks its own Stage only, so an app with
     * several environments evaluates each resource once per pack, not once per stage.
     */
    public validate(context: IPolicyValidationContext): PolicyValidationPluginReport {
      return this.validateScope(this.gateScope ?? context.appConstruct);
    }

    public validateScope(scope: IConstruct) {
      this.evaluations = [];
      const report = super.validateScope(scope);
      this.evaluated = true;
      return report;
    }

    protected applyRule(params: IApplyRule): void {
      // Same id as NagPack.applyRule computes (a truthy override wins over the function name).
      const ruleId = `${pack}-${params.ruleSuffixOverride ? params.ruleSuffixOverride : params.rule.name}`;
      let outcome: NagRuleResult | undefined;
      let error: unknown;
      try {
        outcome = params.rule(params.node);
      } catch (e) {
        error = e;
      }
      if (outcome !== NagRuleCompliance.NOT_APPLICABLE) {
        this.evaluations.push({
          pack,
          ruleId,
          info: params.info,
          explanation: params.explanation,
          level: params.level,
          node: params.node,
          outcome,
          error: error === undefined ? undefined : String((error as Error).message ?? error),
        });
      }
      // Hand the pack the outcome already computed: evaluating twice would double the gate's cost.
      const replay = (): NagRuleResult => {
        if (error !== undefined) throw error instanceof Error ? error : new Error(JSON.stringify(error));
        return outcome!;
      };
      Object.defineProperty(replay, 'name', { value: params.rule.name });
      super.applyRule({ ...params, rule: replay });
    }
  };
}

/** The recording version of one pack (behaves exactly like the cdk-nag pack as a validation plugin). */
export function recordingNagPack(pack: NagPackName, scope?: IConstruct): RecordingNagPack {
  return new (recordingClass(pack))(scope);
}

/**
 * Runs the four packs over `scope` directly (not as the synth's gate) and returns every
 * applicable outcome. Evaluate after `app.synth()`, so Aspects (tags, CDK's own) have run, as
 * they have when the gate runs.
 */
export function evaluateNagPacks(scope: IConstruct): RuleEvaluation[] {
  return NAG_PACK_NAMES.flatMap((name) => {
    const pack = recordingNagPack(name);
    pack.validateScope(scope);
    return pack.evaluations;
  });
}
