import type { ComplianceReportInput } from '../compliance/report/report';
import type { ComplianceRow } from '../compliance/report/model';
import type { RenderedFile } from '../k8s/write';
import { type Platform, layerAt } from './app';
import { LAYERS } from './registry';

/**
 * Which layer made a row's resource, for the compliance report's per-layer summary: for
 * CloudFormation, the stack a layer added or the part of a region stack it added (recorded by
 * `buildPlatform`); for Kubernetes, the layer whose chart rendered the manifest file. Namespace
 * controls of namespaces no chart renders (an operator's, created by Argo CD) have no layer.
 */
export function reportLayers(platform: Pick<Platform, 'layerOf'>, manifests: readonly RenderedFile[]): NonNullable<ComplianceReportInput['layers']> {
  const byFile = new Map(manifests.map((f) => [f.path, f.layer]));
  return {
    order: LAYERS.map((l) => l.name),
    of: (row: ComplianceRow): string | undefined => {
      if (row.source === 'kubernetes') return row.location ? byFile.get(row.location.file) : undefined;
      return layerAt(platform.layerOf, row.resource);
    },
  };
}
