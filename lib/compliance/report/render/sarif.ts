import { ComplianceReport, ComplianceRow, RuleInfo } from '../model';
import { stringifyByLine } from './json';

/** The SARIF version written, and the schema it validates against. */
export const SARIF_VERSION = '2.1.0';

/**
 * The report as a SARIF 2.1.0 log for code-scanning tools: one run, the rule catalogue as the
 * driver's rules (controls as tags), one result per failing or acknowledged row. Failing rows
 * are errors or warnings at the rule's level; acknowledged rows carry an accepted in-source
 * suppression with the reason, so scanners show them as dismissed with their justification.
 * Compliant rows are left out (code scanning does not document `kind: pass` and could raise
 * them as alerts); the run's properties carry the counts per pack and status instead, and the
 * JSON report has every row. Kubernetes results point at the manifest file and line;
 * CloudFormation results at the stack's template in `cdk.out/` (as `npx cdk synth -c env=<env>`
 * writes it) with the construct path as the logical location. No timestamps or invocation
 * data: the log is deterministic.
 */
export function renderSarif(report: ComplianceReport): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: SARIF_VERSION,
    runs: [{
      tool: {
        driver: {
          name: `${report.project}-compliance`,
          semanticVersion: '1.0.0',
          // The gate is cdk-nag's packs (most rules) plus the Control Tower controls; each rule's helpUri says whose.
          informationUri: 'https://github.com/cdklabs/cdk-nag',
          rules: report.rules.map((r) => ({
            id: r.id,
            shortDescription: { text: r.title },
            fullDescription: { text: r.explanation || r.title },
            help: { text: help(r), markdown: help(r) },
            ...(helpUri(r, report) ? { helpUri: helpUri(r, report) } : {}),
            defaultConfiguration: { level: r.level },
            properties: { pack: r.pack, controls: r.controls, tags: [r.pack, ...r.controls] },
          })),
        },
      },
      automationDetails: { id: `compliance/${report.environment}/` },
      columnKind: 'unicodeCodePoints',
      results: report.rows.filter((r) => r.status !== 'compliant').map((row) => result(row, ruleIndex.get(row.rule) ?? -1, report)),
      properties: {
        environment: report.environment,
        summary: report.summary.packs.map((p) => ({ pack: p.pack, compliant: p.compliant, acknowledged: p.acknowledged, failing: p.failing, total: p.total })),
      },
    }],
  };
  return stringifyByLine(log);
}

function result(row: ComplianceRow, ruleIndex: number, report: ComplianceReport) {
  const rule = report.rules[ruleIndex];
  const what = `${row.rule}${row.finding ? `[${row.finding}]` : ''} on ${row.resource} (${row.resourceType}) in ${row.target}`;
  const message = row.status === 'acknowledged'
    ? `${what}: acknowledged. ${row.acknowledgement!.reason}`
    : `${what}: failing. ${row.detail ?? rule?.title ?? ''}`.trim();
  return {
    ruleId: row.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    kind: 'fail',
    level: rule?.level ?? 'error',
    message: { text: message },
    locations: [{
      physicalLocation: committedLocation(row, report),
      logicalLocations: [{ fullyQualifiedName: row.resource, kind: 'resource' }],
    }],
    ...(row.source === 'cloudformation' && row.location ? {
      relatedLocations: [{ id: 0, message: { text: 'the synthesized template (npx cdk synth)' }, physicalLocation: { artifactLocation: { uri: row.location.file } } }],
    } : {}),
    partialFingerprints: { 'complianceRow/v1': [row.target, row.pack, row.rule, row.resource, row.finding ?? ''].join('|') },
    ...(row.acknowledgement ? {
      suppressions: [{
        kind: 'inSource',
        status: 'accepted',
        justification: row.acknowledgement.reason,
        properties: { id: row.acknowledgement.id, acknowledgedAt: row.acknowledgement.at },
      }],
    } : {}),
    properties: {
      pack: row.pack,
      target: row.target,
      status: row.status,
      resourceType: row.resourceType,
      ...(row.logicalId ? { logicalId: row.logicalId } : {}),
    },
  };
}

/** Documentation of the Kubernetes packs' checks. */
const K8S_HELP: Readonly<Record<string, string>> = {
  'PodSecurity.Restricted': 'https://kubernetes.io/docs/concepts/security/pod-security-standards/',
  'KubeLinter.Default': 'https://docs.kubelinter.io/#/generated/checks',
};

/** Where a rule is documented: cdk-nag's RULES.md at the version that ran, the validator's list of Control Tower rules, the Kubernetes checks' docs. */
function helpUri(r: RuleInfo, report: ComplianceReport): string | undefined {
  if (r.pack === 'ControlTower') return 'https://github.com/cdklabs/cdk-validator-cfnguard#bundled-control-tower-rules';
  if (report.scope.ruleSets['cdk-nag'] && !K8S_HELP[r.pack] && r.pack !== 'Platform.Mesh') return `https://github.com/cdklabs/cdk-nag/blob/v${report.scope.ruleSets['cdk-nag']}/RULES.md`;
  return K8S_HELP[r.pack];
}

function help(r: RuleInfo): string {
  const controls = r.controls.length ? ` Controls: ${r.controls.join(', ')}.` : '';
  return `${r.title} ${r.explanation}${controls}`.trim();
}

/**
 * Where a result sits in the repository, so code scanning can place it on a committed file:
 * Kubernetes rows at their manifest and line; CloudFormation rows at the source of the layer that
 * made the resource (`lib/<layer>/layer.ts`), or the environment's config when no layer is known
 * (cdk.out/ is not committed; the template is a related location).
 */
function committedLocation(row: ComplianceRow, report: ComplianceReport) {
  if (row.source === 'kubernetes' && row.location) {
    return { artifactLocation: { uri: row.location.file }, ...(row.location.line ? { region: { startLine: row.location.line } } : {}) };
  }
  const uri = row.layer ? `lib/${row.layer}/layer.ts` : `config/${report.environment}.yaml`;
  return { artifactLocation: { uri }, region: { startLine: 1 } };
}
