import type { Stage } from 'aws-cdk-lib';
import type { BackupRow } from '../compliance/report/model';
import type { PlatformConfig } from '../config';
import { stacksOfAssembly } from '../delivery/plan';
import { failoverBackups } from '../failover/model';
import type { RenderedFile } from '../k8s/write';

/**
 * Every store's backups for the compliance report, as the failover model reads them from the
 * environment's synthesized Stage (the same rows `npm run failover` prints). The backups come
 * from the templates alone, so the rendered manifests are not parsed: `_manifests` is unused and
 * kept only until the callers (bin/reports.ts, test/compliance/report.test.ts) stop passing it.
 */
export function reportBackups(config: PlatformConfig, stage: Stage, _manifests?: readonly RenderedFile[]): BackupRow[] {
  return failoverBackups(config, stacksOfAssembly(stage.synth()));
}
