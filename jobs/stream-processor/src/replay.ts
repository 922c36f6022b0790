/**
 * Which dead letters a replay re-sends, without I/O: the records of the dead-letter topic in an
 * offset range, optionally only those whose `dlq.reason` contains a text, each with its original
 * key and bytes, for the input topic the header names. The runtime (`runtime/replay.ts`) reads
 * the DLQ and sends the result in one transaction.
 */

/** One record of the dead-letter topic. */
export interface DeadLetterRecord {
  readonly partition: number;
  readonly offset: string;
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/** What to replay. */
export interface ReplayFilter {
  /** The input topic the records go back to: only dead letters from it are replayed. */
  readonly inputTopic: string;
  /** First offset to replay, per DLQ partition (inclusive). @default 0 */
  readonly fromOffset?: number;
  /** Last offset to replay, per DLQ partition (inclusive). @default - the end */
  readonly toOffset?: number;
  /** Only records whose `dlq.reason` contains this. @default - every reason */
  readonly reasonContains?: string;
}

/** A record to send back to the input topic. */
export interface ReplayRecord {
  readonly key: Buffer | null;
  readonly value: Buffer;
  /** Where it came from, kept as headers so a record that fails again says it was replayed. */
  readonly headers: Record<string, string>;
}

/** The records of `batch` to replay, in order; empty values (tombstones) are never replayed. */
export function selectForReplay(batch: readonly DeadLetterRecord[], filter: ReplayFilter): ReplayRecord[] {
  return batch.flatMap((r) => {
    const offset = Number(r.offset);
    if (offset < (filter.fromOffset ?? 0) || (filter.toOffset !== undefined && offset > filter.toOffset)) return [];
    if (r.headers['dlq.source.topic'] !== filter.inputTopic) return [];
    const reason = r.headers['dlq.reason'] ?? '';
    if (filter.reasonContains !== undefined && !reason.includes(filter.reasonContains)) return [];
    if (!r.value || r.value.length === 0) return [];
    return [{ key: r.key, value: r.value, headers: { 'dlq.replayed.from': `${r.partition}:${r.offset}`, 'dlq.replayed.reason': reason } }];
  });
}
