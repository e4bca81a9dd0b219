#!/usr/bin/env bash
# Resolves the Apache Kafka broker's runtime class path (pom.xml) into infra/kafka/libs.
# Idempotent: a stamp keyed on pom.xml's hash skips the resolve when libs/ is complete;
# Maven's ~/.m2 cache makes a re-resolve after a pom change quick. Called by
# `scripts/bootstrap.sh kafka` and, when libs/ is missing, by the test fixture.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$HERE"
LIBS="$HERE/libs"
STAMP="$LIBS/.complete-$(sha256sum pom.xml | cut -c1-16)"

log() { printf '\033[1;34m[kafka]\033[0m %s\n' "$*" >&2; }

if [[ -f "$STAMP" ]]; then
  exit 0
fi
command -v java >/dev/null || { log "java not found on PATH (Kafka 4.1 needs Java 17+)"; exit 1; }
command -v mvn >/dev/null || { log "mvn not found on PATH (Debian: apt-get install maven)"; exit 1; }

log "resolving the Kafka broker jars into $LIBS"
# Resolve into a fresh directory and swap it in, so an interrupted run never leaves
# a half-filled libs/ that looks complete.
TMP="$(mktemp -d "$HERE/.libs-XXXXXX")"
chmod 755 "$TMP"
trap 'rm -rf "$TMP"' EXIT
mvn -q -B -Dstyle.color=never dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$TMP"
count=$(find "$TMP" -name '*.jar' | wc -l)
if [[ ! -f "$(ls "$TMP"/kafka_2.13-*.jar 2>/dev/null | head -1)" ]] || (( count < 30 )); then
  log "resolve looks incomplete ($count jars); not installing"
  exit 1
fi
rm -rf "$LIBS"
mv "$TMP" "$LIBS"
trap - EXIT
touch "$STAMP"
log "$count jars, $(du -sh "$LIBS" | cut -f1)"
