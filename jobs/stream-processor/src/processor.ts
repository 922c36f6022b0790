import * as avro from 'avsc';
import { DeviceMetricsAggregate, Telemetry, WindowAggregator, WindowSettings } from './windows';
import { UndecodableRecord, WireFormat, frame, unframe } from './wire';

/**
 * One step of the job, without I/O: decode a batch of `device-telemetry` records (either wire
 * format, any registered writer version, resolved to the reader schema the job was built with),
 * count them into the windows, and return the `device-metrics-5min` records the windows that
 * closed produce, framed for the region's registry, plus the dead letters. The runtime
 * (`runtime/main.ts`) sends the outputs, the dead letters and the input offsets in one Kafka transaction.
 */

/** One input record as the consumer hands it over. */
export interface InputRecord {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
  readonly value: Buffer | null;
}

/** A record for the dead-letter topic: the original bytes and why, in headers (what docs/streams.md's replay reads). */
export interface DeadLetter {
  readonly value: Buffer | null;
  readonly headers: Record<string, string>;
}

/** An output record: keyed by device, so a device's aggregates stay in order on one partition. */
export interface OutputRecord {
  readonly key: string;
  readonly value: Buffer;
  readonly record: DeviceMetricsAggregate;
}

/** What one batch produced. */
export interface StepResult {
  readonly outputs: OutputRecord[];
  readonly deadLetters: DeadLetter[];
  /** Records that arrived after their window closed (counted in a metric, not aggregated). */
  readonly late: number;
}

/** Looks up a writer schema by the id a record carries (the runtime fills it from the registry before the step). */
export type WriterSchemas = (format: WireFormat, schemaId: string) => avro.Type | undefined;

/** Props of {@link Processor}. */
export interface ProcessorProps {
  readonly windows: WindowSettings;
  /** Reader schema of the input (schemas/device-telemetry.avsc). */
  readonly inputSchema: avro.Type;
  /** Schema of the output (schemas/device-metrics-5min.avsc): every record is checked against it before it leaves. */
  readonly outputSchema: avro.Type;
  /** Wire format of the region's registry (`SCHEMA_REGISTRY_TYPE`). */
  readonly outputFormat: WireFormat;
  /** Id of the output schema's version in that registry. */
  readonly outputSchemaId: string;
  readonly writerSchemas: WriterSchemas;
}

/** The aggregation with its codecs; keeps the window state between batches. */
export class Processor {
  public readonly windows: WindowAggregator;
  private readonly resolvers = new Map<avro.Type, avro.Resolver>();

  constructor(private readonly props: ProcessorProps) {
    this.windows = new WindowAggregator(props.windows);
  }

  /** Decodes, aggregates and emits one batch (in input order). */
  step(batch: readonly InputRecord[]): StepResult {
    const deadLetters: DeadLetter[] = [];
    let late = 0;
    for (const record of batch) {
      let telemetry: Telemetry;
      try {
        telemetry = this.decode(record.value);
      } catch (e) {
        if (!(e instanceof UndecodableRecord)) throw e;
        deadLetters.push({
          value: record.value,
          headers: {
            'dlq.reason': e.message,
            'dlq.source.topic': record.topic,
            'dlq.source.partition': String(record.partition),
            'dlq.source.offset': record.offset,
          },
        });
        continue;
      }
      if (this.windows.add(telemetry) === 'late') late += 1;
    }
    const outputs = this.windows.closeDue().map((aggregate) => ({ key: aggregate.device_id, value: this.encode(aggregate), record: aggregate }));
    return { outputs, deadLetters, late };
  }

  /** A record value as telemetry, or {@link UndecodableRecord}. */
  decode(value: Buffer | null): Telemetry {
    const { format, schemaId, payload } = unframe(value);
    const writer = this.props.writerSchemas(format, schemaId);
    if (!writer) throw new UndecodableRecord(`${format} schema id ${schemaId} is not a registered version of the input schema`);
    let resolver = this.resolvers.get(writer);
    if (!resolver) {
      try {
        resolver = this.props.inputSchema.createResolver(writer);
      } catch (e) {
        throw new UndecodableRecord(`${format} schema id ${schemaId} cannot be read as ${this.props.inputSchema.name ?? 'the input schema'}: ${(e as Error).message}`);
      }
      this.resolvers.set(writer, resolver);
    }
    try {
      return this.props.inputSchema.fromBuffer(payload, resolver, true) as Telemetry;
    } catch (e) {
      throw new UndecodableRecord(`Avro body does not decode with ${format} schema id ${schemaId}: ${(e as Error).message}`);
    }
  }

  /** An aggregate, checked against the output schema and framed; a record the schema refuses is a bug and stops the job. */
  encode(aggregate: DeviceMetricsAggregate): Buffer {
    const errors: string[] = [];
    if (!this.props.outputSchema.isValid(aggregate, { errorHook: (path) => errors.push(path.join('.')) })) {
      throw new Error(`output record for ${aggregate.device_id}@${aggregate.window_start} does not match the output schema at: ${errors.join(', ')}`);
    }
    return frame(this.props.outputFormat, this.props.outputSchemaId, this.props.outputSchema.toBuffer(aggregate));
  }
}
