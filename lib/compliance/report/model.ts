/**
 * The compliance report's data model: one row per rule × resource that the rule applies to,
 * for CloudFormation (the four cdk-nag packs) and Kubernetes (Pod Security "restricted",
 * kube-linter's default checks, the platform's mesh controls). Every renderer (JSON, Markdown,
 * HTML, SARIF) reads only this model.
 */

/** Status of one rule on one resource. */
export type ComplianceStatus = 'compliant' | 'acknowledged' | 'failing';

/** Every status, in the order reports show them. */
export const COMPLIANCE_STATUSES: readonly ComplianceStatus[] = ['compliant', 'acknowledged', 'failing'];

/** Which world a row comes from. */
export type ComplianceSource = 'cloudformation' | 'kubernetes';

/** The Kubernetes "packs": the three sets of checks run over the rendered manifests. */
export const K8S_PACK_NAMES = ['PodSecurity.Restricted', 'KubeLinter.Default', 'Platform.Mesh'] as const;

/** One of {@link K8S_PACK_NAMES}. */
export type K8sPackName = (typeof K8S_PACK_NAMES)[number];

/** An acknowledgement that turned a finding into an accepted one. */
export interface Acknowledgement {
  /** The id as written, e.g. `AwsSolutions::AwsSolutions-IAM4[Policy::…]`. */
  readonly id: string;
  /** Why the finding stays (a full sentence). */
  readonly reason: string;
  /** Where it was given: the construct path, or `Kind/namespace/name` of the manifest. */
  readonly at: string;
}

/** A file and line a row points at (for SARIF and the detail links). */
export interface SourceLocation {
  /** Path from the repository root, e.g. `k8s/prod/us-east-1/mesh.yaml` or `cdk.out/Region-us-east-1.template.json`. */
  readonly file: string;
  /** 1-based line of the object in the file, when known. */
  readonly line?: number;
}

/** One rule evaluated on one resource (or one granular finding of it). */
export interface ComplianceRow {
  readonly source: ComplianceSource;
  /** CloudFormation stack name, or the manifest folder of a cluster (`k8s/<env>/<region>`). */
  readonly target: string;
  /** The pack (cdk-nag pack name or one of {@link K8S_PACK_NAMES}). */
  readonly pack: string;
  /** Rule id, e.g. `AwsSolutions-IAM4`, `HIPAA.Security-S3BucketSSLRequestsOnly`, `pss-seccomp`. */
  readonly rule: string;
  /** The granular finding of rules that report several (`Policy::…`, `Action::s3:*`). */
  readonly finding?: string;
  /** Construct path (CloudFormation) or `Kind/namespace/name` (Kubernetes). */
  readonly resource: string;
  /** `AWS::S3::Bucket`, `Deployment`, `Namespace` … */
  readonly resourceType: string;
  /** CloudFormation logical id. */
  readonly logicalId?: string;
  readonly location?: SourceLocation;
  readonly status: ComplianceStatus;
  /** Why it fails, or the evidence that it complies, when the check says more than its title. */
  readonly detail?: string;
  /** Present when status is `acknowledged`. */
  readonly acknowledgement?: Acknowledgement;
  /** The platform layer that made the resource (`kafka`, `edge`, `regions` for the region base …). */
  readonly layer?: string;
}

/** The rows of one layer, by status. */
export interface LayerSummary {
  readonly layer: string;
  readonly compliant: number;
  readonly acknowledged: number;
  readonly failing: number;
  readonly total: number;
}

/** A rule of the catalogue: what it checks and the controls it maps to. */
export interface RuleInfo {
  readonly id: string;
  readonly pack: string;
  /** What a failure means (cdk-nag's `info` without the control list). */
  readonly title: string;
  /** Why the rule exists. */
  readonly explanation: string;
  /** cdk-nag's level (Error, Warning, Info as `note`); Kubernetes checks are `error`. */
  readonly level: 'error' | 'warning' | 'note';
  /** Control ids the rule maps to: HIPAA §164.x, NIST 800-53 ids, PCI DSS requirements, PSS controls. */
  readonly controls: readonly string[];
  /**
   * Other frameworks' control ids, as the rule's source maps them (Control Tower's catalogue maps
   * each control to NIST 800-53 R5, PCI DSS 3.2.1 and CIS ids), by framework name.
   */
  readonly frameworks?: Readonly<Record<string, readonly string[]>>;
}

/** One control of a framework, the rules that map to it, and their rows by status. */
export interface ControlSummary {
  /** `NIST 800-53 R5`, `HIPAA Security Rule`, `PCI DSS 3.2.1`, `AWS Control Tower`, `CIS AWS Benchmark 1.4`, `Pod Security Standards`. */
  readonly framework: string;
  /** The control id as the framework writes it (`AC-3`, `164.312(b)`, `10.2.1`, `CT.EC2.PR.2`). */
  readonly control: string;
  /** Rule ids behind it (every pack). */
  readonly rules: readonly string[];
  readonly compliant: number;
  readonly acknowledged: number;
  readonly failing: number;
}

/** Counts of one pack (optionally within one target). */
export interface PackSummary {
  readonly pack: string;
  readonly source: ComplianceSource;
  readonly target?: string;
  readonly compliant: number;
  readonly acknowledged: number;
  readonly failing: number;
  readonly total: number;
  /** Distinct rules that applied to at least one resource. */
  readonly rules: number;
  /** Distinct resources at least one rule applied to. */
  readonly resources: number;
}

/** One entry of the acknowledgement register. */
export interface RegisterEntry extends Acknowledgement {
  /** The pack the id belongs to (`CloudFormation-Validate` for cfn-lint rules). */
  readonly pack: string;
  /** The rows it acknowledges: resource and rule. */
  readonly covers: ReadonlyArray<{ readonly resource: string; readonly rule: string; readonly finding?: string }>;
  /**
   * `used` when it acknowledges at least one row, `unused` when it matches none (stale), or
   * `not-evaluated` for ids of gates this report does not re-run (cfn-lint).
   */
  readonly usage: 'used' | 'unused' | 'not-evaluated';
  /** The team that answers for it (given with it, or config's owner of its layer). */
  readonly owner?: string;
  /** `YYYY-MM-DD`: when it must be reviewed (given with it, or config `compliance.reviewBy`). */
  readonly reviewBy?: string;
}

/** A row's identity across reports. */
export interface RowRef {
  readonly target: string;
  readonly pack: string;
  readonly rule: string;
  readonly finding?: string;
  readonly resource: string;
}

/** What changed since the previous report. */
export interface ReportChanges {
  /** `previous` when a previous report was compared, `none` for the first report. */
  readonly baseline: 'previous' | 'none';
  readonly added: ReadonlyArray<RowRef & { readonly status: ComplianceStatus }>;
  readonly removed: ReadonlyArray<RowRef & { readonly status: ComplianceStatus }>;
  /** Rows whose status or acknowledgement reason changed. */
  readonly changed: ReadonlyArray<RowRef & {
    readonly from: ComplianceStatus;
    readonly to: ComplianceStatus;
    readonly reasonFrom?: string;
    readonly reasonTo?: string;
  }>;
}

/**
 * One store's backups and copies outside its region, as the failover model reads them from the
 * templates (lib/failover; `npm run failover` prints them with what a region loss does).
 */
export interface BackupRow {
  readonly store: string;
  /** Its region, or `global`. */
  readonly where: string;
  /** A store of record (its data exists nowhere else). */
  readonly durable: boolean;
  readonly schedule: string;
  readonly retention: string;
  readonly crossRegionCopy: string;
  /** Where it was read (`<stack>/<logical id>`). */
  readonly source: string;
}

/** The compliance report of one environment. */
export interface ComplianceReport {
  /** Format version of this JSON; bumped on incompatible changes. */
  readonly format: 'platform-compliance/1';
  readonly project: string;
  readonly environment: string;
  /** What was evaluated, with which rule sets, and what was left out (and why). */
  readonly scope: {
    readonly stacks: readonly string[];
    readonly clusters: readonly string[];
    readonly ruleSets: Readonly<Record<string, string>>;
    readonly notes: readonly string[];
  };
  readonly summary: {
    readonly packs: readonly PackSummary[];
    readonly targets: readonly PackSummary[];
    /** Per layer of the platform, in registry order (present when the rows carry their layer). */
    readonly layers?: readonly LayerSummary[];
  };
  readonly acknowledgements: readonly RegisterEntry[];
  /** Every store's backups (present when the report was given them). */
  readonly backups?: readonly BackupRow[];
  /** Every control the rules map to, per framework, with the rules behind it and their rows' counts. */
  readonly controls: readonly ControlSummary[];
  readonly changes: ReportChanges;
  readonly rules: readonly RuleInfo[];
  readonly rows: readonly ComplianceRow[];
}

/** The key that identifies a row across reports. */
export function rowKey(row: RowRef): string {
  return [row.target, row.pack, row.rule, row.resource, row.finding ?? ''].join('\u0000');
}

/** Stable ordering of rows: by source, target, pack, rule, resource, finding. */
export function compareRows(a: ComplianceRow, b: ComplianceRow): number {
  const ka = [a.source, a.target, a.pack, a.rule, a.resource, a.finding ?? ''];
  const kb = [b.source, b.target, b.pack, b.rule, b.resource, b.finding ?? ''];
  for (let i = 0; i < ka.length; i++) {
    if (ka[i] !== kb[i]) return ka[i] < kb[i] ? -1 : 1;
  }
  return 0;
}
