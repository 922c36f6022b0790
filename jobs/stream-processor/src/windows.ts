/**
 * The device-metrics-5min aggregation: tumbling event-time windows per device with a grace period
 * for late records, and per metric the count, min, max, mean and last reading. Pure (no I/O, no
 * clock): time is the records' own timestamps, so the same input always yields the same output,
 * which is what the tests and the exactly-once replay after a crash rely on.
 *
 * Semantics are Kafka Streams' (`TimeWindows.ofSizeAndGrace(size, grace)` +
 * `suppress(untilWindowCloses)`): stream time is the largest record timestamp seen; a window
 * [start, start + size) closes when stream time reaches its end + grace, and emits once, then;
 * a record whose window has already closed is late and is not counted (the caller sends it on).
 */

/** One metric reading of a `DeviceTelemetry` record (schemas/device-telemetry.avsc). */
export interface MetricReading {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
}

/** The fields of a `DeviceTelemetry` record the aggregation reads. */
export interface Telemetry {
  readonly device_id: string;
  /** Event time, epoch milliseconds (`timestamp-millis`). */
  readonly timestamp: number;
  readonly metrics: readonly MetricReading[];
}

/** One `MetricAggregate` of schemas/device-metrics-5min.avsc. */
export interface MetricAggregate {
  name: string;
  unit: string;
  count: number;
  min: number;
  max: number;
  mean: number;
  last: number;
}

/** A `DeviceMetricsAggregate` record (schemas/device-metrics-5min.avsc). */
export interface DeviceMetricsAggregate {
  device_id: string;
  /** Inclusive, epoch milliseconds. */
  window_start: number;
  /** Exclusive, epoch milliseconds. */
  window_end: number;
  metrics: MetricAggregate[];
}

/** Window size and grace, in milliseconds. */
export interface WindowSettings {
  /** Tumbling window size; a whole number of minutes (the config check refuses others). */
  readonly windowMs: number;
  /** How long after a window's end records for it are still counted. */
  readonly graceMs: number;
}

/** What happened to a record given to {@link WindowAggregator.add}. */
export type AddResult = 'counted' | 'late';

interface MetricState {
  name: string;
  unit: string;
  count: number;
  min: number;
  max: number;
  sum: number;
  last: number;
  lastAt: number;
}

/** The open state of one device's window: what the changelog topic holds, keyed by {@link windowKey}. */
export interface WindowState {
  readonly device_id: string;
  readonly window_start: number;
  readonly metrics: MetricState[];
}

/** The state-store key of a device's window: `<device>@<start>`. */
export function windowKey(deviceId: string, windowStart: number): string {
  return `${deviceId}@${windowStart}`;
}

/** Start of the tumbling window holding `timestamp` (windows are aligned to the epoch, as in Kafka Streams). */
export function windowStartOf(timestamp: number, windowMs: number): number {
  return timestamp - (((timestamp % windowMs) + windowMs) % windowMs);
}

/**
 * The aggregation state of the partitions one instance owns: open windows by key and stream time.
 * `add` counts a record or calls it late; `closeDue` emits (and forgets) every window stream time
 * has closed, in a stable order.
 */
export class WindowAggregator {
  private readonly open = new Map<string, WindowState>();
  private streamTime = Number.NEGATIVE_INFINITY;

  constructor(private readonly settings: WindowSettings) {
    if (!Number.isInteger(settings.windowMs / 60_000) || settings.windowMs <= 0) {
      throw new Error(`windowMs: ${settings.windowMs} is not a whole number of minutes`);
    }
    if (!(settings.graceMs >= 0)) throw new Error(`graceMs: must be >= 0, got ${settings.graceMs}`);
  }

  /** The largest event time seen (or -Infinity before the first record). */
  get time(): number {
    return this.streamTime;
  }

  /** Counts one reading into its device's window, unless that window has already closed. */
  add(record: Telemetry): AddResult {
    const start = windowStartOf(record.timestamp, this.settings.windowMs);
    if (this.closes(start) <= this.streamTime) return 'late';
    this.streamTime = Math.max(this.streamTime, record.timestamp);
    const key = windowKey(record.device_id, start);
    let state = this.open.get(key);
    if (!state) {
      state = { device_id: record.device_id, window_start: start, metrics: [] };
      this.open.set(key, state);
    }
    for (const reading of record.metrics) {
      let m = state.metrics.find((x) => x.name === reading.name && x.unit === reading.unit);
      if (!m) {
        m = { name: reading.name, unit: reading.unit, count: 0, min: reading.value, max: reading.value, sum: 0, last: reading.value, lastAt: record.timestamp };
        state.metrics.push(m);
      }
      m.count += 1;
      m.min = Math.min(m.min, reading.value);
      m.max = Math.max(m.max, reading.value);
      m.sum += reading.value;
      // The latest by event time; on a tie, the later arrival.
      if (record.timestamp >= m.lastAt) {
        m.last = reading.value;
        m.lastAt = record.timestamp;
      }
    }
    return 'counted';
  }

  /** The windows stream time has closed, as output records, removed from the state. Sorted by start, then device. */
  closeDue(): DeviceMetricsAggregate[] {
    const due = [...this.open.entries()].filter(([, s]) => this.closes(s.window_start) <= this.streamTime);
    for (const [key] of due) this.open.delete(key);
    return due
      .map(([, s]) => this.output(s))
      .sort((a, b) => a.window_start - b.window_start || (a.device_id < b.device_id ? -1 : a.device_id > b.device_id ? 1 : 0));
  }

  /** The open windows (what the changelog holds), by key. */
  snapshot(): ReadonlyMap<string, WindowState> {
    return this.open;
  }

  /** Restores open windows and stream time from the changelog after a restart or a rebalance. */
  restore(states: Iterable<WindowState>, streamTime: number): void {
    for (const s of states) this.open.set(windowKey(s.device_id, s.window_start), { ...s, metrics: s.metrics.map((m) => ({ ...m })) });
    this.streamTime = Math.max(this.streamTime, streamTime);
  }

  /** The stream time at which the window starting at `start` closes. */
  private closes(start: number): number {
    return start + this.settings.windowMs + this.settings.graceMs;
  }

  private output(s: WindowState): DeviceMetricsAggregate {
    return {
      device_id: s.device_id,
      window_start: s.window_start,
      window_end: s.window_start + this.settings.windowMs,
      metrics: [...s.metrics]
        .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
        .map((m) => ({ name: m.name, unit: m.unit, count: m.count, min: m.min, max: m.max, mean: m.sum / m.count, last: m.last })),
    };
  }
}
