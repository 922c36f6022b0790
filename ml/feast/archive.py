"""The feature archiver: copies the feature views' topics into the offline store as parquet.

Run by the `feature-archiver` CronJob (hub, on the materialization schedule) as its own Kafka
principal. Settings: the client contract's keys (docs/streams.md, loaded by envFrom from the
`feature-archiver-kafka` Secret) and /etc/feature-archiver/archive.yaml, which the platform renders
from the checked feature definitions (archiveTopics in lib/ml/features.ts): per topic, the batch
path and the columns, each with the Avro field path it is read from (`device_id`,
`metrics[heart_rate].mean`) and its Feast type.

One run: for each partition, read from the group's committed offset (the earliest without one) up
to the end offset seen at start, in batches of at most MAX_ROWS records; write each batch's rows, by
the UTC date of the event time, to
`<path>date=YYYY-MM-DD/<partition>-<first offset>.parquet`; only then commit the offset after the
batch. At least once: a run that dies between the write and the commit rereads the batch from the
same offset and overwrites the same objects. Records that do not decode (the stream job's DLQ
catches bad input, so this is a registry or schema problem) are logged and skipped.
"""
import io
import json
import os
import re
import struct
import sys
import urllib.request
import uuid
import zlib
from datetime import datetime, timezone

import boto3
import fastavro
import pyarrow as pa
import pyarrow.parquet as pq
import yaml
from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

MAX_ROWS = int(os.environ.get("ARCHIVE_MAX_ROWS", "50000"))
ARROW_TYPES = {
    "Float64": pa.float64(), "Float32": pa.float32(), "Int64": pa.int64(), "Int32": pa.int32(),
    "String": pa.string(), "Bool": pa.bool_(), "UnixTimestamp": pa.timestamp("ms", tz="UTC"),
}
FIELD_PATH = re.compile(r"^([A-Za-z_]\w*)(?:\[([^\]]+)\]\.([A-Za-z_]\w*))?$")


def kafka_config() -> dict:
    """librdkafka settings from the client contract: mTLS on Strimzi, IAM (OAUTHBEARER) on MSK."""
    env = os.environ
    conf = {
        "bootstrap.servers": env["KAFKA_BOOTSTRAP_SERVERS"],
        "client.id": env["KAFKA_CLIENT_ID"],
        "group.id": env["KAFKA_CONSUMER_GROUP"],
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
        "security.protocol": env["KAFKA_SECURITY_PROTOCOL"],
    }
    mechanism = env["KAFKA_AUTH_MECHANISM"]
    if mechanism == "MTLS":
        conf.update({"ssl.ca.pem": env["KAFKA_SSL_CA_PEM"], "ssl.certificate.pem": env["KAFKA_SSL_CERTIFICATE_PEM"], "ssl.key.pem": env["KAFKA_SSL_KEY_PEM"]})
    elif mechanism == "AWS_MSK_IAM":
        from aws_msk_iam_sasl_signer import MSKAuthTokenProvider

        region = env["AWS_REGION"]

        def token(_config):
            value, expiry_ms = MSKAuthTokenProvider.generate_auth_token(region)
            return value, expiry_ms / 1000

        conf.update({"sasl.mechanisms": "OAUTHBEARER", "oauth_cb": token})
    else:
        raise SystemExit(f"KAFKA_AUTH_MECHANISM {mechanism!r}: expected MTLS or AWS_MSK_IAM")
    return conf


class Schemas:
    """Writer schemas by the id in each record's framing: Confluent (Apicurio's ccompat API) or Glue."""

    def __init__(self) -> None:
        self.kind = os.environ["SCHEMA_REGISTRY_TYPE"]
        self.url = os.environ["SCHEMA_REGISTRY_URL"].rstrip("/")
        self.cache: dict = {}
        self.glue = boto3.client("glue", region_name=os.environ["AWS_REGION"]) if self.kind == "glue" else None

    def get(self, key: str):
        if key not in self.cache:
            if key.startswith("glue:"):
                text = self.glue.get_schema_version(SchemaVersionId=key[5:])["SchemaDefinition"]
            else:
                with urllib.request.urlopen(f"{self.url}/schemas/ids/{key[10:]}", timeout=10) as r:
                    text = json.load(r)["schema"]
            self.cache[key] = fastavro.parse_schema(json.loads(text))
        return self.cache[key]


def unframe(value: bytes):
    """(schema key, Avro body) of a record in either wire format (jobs/stream-processor/src/wire.ts)."""
    if not value:
        raise ValueError("empty value")
    if value[0] == 0 and len(value) >= 5:
        return f"confluent:{struct.unpack('>i', value[1:5])[0]}", value[5:]
    if value[0] == 3 and len(value) >= 18:
        compression, schema_id, body = value[1], str(uuid.UUID(bytes=bytes(value[2:18]))), value[18:]
        if compression == 5:
            body = zlib.decompress(body)
        elif compression != 0:
            raise ValueError(f"glue frame: unknown compression {compression}")
        return f"glue:{schema_id}", body
    raise ValueError(f"unknown wire format (first byte {value[0]})")


def field_value(record: dict, path: str):
    """The value a feature's field path names: `a`, or `b` of the element of `a` whose name is `key`."""
    m = FIELD_PATH.match(path)
    if not m:
        raise ValueError(f"{path!r} is not a field path")
    top = record.get(m.group(1))
    if m.group(2) is None:
        return top
    for item in top or []:
        if item.get("name") == m.group(2):
            return item.get(m.group(3))
    return None


def flatten(record: dict, columns: list) -> dict:
    """One parquet row: each configured column read from its field path (missing: null)."""
    return {c["name"]: field_value(record, c["field"]) for c in columns}


def to_datetime(value):
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc)
    return datetime.fromtimestamp(value / 1000, tz=timezone.utc)


def write_batch(fs_client, spec: dict, partition: int, rows: list) -> None:
    """Rows [(offset, row)] to one object per event date, named from the partition and first offset."""
    bucket, _, prefix = spec["path"][len("s3://"):].partition("/")
    schema = pa.schema([(c["name"], ARROW_TYPES[c["type"]]) for c in spec["columns"]])
    by_date: dict = {}
    for offset, row in rows:
        row[spec["timestampColumn"]] = to_datetime(row[spec["timestampColumn"]])
        by_date.setdefault(row[spec["timestampColumn"]].strftime("%Y-%m-%d"), []).append((offset, row))
    for date, dated in sorted(by_date.items()):
        table = pa.Table.from_pylist([r for _, r in dated], schema=schema)
        buf = io.BytesIO()
        pq.write_table(table, buf, compression="zstd")
        key = f"{prefix}date={date}/{partition}-{dated[0][0]}.parquet"
        fs_client.put_object(Bucket=bucket, Key=key, Body=buf.getvalue())
        print(f"archived {len(dated)} rows of {spec['topic']}[{partition}] to s3://{bucket}/{key}", flush=True)


def archive_partition(consumer: Consumer, s3, schemas: Schemas, spec: dict, partition: int) -> int:
    topic = spec["topic"]
    tp = TopicPartition(topic, partition)
    committed = consumer.committed([tp], timeout=30)[0].offset
    _, end = consumer.get_watermark_offsets(tp, timeout=30)
    start = committed if committed >= 0 else OFFSET_BEGINNING
    consumer.assign([TopicPartition(topic, partition, start)])
    archived, rows, position = 0, [], None
    while True:
        msg = consumer.poll(5.0)
        done = msg is None or (msg.error() is None and msg.offset() >= end - 1)
        if msg is not None and msg.error() is None:
            position = msg.offset()
            try:
                key, body = unframe(msg.value())
                record = fastavro.schemaless_reader(io.BytesIO(body), schemas.get(key), None)
                rows.append((msg.offset(), flatten(record, spec["columns"])))
            except Exception as e:  # noqa: BLE001 - one bad record must not stop the archive
                print(f"skipped {topic}[{partition}]@{msg.offset()}: {e}", file=sys.stderr, flush=True)
        elif msg is not None:
            print(f"consumer error on {topic}[{partition}]: {msg.error()}", file=sys.stderr, flush=True)
        if rows and (len(rows) >= MAX_ROWS or done):
            write_batch(s3, spec, partition, rows)
            archived += len(rows)
            rows = []
        if position is not None and (done or not rows):
            # Only after the objects are written: the next run starts after what is in S3.
            consumer.commit(offsets=[TopicPartition(topic, partition, position + 1)], asynchronous=False)
        if done:
            return archived


def main() -> int:
    with open(os.environ.get("ARCHIVE_CONFIG", "/etc/feature-archiver/archive.yaml"), encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    consumer = Consumer(kafka_config())
    s3 = boto3.client("s3", region_name=os.environ["AWS_REGION"])
    schemas = Schemas()
    try:
        for topic in spec["topics"]:
            partitions = sorted(consumer.list_topics(topic["topic"], timeout=30).topics[topic["topic"]].partitions)
            total = sum(archive_partition(consumer, s3, schemas, topic, p) for p in partitions)
            print(f"{topic['topic']}: {total} rows archived from {len(partitions)} partitions", flush=True)
    finally:
        consumer.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
