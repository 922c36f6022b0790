import * as fs from 'fs';
import * as path from 'path';
import { ConfigError, PlatformConfig, parseConfigYaml } from './load';

/**
 * Reads and validates a config file.
 * @throws ConfigError when the file is missing, unreadable, not YAML or not a valid config
 */
export function loadConfigFile(file: string): PlatformConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new ConfigError(file, [`(file): cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`]);
  }
  return parseConfigYaml(text, file);
}

/** The environment names shipped in `dir` (`config/<env>.yaml`), sorted. */
export function listEnvironments(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => path.basename(f, '.yaml'))
    .sort();
}
