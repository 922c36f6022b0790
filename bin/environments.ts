/**
 * Loads the environments a bin/ entry works on: every shipped config (config/*.yaml) is always
 * validated, so a broken one fails every command; the selection is `-c env=NAME`, `-c config=PATH`,
 * or, without either, every shipped environment. Any invalid config prints one line per problem
 * and exits 1 before anything is written.
 */
import * as path from 'path';
import { ConfigError, PlatformConfig, listEnvironments, loadConfigFile, pipelineErrors } from '../lib/config';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..');
const CONFIG_DIR = path.join(ROOT, 'config');

/** What a bin/ entry works on. */
export interface Environments {
  /** The selected environments, in config/ order (the selected file first when it is not shipped). */
  readonly selected: readonly PlatformConfig[];
  /** Every shipped environment (config/*.yaml). */
  readonly shipped: readonly PlatformConfig[];
}

/** Context of the selection (`env`, `config`), as the CDK CLI passes it. */
export interface Selection {
  readonly env?: string;
  readonly config?: string;
}

/** Loads every file, collecting every problem of every file; exits 1 with them. */
function loadAll(files: readonly string[]): PlatformConfig[] {
  const configs: PlatformConfig[] = [];
  const errors: ConfigError[] = [];
  for (const file of files) {
    try {
      configs.push(loadConfigFile(file));
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      errors.push(e);
    }
  }
  if (errors.length > 0) {
    process.stderr.write(`${errors.map((e) => e.message).join('\n')}\n`);
    process.exit(1);
  }
  return configs;
}

/** The selected and shipped environments (see the module comment). */
export function loadEnvironments(selection: Selection): Environments {
  const shippedFiles = listEnvironments(CONFIG_DIR).map((env) => path.join(CONFIG_DIR, `${env}.yaml`));
  const selectedFile = selection.config ? path.resolve(selection.config) : selection.env ? path.join(CONFIG_DIR, `${selection.env}.yaml`) : undefined;
  const files = selectedFile && !shippedFiles.includes(selectedFile) ? [selectedFile, ...shippedFiles] : shippedFiles;
  const configs = loadAll(files);
  const byFile = new Map(files.map((f, i) => [f, configs[i]]));
  // The pipeline's checks span files: the environments it names, the branches they track. A
  // selected file stands in for the shipped environment of the same name.
  const selectedConfig = selectedFile ? byFile.get(selectedFile) : undefined;
  const universe = selectedConfig
    ? [selectedConfig, ...shippedFiles.map((f) => byFile.get(f)!).filter((c) => c !== selectedConfig && c.environment !== selectedConfig.environment)]
    : configs;
  const errors = pipelineErrors(universe, (c) => files[configs.indexOf(c)]);
  if (errors.length > 0) {
    process.stderr.write(`${errors.map((e) => e.message).join('\n')}\n`);
    process.exit(1);
  }
  const shipped = shippedFiles.map((f) => byFile.get(f)!);
  return { selected: selectedFile ? [byFile.get(selectedFile)!] : shipped, shipped };
}
