import type { Stage } from 'aws-cdk-lib';
import * as YAML from 'yaml';
import type { BackupRow } from '../compliance/report/model';
import { PlatformConfig, clusterManifestPath } from '../config';
import { stacksOfAssembly } from '../delivery/plan';
import { FailoverObject, failoverModel } from '../failover/model';
import type { RenderedFile } from '../k8s/write';

/**
 * Every store's backups for the compliance report, as the failover model reads them from the
 * environment's synthesized Stage and its rendered manifests (the same rows `npm run failover`
 * prints).
 */
export function reportBackups(config: PlatformConfig, stage: Stage, manifests: readonly RenderedFile[]): BackupRow[] {
  const clusters = config.regions.map((region) => {
    const folder = `${clusterManifestPath(config, region)}/`;
    const objects = manifests
      .filter((f) => f.path.startsWith(folder))
      .flatMap((f) => YAML.parseAllDocuments(f.content).map((d) => d.toJS() as FailoverObject | null))
      .filter((o): o is FailoverObject => Boolean(o));
    return { region: region.name, objects };
  });
  return [...failoverModel({ config, stacks: stacksOfAssembly(stage.synth()), clusters }).backups];
}
