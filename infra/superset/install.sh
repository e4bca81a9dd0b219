#!/usr/bin/env bash
# Superset 6.1 in its own venv (.venv-superset), idempotent (stamp file).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
VENV=.venv-superset
PY="${MAMORI_PYTHON:-python3.11}"
command -v "$PY" >/dev/null || PY=python3
stamp="$VENV/.mamori-$(sha256sum infra/superset/constraints.txt | cut -c1-16)"
[[ -f "$stamp" ]] && exit 0
echo "[superset] installing Superset 6.1 into $VENV (about a minute)" >&2
UV=.tools/bin/uv
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1
[[ -x "$VENV/bin/python" ]] || "$UV" venv -q --python "$PY" "$VENV"
VIRTUAL_ENV="$ROOT/$VENV" "$UV" pip install -q -c infra/superset/constraints.txt \
  apache-superset clickhouse-connect flask-caching rich cachetools
rm -f "$VENV"/.mamori-*; touch "$stamp"
