import * as fs from 'fs';
import * as path from 'path';

/** One rendered manifest file: its path from the repository root, and its text. */
export interface RenderedFile {
  readonly path: string;
  readonly content: string;
  /** The layer whose chart it is (for the reports); not written. */
  readonly layer?: string;
}

/**
 * Replaces the rendered tree under `root/k8s` with `files`: the folder is cleared first so a
 * removed service or region leaves no stale manifest behind for Argo CD to keep syncing.
 */
export function writeManifests(root: string, files: readonly RenderedFile[]): void {
  const k8sDir = path.join(root, 'k8s');
  fs.rmSync(k8sDir, { recursive: true, force: true });
  for (const file of files) {
    if (!file.path.startsWith('k8s/')) throw new Error(`refusing to write ${file.path} outside k8s/`);
    const target = path.join(root, file.path);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, file.content);
  }
}
