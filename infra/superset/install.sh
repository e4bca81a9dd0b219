#!/usr/bin/env bash
# Superset 6.1 in its own Python 3.11 venv (.venv-superset/): it needs SQLAlchemy < 2,
# the worker's venv does not. Idempotent: a stamp keyed on this script and the
# constraints file skips the install when nothing changed. Called by
# `scripts/bootstrap.sh superset`.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
VENV="$ROOT/.venv-superset"
PY="${MAMORI_PYTHON:-python3.11}"
command -v "$PY" >/dev/null || PY=python3
STAMP="$VENV/.mamori-superset-$(cat "$HERE/install.sh" "$HERE/constraints.txt" | sha256sum | cut -c1-16)"
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1

log() { printf '\033[1;34m[superset]\033[0m %s\n' "$*" >&2; }

if [[ -f "$STAMP" && -x "$VENV/bin/superset" ]]; then
  exit 0
fi
# Exact versions of everything come from constraints.txt (the set tested together).
PACKAGES=(apache-superset==6.1.0 clickhouse-connect==1.12.0 rich cachetools flask-caching==2.3.1)
UV="$ROOT/.tools/bin/uv"
log "installing Superset 6.1.0 into $VENV (about a minute)"
if [[ -x "$UV" ]]; then
  [[ -x "$VENV/bin/python" ]] || "$UV" venv -q --python "$PY" "$VENV"
  VIRTUAL_ENV="$VENV" "$UV" pip install -q -c "$HERE/constraints.txt" "${PACKAGES[@]}"
else
  [[ -x "$VENV/bin/python" ]] || "$PY" -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check -c "$HERE/constraints.txt" "${PACKAGES[@]}"
fi
# Fail here, not at the first `superset` start, if the install cannot import.
"$VENV/bin/python" -c "import superset, clickhouse_connect.cc_sqlalchemy" >/dev/null
rm -f "$VENV"/.mamori-superset-* "$VENV"/.mamori-[0-9a-f]*
touch "$STAMP"
log "ready: $VENV/bin/superset"
