"""Feast definitions of the platform, built from /etc/feast/features.yaml.

The platform renders features.yaml from `ml.featureStore` in config/<env>.yaml (lib/ml/features.ts),
where the definitions are checked against the topics' Avro schemas before anything is deployed.
This file only turns that data into Feast objects, so the definitions have one source.

features.yaml:
  entities:        [{name, joinKey, description}]
  featureViews:    [{name, entity, joinKey, topic, timestampField, ttlHours, batchPath, features: [{name, field, type}]}]
  featureServices: [{name, featureViews: [...]}]
"""
import os
from datetime import timedelta

import yaml
from feast import Entity, FeatureService, FeatureView, Field, FileSource, PushSource
from feast.data_format import ParquetFormat
from feast.types import Bool, Float32, Float64, Int32, Int64, String, UnixTimestamp

TYPES = {"Float64": Float64, "Float32": Float32, "Int64": Int64, "Int32": Int32, "String": String, "Bool": Bool, "UnixTimestamp": UnixTimestamp}

with open(os.environ.get("FEAST_FEATURES_FILE", "/etc/feast/features.yaml"), encoding="utf-8") as f:
    spec = yaml.safe_load(f)

entities = {e["name"]: Entity(name=e["name"], join_keys=[e["joinKey"]], description=e.get("description", "")) for e in spec["entities"]}

views = {}
for v in spec["featureViews"]:
    # History: parquet archived from the topic (columns named after the features); freshness: the
    # same rows pushed to the feature server's /push as records arrive.
    batch = FileSource(name=f"{v['name']}_batch", path=v["batchPath"], file_format=ParquetFormat(), timestamp_field=v["timestampField"])
    push = PushSource(name=f"{v['name']}_push", batch_source=batch)
    views[v["name"]] = FeatureView(
        name=v["name"],
        entities=[entities[v["entity"]]],
        ttl=timedelta(hours=v["ttlHours"]),
        schema=[Field(name=feat["name"], dtype=TYPES[feat["type"]], description=feat["field"]) for feat in v["features"]],
        source=push,
        online=True,
        tags={"topic": v["topic"]},
    )
    globals()[v["name"]] = views[v["name"]]

for s in spec["featureServices"]:
    globals()[s["name"]] = FeatureService(name=s["name"], features=[views[name] for name in s["featureViews"]])

for name, entity in entities.items():
    globals()[f"entity_{name}"] = entity
