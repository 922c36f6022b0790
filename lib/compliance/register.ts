/**
 * The acknowledgement register's own gate: every acknowledgement has a reason, an owner (a team
 * config names) and a review-by date not past `compliance.asOf`, and matches at least one finding.
 * {@link AcknowledgementGate} runs as the last validation plugin of a stage, over what the packs
 * and the Control Tower gate just evaluated, and fails the synth with one line per bad entry.
 */
import { IPolicyValidationContext, IPolicyValidationPlugin, PolicyValidationPluginReport } from 'aws-cdk-lib';
import { IConstruct } from 'constructs';
import { CFN_PACK_NAMES } from './acknowledge';
import { RuleEvaluation } from './recording';
import { allAcknowledgements, cloudFormationResult } from './report/cloudformation';

/** Who owns the acknowledgements of an environment and until when they hold (from config). */
export interface RegisterTerms {
  /** "Today" for the expiry check, `YYYY-MM-DD` (config `compliance.asOf`: synth reads no clock). */
  readonly asOf: string;
  /** The review-by date of an acknowledgement that names none (config `compliance.reviewBy`). */
  readonly reviewBy: string;
  /** Teams an acknowledgement may name as owner (config `owner` and the values of `compliance.owners`). */
  readonly teams: readonly string[];
  /** The owner of an acknowledgement given at `at` (construct path in its stage) that names none. */
  ownerOf(at: string): string;
}

const TERMS = new WeakMap<IConstruct, RegisterTerms>();

/** Records the register terms of the environment built into `app`. */
export function setRegisterTerms(app: IConstruct, terms: RegisterTerms): void {
  TERMS.set(app, terms);
}

/** The register terms recorded for `app`, if any. */
export function registerTerms(app: IConstruct): RegisterTerms | undefined {
  return TERMS.get(app);
}

/** One acknowledgement as the register lists it, with its terms resolved. */
export interface RegisterLine {
  readonly pack: string;
  readonly id: string;
  readonly at: string;
  readonly reason: string;
  readonly owner?: string;
  readonly reviewBy?: string;
  /** Rows it acknowledges. */
  readonly covers: number;
}

/**
 * The problems of a register, one line each: no reason, an owner config does not name, past its
 * review date, or matching no finding (packs this gate evaluates only).
 */
export function registerProblems(lines: readonly RegisterLine[], terms: RegisterTerms | undefined): string[] {
  const problems: string[] = [];
  for (const l of lines) {
    const name = `acknowledgement '${l.id}' at ${l.at}`;
    if (l.reason.trim() === '') problems.push(`${name} has no reason`);
    if (terms) {
      if (!l.owner || !terms.teams.includes(l.owner)) problems.push(`${name} names no owner config knows (got '${l.owner ?? ''}'; allowed: ${terms.teams.join(', ')})`);
      if (!l.reviewBy || !/^\d{4}-\d{2}-\d{2}$/.test(l.reviewBy)) problems.push(`${name} has no review-by date (YYYY-MM-DD)`);
      else if (l.reviewBy < terms.asOf) problems.push(`${name} (owner ${l.owner}) expired: review by ${l.reviewBy}, compliance.asOf is ${terms.asOf}`);
    }
    if ((CFN_PACK_NAMES as readonly string[]).includes(l.pack) && l.covers === 0) problems.push(`${name} matches no finding: remove it, or acknowledge the finding it was meant for`);
  }
  return problems;
}

/** The CloudFormation acknowledgements under `scope`, with their terms and the rows they cover. */
export function registerLines(scope: IConstruct, evaluations: readonly RuleEvaluation[], terms: RegisterTerms | undefined): RegisterLine[] {
  const result = cloudFormationResult(scope, evaluations);
  const covers = new Map<string, number>();
  for (const r of result.rows) {
    if (r.acknowledgement) {
      const key = `${r.acknowledgement.id}\u0000${r.acknowledgement.at}`;
      covers.set(key, (covers.get(key) ?? 0) + 1);
    }
  }
  return allAcknowledgements(scope).map((a) => ({
    pack: a.pack,
    id: a.id,
    at: a.at,
    reason: a.reason,
    owner: a.owner ?? terms?.ownerOf(a.at),
    reviewBy: a.reviewBy ?? terms?.reviewBy,
    covers: covers.get(`${a.id}\u0000${a.at}`) ?? 0,
  }));
}

/** The register's gate: runs after the packs of its stage, over their record. */
export class AcknowledgementGate implements IPolicyValidationPlugin {
  public readonly name = 'Acknowledgements';

  /**
   * @param scope the stage (or stack) whose acknowledgements it checks
   * @param gates the packs that gate `scope`, added before this one
   */
  constructor(private readonly scope: IConstruct, private readonly gates: ReadonlyArray<{ readonly evaluations: readonly RuleEvaluation[] }>) {}

  public validate(_context: IPolicyValidationContext): PolicyValidationPluginReport {
    const lines = registerLines(this.scope, this.gates.flatMap((g) => g.evaluations), registerTerms(this.scope));
    const problems = registerProblems(lines, registerTerms(this.scope));
    if (problems.length > 0) throw new Error(`the acknowledgement register has ${problems.length} problem(s):\n${problems.join('\n')}`);
    return { success: true, violations: [] };
  }
}
