#!/usr/bin/env bash
# The test command (README, second command; .ci/run calls exactly this).
# Installs everything, lints, type-checks, then runs all tests: unit tests and
# integration tests on a real Kafka broker, a real ClickHouse engine and a real
# Superset + Chromium, all started by the tests' fixtures as plain processes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/bootstrap.sh all
.venv/bin/ruff check streams tests bench
.venv/bin/ruff format --check streams tests bench
.venv/bin/mypy --strict streams/mamori
.venv/bin/lint-imports
exec .venv/bin/pytest "$@"
