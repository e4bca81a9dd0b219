#!/usr/bin/env bash
# The main job on local defaults (README, first command): installs everything,
# starts Kafka, ClickHouse and Superset as local processes, applies migrations,
# runs the worker, publishes the sample stream, waits for the indicators in
# ClickHouse and prints a summary. Services keep running; stop them with
# `.venv/bin/mamori services stop`.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/bootstrap.sh python kafka superset
exec .venv/bin/mamori demo "$@"
