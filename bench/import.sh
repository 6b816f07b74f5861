#!/usr/bin/env bash
# Measures bin/dossier import at scale: generates a WordPress export of N posts (bench/GenerateWxr.java),
# imports it into a fresh data folder on a small heap, and prints size, time, posts per second and
# peak heap (from the import's own report). Run again with KEEP=1 to see the second, idempotent run.
#
#   bench/import.sh [N]        N posts (default 100000, about 200 MB); HEAP=256m
set -euo pipefail
N="${1:-100000}" HEAP="${HEAP:-256m}" PORT="${PORT:-8097}"
source "$(dirname "$0")/lib.sh"
"$JAVA" bench/GenerateWxr.java "$WORK/export.xml" "$N"
SIZE=$(du -m "$WORK/export.xml" | cut -f1)
T0=$(date +%s.%N)
DOSSIER_DATA="$WORK/data" DOSSIER_JAVA_OPTS="-XX:+UseSerialGC -Xmx$HEAP" \
  "$ROOT/dist/target/dossier/bin/dossier" import "$WORK/export.xml" > "$WORK/import.log" 2>&1
WALL=$(echo "$(date +%s.%N) - $T0" | bc)
echo "## bin/dossier import, $N posts ($SIZE MB WXR), -Xmx$HEAP, commit $(git rev-parse --short HEAD)"
echo
grep '^import: ' "$WORK/import.log" | grep -v '%' | sed 's/^/    /'
echo
echo "- wall time including the server's start: ${WALL} s"
