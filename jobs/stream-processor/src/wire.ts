import { inflateSync } from 'zlib';

/**
 * Record framing of the two schema registries the platform runs, so one client reads and writes
 * both (the compatibility layer of the client contract, docs/streams.md):
 *
 * - `confluent` (Apicurio's Confluent-compatible API, Strimzi regions): magic byte 0, the schema
 *   id as a big-endian int32, then the Avro binary;
 * - `glue` (AWS Glue Schema Registry, MSK regions): header version byte 3, a compression byte
 *   (0 none, 5 zlib), the schema version id as 16 bytes (a UUID), then the Avro binary.
 *
 * `SCHEMA_REGISTRY_TYPE` in the connection Secret says which one a region writes; reading accepts
 * either, so records replayed across engines (or from a DLQ) still decode.
 */

/** The registry wire formats. */
export type WireFormat = 'confluent' | 'glue';

/** A framed record, taken apart. */
export interface Frame {
  readonly format: WireFormat;
  /** The writer schema's id: a decimal id (`confluent`) or a schema version UUID (`glue`). */
  readonly schemaId: string;
  /** The Avro binary body (inflated when it was compressed). */
  readonly payload: Buffer;
}

const CONFLUENT_MAGIC = 0;
const GLUE_HEADER_VERSION = 3;
const GLUE_COMPRESSION_NONE = 0;
const GLUE_COMPRESSION_ZLIB = 5;

/** Why a record cannot be decoded; the processor sends it to the dead-letter topic with this reason. */
export class UndecodableRecord extends Error {}

/** Takes a record value apart, or throws {@link UndecodableRecord} saying why. */
export function unframe(value: Buffer | null | undefined): Frame {
  if (!value || value.length === 0) throw new UndecodableRecord('empty value (tombstone or null)');
  if (value[0] === CONFLUENT_MAGIC) {
    if (value.length < 5) throw new UndecodableRecord(`confluent frame of ${value.length} bytes is shorter than its 5-byte header`);
    return { format: 'confluent', schemaId: String(value.readInt32BE(1)), payload: value.subarray(5) };
  }
  if (value[0] === GLUE_HEADER_VERSION) {
    if (value.length < 18) throw new UndecodableRecord(`glue frame of ${value.length} bytes is shorter than its 18-byte header`);
    const compression = value[1];
    const schemaId = uuidOf(value.subarray(2, 18));
    const body = value.subarray(18);
    if (compression === GLUE_COMPRESSION_NONE) return { format: 'glue', schemaId, payload: body };
    if (compression === GLUE_COMPRESSION_ZLIB) {
      try {
        return { format: 'glue', schemaId, payload: inflateSync(body) };
      } catch (e) {
        throw new UndecodableRecord(`glue frame: zlib body does not inflate (${(e as Error).message})`);
      }
    }
    throw new UndecodableRecord(`glue frame: unknown compression byte ${compression}`);
  }
  throw new UndecodableRecord(`unknown wire format: first byte ${value[0]} is neither 0 (confluent) nor 3 (glue)`);
}

/** Frames an Avro body for `format` with the writer schema's id (uncompressed). */
export function frame(format: WireFormat, schemaId: string, payload: Buffer): Buffer {
  if (format === 'confluent') {
    const id = Number(schemaId);
    if (!Number.isInteger(id) || id < 0 || id > 0x7fffffff) throw new Error(`confluent schema id must be a non-negative int32, got '${schemaId}'`);
    const header = Buffer.alloc(5);
    header[0] = CONFLUENT_MAGIC;
    header.writeInt32BE(id, 1);
    return Buffer.concat([header, payload]);
  }
  const hex = schemaId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`glue schema version id must be a UUID, got '${schemaId}'`);
  return Buffer.concat([Buffer.from([GLUE_HEADER_VERSION, GLUE_COMPRESSION_NONE]), Buffer.from(hex, 'hex'), payload]);
}

function uuidOf(bytes: Buffer): string {
  const h = bytes.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
