import { z } from 'zod';
import { platformConfigShape } from './schema';

/**
 * The JSON Schema of `config/<env>.yaml` as users write it (defaults optional), generated from
 * the zod schema so the two cannot disagree. Editors use it to complete and check the YAML;
 * cross-field rules (overlaps, one hub…) are only in zod.
 */
export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(platformConfigShape, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://automatedai.example/platform-config.schema.json',
    title: 'Platform config (config/<env>.yaml)',
  };
}

/** The committed file's exact text: stable key order, two-space indent, trailing newline. */
export function configJsonSchemaText(): string {
  return `${JSON.stringify(configJsonSchema(), null, 2)}\n`;
}
