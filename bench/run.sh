#!/usr/bin/env bash
# Dossier's benchmark: starts the distribution on a fresh data folder, fills it with N posts through
# the bulk path (bench/FillPosts.java), then measures with wrk on loopback and prints a Markdown table.
#
#   bench/run.sh [N]            N posts added to the demo site (default 1000)
#
# Knobs: PORT=8089 THREADS=2 CONNS=16 DURATION=10s WARMUP=3s KEEP=1 (keep the data folder).
# Same URLs as shared/anchors/bench-wordpress.sh (the WordPress anchor), so runs compare side by side;
# page cache on/off joins when the cache exists (issue 6).
set -euo pipefail
N="${1:-1000}"
PORT="${PORT:-8089}" THREADS="${THREADS:-2}" CONNS="${CONNS:-16}" DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-3s}"
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk; }

start; FIRST_START=$FIRST_200; stop
H2_JAR=$(ls "$WORK"/data/work/ROOT/WEB-INF/lib/h2-*.jar)
FILL_T0=$(date +%s.%N)
"$JAVA" -cp "$H2_JAR" bench/FillPosts.java "$WORK/data/db/dossier" "$N" >/dev/null
FILL_S=$(echo "$(date +%s.%N) - $FILL_T0" | bc)
start; RSS_START=$(rss_mib)

POST=$(curl -s "$BASE/" | grep -o 'class="entry-title"><a href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//')
URLS=("/" "$POST" "/tag/veskara-lobby/" "/category/news/" "/feed/" "/?s=sanctions" "/api/v1/posts")
NAMES=("front page" "single post" "tag archive" "category archive" "RSS feed" "search" "REST posts")

echo "## Dossier, $N posts added to the demo site ($(nproc) cores, wrk -t$THREADS -c$CONNS -d$DURATION)"
echo
echo "| page | status | requests/s | latency avg | latency p99 |"
echo "|---|---|---|---|---|"
for i in "${!URLS[@]}"; do
  url="$BASE${URLS[$i]}"
  code=$(curl -s -o /dev/null -w '%{http_code}' "$url")
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$url" >/dev/null 2>&1 || true
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$url" 2>&1)
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  avg=$(echo "$out" | awk '/^    Latency/ {print $2; exit}')
  p99=$(echo "$out" | awk '/ 99%/ {print $2}')
  echo "| ${NAMES[$i]} | $code | $rps | $avg | $p99 |"
done
echo
echo "- time from bin/dossier to first 200: first start ${FIRST_START} s, after filling ${FIRST_200} s"
echo "- bulk fill of $N posts: ${FILL_S} s"
echo "- resident memory: after start ${RSS_START} MiB, after load $(rss_mib) MiB"
echo "- page cache: not built yet (issue 6)"
