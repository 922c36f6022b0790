import { z } from 'zod';
import { strictObject } from '../zod-helpers';

/** A calendar date, `YYYY-MM-DD`. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date 'YYYY-MM-DD'")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a real calendar date');

/**
 * The compliance register's terms: who answers for the acknowledgements and until when they hold.
 * Synth reads no clock, so "today" is pinned here (`asOf`) and moved on deliberately, in a commit.
 */
export const complianceConfig = strictObject({
  /**
   * The date acknowledgements are checked against: an acknowledgement whose review date is
   * earlier fails the synth. Move it forward when the register is reviewed.
   */
  asOf: isoDate,
  /** The review-by date of every acknowledgement that names none of its own. */
  reviewBy: isoDate,
  /**
   * The team that owns the acknowledgements given in each layer (`regions`, `edge`, `kafka` …);
   * a layer not listed is owned by the environment's `owner`. @default {}
   */
  owners: z.record(z.string().min(1), z.string().min(1).max(128)).default({}),
});
