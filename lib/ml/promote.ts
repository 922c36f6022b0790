import * as YAML from 'yaml';
import { ConfigError, modelBucketName, parseConfigYaml } from '../config';
import { MAX_CANARY_PERCENT } from '../config/sections/ml';

/** Where a registered version goes: beside the stable version, or in its place. */
export type PromotionTarget = 'canary' | 'stable';

/** A promotion of a registered model version, as `npm run promote` takes it. */
export interface Promotion {
  readonly model: string;
  /** The MLflow registered model version (training wrote it to `models/<model>/v<version>`). */
  readonly version: number;
  readonly to: PromotionTarget;
  /** The canary's share of requests when promoting to canary. @default the current share, or 10 when there is none */
  readonly canaryTrafficPercent?: number;
}

/** Canary share a first canary gets when none is given. */
export const DEFAULT_CANARY_PERCENT = 10;

/**
 * The config text with `promotion` applied, comments and layout kept (the `yaml` library edits
 * the document in place), validated like any config: the result is what the delivery path then
 * deploys through git.
 *
 * - `canary`: `canary.storageUri` becomes version N's key in the hub's model bucket and
 *   `canaryTrafficPercent` the given share (kept if already above 0, else 10);
 * - `stable`: `storageUri` becomes version N's key; a canary serving that version is removed with
 *   its share (it is now the stable version).
 *
 * @throws ConfigError naming the field when the model is unknown or the result is not a valid config
 */
export function promoteInConfig(text: string, promotion: Promotion, source = 'config'): string {
  const config = parseConfigYaml(text, source);
  const doc = YAML.parseDocument(text);
  const models = config.ml?.models ?? [];
  const index = models.findIndex((m) => m.name === promotion.model);
  if (index < 0) {
    throw new ConfigError(source, [`ml.models: no model named '${promotion.model}' (models: ${models.map((m) => m.name).join(', ') || 'none'})`]);
  }
  if (!Number.isInteger(promotion.version) || promotion.version < 1) {
    throw new ConfigError(source, [`--version: must be a registered model version (a whole number from 1), got ${promotion.version}`]);
  }
  const hub = config.regions.find((r) => r.hub)!;
  const uri = `s3://${modelBucketName(config, hub)}/models/${promotion.model}/v${promotion.version}`;
  const at = ['ml', 'models', index];
  const model = models[index];

  const edit = new TextEdits(text, doc);
  if (promotion.to === 'canary') {
    if (uri === model.storageUri) throw new ConfigError(source, [`ml.models[${index}].storageUri: version ${promotion.version} is already the stable version`]);
    const share = promotion.canaryTrafficPercent ?? (model.canaryTrafficPercent > 0 ? model.canaryTrafficPercent : DEFAULT_CANARY_PERCENT);
    if (!Number.isInteger(share) || share < 0 || share > MAX_CANARY_PERCENT) {
      throw new ConfigError(source, [`ml.models[${index}].canaryTrafficPercent: must be a whole number between 0 and ${MAX_CANARY_PERCENT}, got ${share}`]);
    }
    if (model.canary) edit.replaceScalar([...at, 'canary', 'storageUri'], uri);
    else edit.insertAfterPair(at, 'storageUri', [`canary:`, `  storageUri: ${uri}`]);
    if (doc.hasIn([...at, 'canaryTrafficPercent'])) edit.replaceScalar([...at, 'canaryTrafficPercent'], String(share));
    else edit.insertAfterPair(at, 'storageUri', [`canaryTrafficPercent: ${share}`]);
  } else {
    edit.replaceScalar([...at, 'storageUri'], uri);
    if (model.canary?.storageUri === uri) {
      edit.removePair(at, 'canary');
      if (doc.hasIn([...at, 'canaryTrafficPercent'])) edit.replaceScalar([...at, 'canaryTrafficPercent'], '0');
    }
  }
  const out = edit.apply();
  parseConfigYaml(out, source); // the promoted config must be valid as a whole
  return out;
}

/**
 * Edits of the config text at the positions the parsed document gives, applied together: only
 * the edited values and lines change, everything else (comments, flow or block style, spacing)
 * stays byte for byte.
 */
class TextEdits {
  private readonly edits: Array<{ start: number; end: number; text: string }> = [];

  constructor(private readonly text: string, private readonly doc: YAML.Document) {}

  /** Replaces the scalar at `path` (plain style: URIs and numbers need no quotes). */
  replaceScalar(path: readonly (string | number)[], value: string): void {
    const node = this.doc.getIn(path, true) as YAML.Scalar;
    this.edits.push({ start: node.range![0], end: node.range![1], text: value });
  }

  /** Inserts `lines` (at the indentation of `key`) after the pair `key` of the block mapping at `path`. */
  insertAfterPair(path: readonly (string | number)[], key: string, lines: readonly string[]): void {
    const pair = this.pair(path, key);
    const keyStart = (pair.key as YAML.Scalar).range![0];
    const indent = keyStart - this.text.lastIndexOf('\n', keyStart - 1) - 1;
    const lineEnd = this.lineEnd((pair.value as YAML.Node).range![1]);
    this.edits.push({ start: lineEnd, end: lineEnd, text: lines.map((l) => `\n${' '.repeat(indent)}${l}`).join('') });
  }

  /** Removes the lines of the pair `key` of the block mapping at `path`. */
  removePair(path: readonly (string | number)[], key: string): void {
    const pair = this.pair(path, key);
    const keyStart = (pair.key as YAML.Scalar).range![0];
    const start = this.text.lastIndexOf('\n', keyStart - 1);
    const end = this.lineEnd((pair.value as YAML.Node).range![1] - 1);
    this.edits.push({ start, end, text: '' });
  }

  apply(): string {
    return [...this.edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), this.text);
  }

  private pair(path: readonly (string | number)[], key: string): YAML.Pair {
    const map = this.doc.getIn(path, true) as YAML.YAMLMap;
    return map.items.find((p) => (p.key as YAML.Scalar).value === key) as YAML.Pair;
  }

  /** Offset of the newline ending the line that holds `offset`. */
  private lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl;
  }
}
