#!/usr/bin/env bash
# Dossier's benchmark: starts the distribution on a fresh data folder, fills it with N posts through
# the bulk path (bench/FillPosts.java), then measures with wrk on loopback, over the same URLs as the
# WordPress anchor (shared/anchors/bench-wordpress.sh): with the page cache on, with it off, and the
# very same response bytes served by nginx from files (this machine's limit). When the WordPress
# anchor answers on 127.0.0.1:8081, it is measured in the same run. Prints a Markdown table and
# writes it to bench/results/bench-N<N>-<commit>.md.
#
#   bench/run.sh [N]            N posts added to the demo site (default 1000)
#
# Knobs: PORT=8089 NGINX_PORT=8098 THREADS=2 CONNS=16 DURATION=10s WARMUP=5s KEEP=1 (keep the data folder)
#        RESULTS=bench/results (where the table is written; the build's smoke run writes to target/)
#        WORDPRESS=http://127.0.0.1:8081 (the anchor; skipped when it does not answer)
set -euo pipefail
N="${1:-1000}"
PORT="${PORT:-8089}" NGINX_PORT="${NGINX_PORT:-8098}" THREADS="${THREADS:-2}" CONNS="${CONNS:-16}"
DURATION="${DURATION:-10s}" WARMUP="${WARMUP:-5s}" WORDPRESS="${WORDPRESS:-http://127.0.0.1:8081}"
source "$(dirname "$0")/lib.sh"
command -v wrk >/dev/null && command -v nginx >/dev/null \
  || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx >/dev/null; }

start; FIRST_START=$FIRST_200; stop
H2_JAR=$(ls "$WORK"/data/work/ROOT/WEB-INF/lib/h2-*.jar)
FILL_T0=$(date +%s.%N)
"$JAVA" -cp "$H2_JAR" bench/FillPosts.java "$WORK/data/db/dossier" "$N" >/dev/null
FILL_S=$(echo "$(date +%s.%N) - $FILL_T0" | bc)

# After a start: the search index rebuilds itself in the background when the bulk fill bypassed it,
# and the page cache indexes the posts; measure once both are done (their lines in the log).
settled() {
  local want="$1"
  for _ in $(seq 1 900); do
    if grep -q "$want" "$WORK/dossier.log" \
       && { ! grep -q "Search index holds" "$WORK/dossier.log" || grep -q "Search index rebuilt" "$WORK/dossier.log"; }; then
      return 0
    fi
    sleep 1
  done
  echo "the site did not settle within 15 minutes; see $WORK/dossier.log" >&2; exit 1
}

# The JIT compiles the request path as it runs: every URL gets load once before any is measured,
# so the first one measured is not the one that paid for the warm-up.
warm_all() {
  for u in "$@"; do wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$u" >/dev/null 2>&1 || true; done
}

# wrk over one URL: "requests/s p50 p99" (latencies in ms).
measure() {
  wrk -t"$THREADS" -c"$CONNS" -d"$WARMUP" "$1" >/dev/null 2>&1 || true
  wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency "$1" 2>&1 | awk '
    function ms(v) { n = v; sub(/[a-z]+$/, "", n); u = v; sub(/^[0-9.]+/, "", u);
      return n * (u == "us" ? 0.001 : u == "ms" ? 1 : u == "s" ? 1000 : u == "m" ? 60000 : 1) }
    / 50%/ { p50 = ms($2) } / 99%/ { p99 = ms($2) } /Requests\/sec/ { rps = $2 }
    END { printf "%.0f %.2f %.2f\n", rps, p50, p99 }'
}

# The first start after filling: time to first 200 and memory, with the cache on.
: > "$WORK/dossier.log"; export DOSSIER_PAGE_CACHE=on; start; RSS_START=$(rss_mib); START_FILLED=$FIRST_200; settled "Page cache ready"
INDEXED=$(grep -o "Search index rebuilt: .*" "$WORK/dossier.log" | head -1 || true)
POST=$(curl -s --retry 3 --retry-all-errors --max-time 60 "$BASE/" | grep -o 'class="entry-title"><a href="[^"]*"' | head -1 | sed 's/.*href="//; s/"$//')
URLS=("/" "$POST" "/tag/sanctions/" "/category/news/" "/feed/" "/?s=sanctions" "/api/v1/posts")
NAMES=("front page" "single post" "tag archive" "category archive" "RSS feed" "search" "REST posts")
WP_URLS=("/" "" "/tag/sanctions/" "/category/news/" "/feed/" "/?s=sanctions" "/wp-json/wp/v2/posts")

# Cached: each URL once to fill the cache, then measured; its bytes kept for nginx.
mkdir -p "$WORK/static"
warm_all "${URLS[@]/#/$BASE}"
declare -A CACHED CACHED_P99 STATUS
for i in "${!URLS[@]}"; do
  STATUS[$i]=$(curl -s --retry 3 --retry-all-errors --max-time 60 -o "$WORK/static/$i" -w '%{http_code} %{content_type}' \
    "$BASE${URLS[$i]}" || echo "000 text/html")
  read -r rps p50 p99 < <(measure "$BASE${URLS[$i]}")
  CACHED[$i]=$rps; CACHED_P99[$i]=$p99
done
RSS_LOADED=$(rss_mib)
stop

: > "$WORK/dossier.log"; export DOSSIER_PAGE_CACHE=off; start; settled "Dossier"
warm_all "${URLS[@]/#/$BASE}"
declare -A UNCACHED UNCACHED_P50 UNCACHED_P99
for i in "${!URLS[@]}"; do
  read -r rps p50 p99 < <(measure "$BASE${URLS[$i]}")
  UNCACHED[$i]=$rps; UNCACHED_P50[$i]=$p50; UNCACHED_P99[$i]=$p99
done
RSS_UNCACHED=$(rss_mib)
stop

# nginx serving the same bytes, each with the content type Dossier sent.
{
  echo "worker_processes auto; daemon off; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;"
  echo "events { worker_connections 1024; }"
  echo "http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;"
  echo "  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static;"
  for i in "${!URLS[@]}"; do
    echo "    location = /$i { default_type \"${STATUS[$i]#* }\"; }"
  done
  echo "  } }"
} > "$WORK/nginx.conf"
nginx -c "$WORK/nginx.conf" -p "$WORK" & NGINX_PID=$!
sleep 1
declare -A STATIC
for i in "${!URLS[@]}"; do
  read -r rps p50 p99 < <(measure "http://127.0.0.1:$NGINX_PORT/$i")
  STATIC[$i]=$rps
done
kill "$NGINX_PID"; wait "$NGINX_PID" 2>/dev/null || true

# The WordPress anchor, when it runs: same URLs (its oldest post, like bench-wordpress.sh).
declare -A WP
WP_RAN=0
if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$WORDPRESS/")" = 200 ]; then
  WP_POST=$(curl -s --max-time 30 "$WORDPRESS/wp-json/wp/v2/posts?per_page=1&orderby=id&order=asc&_fields=link" \
    | sed -n 's/.*"link":"\([^"]*\)".*/\1/p' | sed 's#\\/#/#g; s#^https\?://[^/]*##')
  WP_URLS[1]=$WP_POST
  WP_TOTAL=$(curl -s -D - -o /dev/null --max-time 30 "$WORDPRESS/wp-json/wp/v2/posts?per_page=1" | tr -d '\r' \
    | sed -n 's/^[Xx]-[Ww][Pp]-[Tt]otal: //p')
  for i in "${!WP_URLS[@]}"; do
    read -r rps p50 p99 < <(measure "$WORDPRESS${WP_URLS[$i]}")
    WP[$i]=$rps
  done
  WP_RAN=1
fi

ratio() { if [ -n "${2:-}" ] && [ "${2:-0}" != 0 ]; then echo "scale=2; $1 / $2" | bc; else echo "–"; fi; }
# Ratios to WordPress only at (about) the same number of posts: a 1,000-post WordPress says nothing about 100,000.
WP_SAME_N=0
if [ "$WP_RAN" = 1 ] && [ -n "${WP_TOTAL:-}" ] && [ $((WP_TOTAL * 10)) -ge $((N * 9)) ] && [ $((WP_TOTAL * 10)) -le $((N * 11 + 300)) ]; then
  WP_SAME_N=1
fi
wp_ratio() { if [ "$WP_SAME_N" = 1 ]; then ratio "$1" "${2:-0}"; else echo "–"; fi; }
OUT="${RESULTS:-bench/results}/bench-N$N-$(git rev-parse --short HEAD).md"; mkdir -p "$(dirname "$OUT")"
{
  echo "## Dossier, $N posts added to the demo site ($(nproc) cores, wrk -t$THREADS -c$CONNS -d$DURATION, commit $(git rev-parse --short HEAD))"
  echo
  echo "| page | status | cached req/s | cached p99 ms | nginx req/s (same bytes) | cached / nginx | uncached req/s | uncached p50 ms | uncached p99 ms | WordPress req/s | uncached / WordPress |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  for i in "${!URLS[@]}"; do
    echo "| ${NAMES[$i]} | ${STATUS[$i]%% *} | ${CACHED[$i]} | ${CACHED_P99[$i]} | ${STATIC[$i]} | $(ratio "${CACHED[$i]}" "${STATIC[$i]}") | ${UNCACHED[$i]} | ${UNCACHED_P50[$i]} | ${UNCACHED_P99[$i]} | ${WP[$i]:-–} | $(wp_ratio "${UNCACHED[$i]}" "${WP[$i]:-0}") |"
  done
  echo
  echo "- time from bin/dossier to first 200: empty site ${FIRST_START} s, after filling ${START_FILLED} s"
  echo "- bulk fill of $N posts: ${FILL_S} s; ${INDEXED:-search index already complete}"
  echo "- resident memory: after start ${RSS_START} MiB, after the cached run ${RSS_LOADED} MiB, after the uncached run ${RSS_UNCACHED} MiB"
  [ "$WP_RAN" = 1 ] || echo "- WordPress anchor: not running at $WORDPRESS (start it with shared/anchors/wordpress-anchor.sh to compare)"
  [ "$WP_RAN" = 0 ] || echo "- WordPress anchor: ${WP_TOTAL:-?} posts$([ "$WP_SAME_N" = 1 ] || echo ", not this run's N: no ratios (fill it with the same N to compare)")"
} | tee "$OUT"
echo "written to $OUT" >&2
