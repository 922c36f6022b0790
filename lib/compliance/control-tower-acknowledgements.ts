/**
 * Control Tower acknowledgements that follow from decisions already written down elsewhere:
 *
 * - {@link carryNagAcknowledgements}: a Control Tower control that checks exactly what a cdk-nag
 *   rule checks is acknowledged where that rule is, with the same reason (the table below pairs
 *   them by what both read in the template, from the control's catalogue entry and the rule's
 *   source in node_modules/cdk-nag/lib/rules/).
 * - {@link acknowledgeControlTowerDecisions}: platform-wide choices, each written once.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import { CfnLogGroup } from 'aws-cdk-lib/aws-logs';
import { CfnBucket } from 'aws-cdk-lib/aws-s3';
import { IConstruct } from 'constructs';
import { acknowledgeControlTower } from './acknowledge';

/** cdk-nag rules and the Control Tower control that checks the same template property. */
export const NAG_RULE_CONTROLS: ReadonlyArray<{ readonly pack: 'NIST.800.53.R5' | 'AwsSolutions'; readonly nagRule: string; readonly control: string; readonly property: string }> = [
  { pack: 'NIST.800.53.R5', nagRule: 'S3BucketLoggingEnabled', control: 'CT.S3.PR.2', property: 'AWS::S3::Bucket LoggingConfiguration' },
  { pack: 'NIST.800.53.R5', nagRule: 'S3DefaultEncryptionKMS', control: 'CT.S3.PR.10', property: 'AWS::S3::Bucket BucketEncryption SSEAlgorithm aws:kms' },
  { pack: 'NIST.800.53.R5', nagRule: 'LambdaInsideVPC', control: 'CT.LAMBDA.PR.3', property: 'AWS::Lambda::Function VpcConfig' },
  { pack: 'NIST.800.53.R5', nagRule: 'CloudWatchAlarmAction', control: 'CT.CLOUDWATCH.PR.1', property: 'AWS::CloudWatch::Alarm AlarmActions' },
  { pack: 'NIST.800.53.R5', nagRule: 'ELBDeletionProtectionEnabled', control: 'CT.ELASTICLOADBALANCING.PR.5', property: 'AWS::ElasticLoadBalancingV2::LoadBalancer deletion_protection.enabled' },
  { pack: 'NIST.800.53.R5', nagRule: 'RDSInstanceDeletionProtectionEnabled', control: 'CT.RDS.PR.3', property: 'AWS::RDS::DBCluster DeletionProtection' },
  { pack: 'AwsSolutions', nagRule: 'SF2', control: 'CT.STEPFUNCTIONS.PR.2', property: 'AWS::StepFunctions::StateMachine TracingConfiguration.Enabled' },
];

const ACK_KEY = Validations.ACKNOWLEDGED_RULES_METADATA_KEY;

/**
 * Acknowledges each control of {@link NAG_RULE_CONTROLS} on every construct under `scope` that
 * acknowledges its cdk-nag rule, with that reason. Call once every construct is built.
 */
export function carryNagAcknowledgements(scope: IConstruct): void {
  const byRule = new Map(NAG_RULE_CONTROLS.map((p) => [`${p.pack}::${p.pack}-${p.nagRule}`, p.control]));
  for (const c of scope.node.findAll()) {
    const acks: Array<[string, string]> = [];
    for (const entry of c.node.metadata) {
      if (entry.type !== ACK_KEY || !entry.data) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>)) {
        const control = byRule.get(id);
        if (control) acks.push([control, reason]);
      }
    }
    for (const [control, reason] of acks) acknowledgeControlTower(c, control, reason);
  }
}

/** Platform-wide reasons, each written once. */
export const CONTROL_TOWER_DECISIONS = {
  objectLock:
    'Object Lock (WORM retention) is for records a regulator requires to be immutable for a fixed period; none of the platform\'s buckets holds such records, its buckets are retained on stack deletion, and Object Lock cannot be turned off once enabled.',
  eventNotifications:
    'Nothing in the platform reacts to object events of this bucket (writers and readers are known and scheduled); object-level activity is recorded by CloudTrail data events, not by bucket notifications.',
  shortRetention: (days: number) =>
    `This is not a production environment: its logs are kept ${days} days (config logging.retentionDays); production environments keep them at least 365 days.`,
} as const;

/**
 * Acknowledges the controls the platform decides against as a whole, on each resource they
 * concern: S3 Object Lock (CT.S3.PR.9) and event notifications (CT.S3.PR.4) on buckets without
 * them, and, outside production, log retention shorter than a year (CT.CLOUDWATCH.PR.2) on log
 * groups that keep the config's retention.
 */
export function acknowledgeControlTowerDecisions(scope: IConstruct, config?: { readonly production: boolean; readonly logging: { readonly retentionDays: number } }): void {
  for (const c of scope.node.findAll()) {
    if (c instanceof CfnBucket) {
      if (c.objectLockEnabled === undefined) acknowledgeControlTower(c, 'CT.S3.PR.9', CONTROL_TOWER_DECISIONS.objectLock);
      if (c.notificationConfiguration === undefined) acknowledgeControlTower(c, 'CT.S3.PR.4', CONTROL_TOWER_DECISIONS.eventNotifications);
    } else if (c instanceof CfnLogGroup && config && !config.production) {
      const days = Stack.of(c).resolve(c.retentionInDays) as unknown;
      if (typeof days === 'number' && days < 365 && days === config.logging.retentionDays) acknowledgeControlTower(c, 'CT.CLOUDWATCH.PR.2', CONTROL_TOWER_DECISIONS.shortRetention(days));
    }
  }
}
