import type { Stage } from 'aws-cdk-lib';
import type { BackupRow } from '../compliance/report/model';
import type { PlatformConfig } from '../config';
import { stacksOfAssembly } from '../delivery/plan';
import { failoverBackups } from '../failover/model';

/**
 * Every store's backups for the compliance report, as the failover model reads them from the
 * environment's synthesized Stage (the same rows `npm run failover` prints). The backups come
 * from the templates alone.
 */
export function reportBackups(config: PlatformConfig, stage: Stage): BackupRow[] {
  return failoverBackups(config, stacksOfAssembly(stage.synth()));
}
