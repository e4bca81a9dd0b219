#!/usr/bin/env bash
# Installs what Mamori needs on a fresh machine, idempotently:
#   python   .venv/ with the locked dependencies and mamori itself (always)
#   kafka    Apache Kafka broker jars from Maven Central into infra/kafka/libs
#   superset Superset 6.1 in its own venv .venv-superset/ (needs SQLAlchemy < 2)
#   browser  Debian chromium + chromium-driver for the dashboard browser test
#   imap     Debian dovecot-imapd: a real IMAP server for the mail-ingest tests
# Usage: scripts/bootstrap.sh [kafka] [superset] [browser] [imap] [all]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${MAMORI_PYTHON:-python3.11}"
command -v "$PY" >/dev/null || PY=python3
UV_VERSION="0.13.8"
export UV_PYTHON_DOWNLOADS=never UV_NO_PROGRESS=1

want() { for a in "${ARGS[@]}"; do [[ "$a" == "$1" || "$a" == all ]] && return 0; done; return 1; }
ARGS=("$@")
[[ ${#ARGS[@]} -eq 0 ]] && ARGS=(python)

log() { printf '\033[1;34m[bootstrap]\033[0m %s\n' "$*" >&2; }

# --- Python: uv (pinned) in .tools, the project venv in .venv --------------------------
if [[ ! -x .tools/bin/uv ]] || [[ "$(.tools/bin/uv --version | awk '{print $2}')" != "$UV_VERSION" ]]; then
  log "installing uv $UV_VERSION into .tools/"
  "$PY" -m venv .tools
  .tools/bin/pip install -q --disable-pip-version-check "uv==$UV_VERSION"
fi
UV=.tools/bin/uv
stamp=".venv/.mamori-lock-$(sha256sum requirements/lock.txt pyproject.toml | sha256sum | cut -c1-16)"
if [[ ! -f "$stamp" ]]; then
  log "syncing .venv with requirements/lock.txt"
  [[ -x .venv/bin/python ]] || "$UV" venv -q --python "$PY" .venv
  VIRTUAL_ENV="$ROOT/.venv" "$UV" pip sync -q requirements/lock.txt
  VIRTUAL_ENV="$ROOT/.venv" "$UV" pip install -q --no-deps -e .
  rm -f .venv/.mamori-lock-*; touch "$stamp"
fi

if want kafka; then
  bash infra/kafka/install.sh
fi
if want superset; then
  bash infra/superset/install.sh
fi
if want browser; then
  # fonts-noto-cjk: without a CJK font the Japanese dashboard titles render as boxes.
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null \
     || ! { command -v fc-list >/dev/null && fc-list :lang=ja | grep -q .; }; then
    log "installing Debian chromium + chromium-driver + fonts-noto-cjk"
    if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
fi
if want imap; then
  # Only the binary is used: tests start it as a plain process with their own config
  # (mamori.devstack.dovecot); the package's system service is never started.
  if [[ ! -x /usr/sbin/dovecot ]]; then
    log "installing Debian dovecot-imapd"
    if [[ $(id -u) -eq 0 ]]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends dovecot-imapd >/dev/null
  fi
fi
log "ready"
