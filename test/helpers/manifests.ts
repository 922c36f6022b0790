/**
 * Small helpers shared by the manifest checks; they live in lib/compliance/k8s/manifests.ts
 * (the compliance report uses them too).
 */
import * as YAML from 'yaml';

export * from '../../lib/compliance/k8s/manifests';

/** Every manifest of a set of rendered files (empty documents dropped), as parsed YAML. */
export function manifestsOf(files: readonly { content: string }[]): any[] {
  return files.flatMap((f) => YAML.parseAllDocuments(f.content).map((d) => d.toJS() as unknown)).filter(Boolean);
}
