"""Prediction-drift monitor: KServe logger events in, Prometheus metrics out.

KServe's logger POSTs each predictor response (a CloudEvent: header ce-inferenceservicename, body
{"predictions": [...]}) to port 8080. For every model in BASELINES (JSON: model -> s3://.../baseline.json
of the stable version) it counts predictions per class over the last WINDOW responses and exports, on
port 9090:
  ml_predictions_total{model, class}          predictions seen, per class
  ml_prediction_drift_psi{model}              population stability index of the window against the
                                              baseline's class shares (0 = same distribution)
The platform's PrometheusRule alerts when the PSI stays above the model's driftThreshold.
"""
import collections
import json
import math
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3
from prometheus_client import Counter, Gauge, start_http_server

WINDOW = int(os.environ.get("WINDOW", "5000"))
EPSILON = 1e-4
PREDICTIONS = Counter("ml_predictions_total", "Predictions seen from the KServe logger", ["model", "class"])
PSI = Gauge("ml_prediction_drift_psi", "Population stability index of recent predictions against the training baseline", ["model"])


def load_baselines() -> dict:
    s3 = boto3.client("s3")
    out = {}
    for model, uri in json.loads(os.environ.get("BASELINES", "{}")).items():
        bucket, key = uri[len("s3://"):].split("/", 1)
        try:
            body = json.loads(s3.get_object(Bucket=bucket, Key=key)["Body"].read())
            total = sum(body["classes"].values()) or 1
            out[model] = {k: v / total for k, v in body["classes"].items()}
        except Exception as error:  # a model without a baseline exports counts but no PSI
            print(f"no baseline for {model} at {uri}: {error}")
    return out


BASELINES = load_baselines()
WINDOWS = collections.defaultdict(lambda: collections.deque(maxlen=WINDOW))
LOCK = threading.Lock()


def psi(expected: dict, window) -> float:
    counts = collections.Counter(window)
    total = len(window) or 1
    value = 0.0
    for cls in set(expected) | set(counts):
        e = max(expected.get(cls, 0.0), EPSILON)
        a = max(counts.get(cls, 0) / total, EPSILON)
        value += (a - e) * math.log(a / e)
    return value


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):  # noqa: N802 (http.server's name)
        model = self.headers.get("ce-inferenceservicename", "")
        length = int(self.headers.get("content-length", "0"))
        try:
            predictions = json.loads(self.rfile.read(length) or b"{}").get("predictions", [])
        except ValueError:
            predictions = []
        if model and isinstance(predictions, list):
            with LOCK:
                for p in predictions:
                    cls = str(p)
                    PREDICTIONS.labels(model, cls).inc()
                    WINDOWS[model].append(cls)
                if model in BASELINES:
                    PSI.labels(model).set(psi(BASELINES[model], WINDOWS[model]))
        self.send_response(202)
        self.end_headers()

    def do_GET(self):  # noqa: N802
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    start_http_server(9090)
    ThreadingHTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
