/**
 * Loads the environments a bin/ entry works on: every shipped config (config/*.yaml) is always
 * validated, so a broken one fails every command; the selection is `-c env=NAME`, `-c config=PATH`,
 * or, without either, every shipped environment. Any invalid config prints one line per problem
 * and exits 1 before anything is written.
 */
import * as path from 'path';
import { ConfigError, PlatformConfig, listEnvironments, loadConfigFile, pipelineErrors } from '../lib/config';
import type { RenderedFile } from '../lib/k8s/write';

/** The repository root. */
export const ROOT = path.resolve(__dirname, '..');
const CONFIG_DIR = path.join(ROOT, 'config');

/** What a bin/ entry works on. */
export interface Environments {
  /** The selected environments, in config/ order (the selected file first when it is not shipped). */
  readonly selected: readonly PlatformConfig[];
  /** Every shipped environment (config/*.yaml). */
  readonly shipped: readonly PlatformConfig[];
  /** The file each environment was read from. */
  readonly fileOf: (config: PlatformConfig) => string;
}

/** Context of the selection (`env`, `config`), as the CDK CLI passes it. */
export interface Selection {
  readonly env?: string;
  readonly config?: string;
}

/**
 * The arguments of a bin/ entry that works on the selected environments: `-c key=value` pairs (as
 * the CDK CLI takes them) and the bare `flags` it allows; anything else prints a line and exits 1.
 */
function commandArgs(command: string, argv: readonly string[], flags: readonly string[] = []): { context: Record<string, string>; flags: ReadonlySet<string> } {
  const context: Record<string, string> = {};
  const set = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    if ((argv[i] === '-c' || argv[i] === '--context') && argv[i + 1]?.includes('=')) {
      const [k, ...v] = argv[++i].split('=');
      context[k] = v.join('=');
    } else if (flags.includes(argv[i])) {
      set.add(argv[i]);
    } else {
      process.stderr.write(`${command}: unknown argument '${argv[i]}' (allowed: ${['-c env=NAME', '-c config=PATH', ...flags].join(', ')})\n`);
      process.exit(1);
    }
  }
  return { context, flags: set };
}

/** The environments `-c env=…` / `-c config=…` select (prod without either), and the flags given. */
export function commandEnvironments(command: string, argv: readonly string[], flags: readonly string[] = []): Environments & { readonly flags: ReadonlySet<string> } {
  const args = commandArgs(command, argv, flags);
  return { ...loadEnvironments({ env: args.context.env ?? 'prod', config: args.context.config }), flags: args.flags };
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
  const fileOf = (config: PlatformConfig): string => {
    const file = files[configs.indexOf(config)];
    const relative = path.relative(ROOT, file);
    return relative.startsWith('..') ? file : relative;
  };
  return { selected: selectedFile ? [byFile.get(selectedFile)!] : shipped, shipped, fileOf };
}

/**
 * The capacity check (lib/capacity): an environment whose pods cannot fit its node groups — at
 * min replicas on the desired sizes, or at max replicas on the max sizes — prints one line per
 * region and scenario (the node-group field, the shortfall, the size that would fit) and exits 1
 * before anything is written. It reads the rendered manifests: pass them when already rendered.
 */
export async function rejectUnfit(configs: readonly PlatformConfig[], fileOf: (config: PlatformConfig) => string, rendered?: readonly RenderedFile[]): Promise<void> {
  const { renderEnvironment } = await import('../lib/platform/render');
  const { capacityError } = await import('../lib/platform/capacity');
  const { CAPACITY_INPUTS } = await import('../lib/platform/capacity-inputs');
  const errors = configs
    .map((config) => capacityError(config, fileOf(config), rendered ?? renderEnvironment(config), CAPACITY_INPUTS))
    .filter((e): e is ConfigError => e !== undefined);
  if (errors.length > 0) {
    process.stderr.write(`${errors.map((e) => e.message).join('\n')}\n`);
    process.exit(1);
  }
}
