import type { RawConfig } from '../schema';
import { Issue, strictObject } from '../zod-helpers';

/**
 * The `kafka` section of the platform config. Placeholder until its issue lands: it accepts
 * only an empty mapping (or nothing), so no unvalidated keys sneak in.
 * @default {}
 */
export const kafkaConfig = strictObject({}).default({});

/** Cross-field checks of the `kafka` section (each problem names its field path). */
export function checkKafka(_config: RawConfig, _issue: Issue): void {}
