"""Train one model on a Feast feature service, track it in MLflow, register it, publish it for KServe.

Settings (environment, set by the platform's CronJob): MODEL_NAME, FEATURE_SERVICE, HISTORY_DAYS,
MODEL_BUCKET (the hub's model bucket), MLFLOW_TRACKING_URI, FEAST_REPO (a directory holding the
platform's definitions.py; feature_store.yaml and features.yaml are mounted at /etc/feast).

What it does:
1. reads the last HISTORY_DAYS of the feature service's features from the offline store (S3);
2. fits an IsolationForest (unsupervised: anomalies are rare, labels are not kept);
3. logs parameters and metrics to MLflow and registers the model as version N of MODEL_NAME;
4. writes model.joblib and baseline.json (the score distribution, for drift) to
   s3://MODEL_BUCKET/models/MODEL_NAME/vN/, where ml.models[].storageUri / canary.storageUri name it.
Promotion is a config change: `npm run promote -- --model MODEL_NAME --version N --to canary`.
"""
import datetime
import io
import json
import os
import sys
import urllib.request

import boto3
import joblib
import mlflow
import numpy as np
import pandas as pd
from feast import FeatureStore
from sklearn.ensemble import IsolationForest

BINS = 10


def stop_sidecar() -> None:
    try:
        urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:15020/quitquitquit", method="POST"), timeout=5)
    except OSError:
        pass


def main() -> int:
    model_name = os.environ["MODEL_NAME"]
    service_name = os.environ["FEATURE_SERVICE"]
    days = int(os.environ.get("HISTORY_DAYS", "30"))
    bucket = os.environ["MODEL_BUCKET"]
    store = FeatureStore(repo_path=os.environ.get("FEAST_REPO", "/app/feature_repo"), fs_yaml_file=os.environ.get("FEAST_FS_YAML_FILE_PATH", "/etc/feast/feature_store.yaml"))
    service = store.get_feature_service(service_name)

    # Entity rows: every device and event time in the window, read from the views' batch sources.
    end = pd.Timestamp.now(tz="UTC")
    start = end - pd.Timedelta(days=days)
    frames = []
    for projection in service.feature_view_projections:
        view = store.get_feature_view(projection.name)
        source = view.batch_source
        join_key = view.entity_columns[0].name
        rows = pd.read_parquet(source.path, columns=[join_key, source.timestamp_field])
        rows = rows[(rows[source.timestamp_field] >= start) & (rows[source.timestamp_field] < end)]
        frames.append(rows.rename(columns={source.timestamp_field: "event_timestamp"}))
    entity_df = pd.concat(frames).drop_duplicates()
    data = store.get_historical_features(entity_df=entity_df, features=service).to_df()
    features = [f.name for p in service.feature_view_projections for f in p.features]
    x = data[features].dropna()
    if x.empty:
        print(f"no feature rows in the last {days} days: nothing to train", file=sys.stderr)
        return 1

    mlflow.set_experiment(model_name)
    with mlflow.start_run() as run:
        params = {"n_estimators": 200, "contamination": 0.01, "random_state": 0}
        model = IsolationForest(**params).fit(x)
        scores = model.score_samples(x)
        predictions = model.predict(x)
        metrics = {"rows": float(len(x)), "anomaly_rate": float(np.mean(predictions == -1)), "score_mean": float(scores.mean()), "score_std": float(scores.std())}
        mlflow.log_params({**params, "feature_service": service_name, "history_days": days, "features": ",".join(features)})
        mlflow.log_metrics(metrics)
        info = mlflow.sklearn.log_model(model, name="model", registered_model_name=model_name, input_example=x.head(5))
        version = info.registered_model_version

        # KServe's sklearn server loads model.joblib; the drift monitor compares live predictions
        # with the distribution of predictions on the training data (baseline.json).
        counts = {"-1": int(np.sum(predictions == -1)), "1": int(np.sum(predictions == 1))}
        baseline = {"model": model_name, "version": version, "run": run.info.run_id, "classes": counts, "trainedAt": datetime.datetime.now(datetime.timezone.utc).isoformat()}
        prefix = f"models/{model_name}/v{version}"
        buffer = io.BytesIO()
        joblib.dump(model, buffer)
        s3 = boto3.client("s3")
        s3.put_object(Bucket=bucket, Key=f"{prefix}/model.joblib", Body=buffer.getvalue())
        s3.put_object(Bucket=bucket, Key=f"{prefix}/baseline.json", Body=json.dumps(baseline).encode())
        mlflow.MlflowClient().set_model_version_tag(model_name, version, "storageUri", f"s3://{bucket}/{prefix}")
        print(f"registered {model_name} version {version} at s3://{bucket}/{prefix} ({json.dumps(metrics)})")
    return 0


if __name__ == "__main__":
    try:
        code = main()
    finally:
        stop_sidecar()
    sys.exit(code)
