"""Entry point of the Feast image: `serve`, `apply` or `materialize` on the platform's feature repo,
or `archive` (archive.py: the feature views' topics to parquet in the offline store).

The repository is /app/feature_repo (definitions.py); its feature_store.yaml and features.yaml are
mounted from the platform's ConfigMaps at /etc/feast. Jobs run beside an Istio sidecar: when the
work is done, they ask it to exit (POST /quitquitquit on the pilot agent), or the Job never ends.
"""
import datetime
import os
import subprocess
import sys
import urllib.request

REPO = "/app/feature_repo"
STORE_YAML = os.environ.get("FEAST_FS_YAML_FILE_PATH", "/etc/feast/feature_store.yaml")
SIDECAR_QUIT = "http://127.0.0.1:15020/quitquitquit"


def feast(*args: str) -> int:
    return subprocess.call(["feast", "--chdir", REPO, "--feature-store-yaml", STORE_YAML, *args])


def stop_sidecar() -> None:
    try:
        urllib.request.urlopen(urllib.request.Request(SIDECAR_QUIT, method="POST"), timeout=5)
    except OSError:
        pass  # no sidecar (outside the mesh, or a native sidecar that stops by itself)


def main(command: str) -> int:
    if command == "serve":
        os.execvp("feast", ["feast", "--chdir", REPO, "--feature-store-yaml", STORE_YAML, "serve", "--host", "0.0.0.0", "--port", "6566"])
    if command == "apply":
        rc = feast("apply")
    elif command == "archive":
        import archive

        rc = archive.main()
    elif command == "materialize":
        now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        rc = feast("materialize-incremental", now)
    else:
        print(f"unknown command {command!r}: serve, apply, materialize or archive", file=sys.stderr)
        rc = 2
    stop_sidecar()
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
