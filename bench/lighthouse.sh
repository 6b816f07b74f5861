#!/usr/bin/env bash
# Lighthouse (12.2.3, mobile preset: a mid-range phone on a throttled 4G connection, simulated) on one
# address of every public page type, on the demo site of a freshly started distribution, in Debian's
# Chromium (installed if missing; Lighthouse never downloads a browser). Prints a Markdown table of the
# four category scores, with WordPress 6.1's figures from issue 7 beside them, and writes it to
# bench/results/lighthouse-<commit>.md.
#
#   bench/lighthouse.sh            Knobs: PORT=8091 RUNS=3 (median of RUNS per page) KEEP=1
#
# Not a test: scores move a point or two between runs on a shared machine; the median of three is
# what docs/quality.md records.
set -euo pipefail
PORT="${PORT:-8091}" RUNS="${RUNS:-3}"
source "$(dirname "$0")/lib.sh"
command -v chromium >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; }
TOOLS="$ROOT/bench/.tools"
LIGHTHOUSE="$TOOLS/node_modules/.bin/lighthouse"
[ -x "$LIGHTHOUSE" ] || npm install --prefix "$TOOLS" --no-audit --no-fund --silent lighthouse@12.2.3
export CHROME_PATH=/usr/bin/chromium
# Loopback only: no component updates, sync or background requests to Google's hosts.
FLAGS="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking"
FLAGS="$FLAGS --disable-component-update --disable-sync --disable-default-apps"

start

PAGES=("/" "/page/2/" "/2016/06/01/veskara-orders-messaging-apps-to-store-data-inside-the-country/" "/about/"
  "/the-apologists/gerald-sykes/" "/category/news/" "/tag/vafc/" "/author/nadia-ferre/" "/2016/" "/?s=council"
  "/no-such-page/" "/person/marek-dalvi/" "/organization/veskaran-american-friendship-council/" "/tags/")
NAMES=("home" "home, page 2" "post" "page" "sub-page" "category" "tag" "author" "date archive" "search"
  "404" "person" "organisation" "tag cloud")

# One page's four scores (0-100) as "perf a11y bp seo", each the median over RUNS runs.
scores() {
  local url="$1" i c
  : >"$WORK/runs"
  for i in $(seq 1 "$RUNS"); do
    "$LIGHTHOUSE" "$url" --quiet --output=json --output-path="$WORK/lh.json" --chrome-flags="$FLAGS" \
      --only-categories=performance,accessibility,best-practices,seo >/dev/null 2>>"$WORK/lighthouse.log" || true
    # A deliberate noindex (search results, thin archives) fails the is-crawlable audit: marked with a star.
    jq -r '[.categories.performance.score, .categories.accessibility.score, .categories["best-practices"].score,
            .categories.seo.score] | map(if . == null then "-" else (. * 100 | round | tostring) end)
            | .[3] += (if $lh[0].audits["is-crawlable"].score == 0 then "*" else "" end) | join(" ")' \
      --slurpfile lh "$WORK/lh.json" "$WORK/lh.json" >>"$WORK/runs"
    jq -r '.runtimeError.code // empty' "$WORK/lh.json" >"$WORK/error"
  done
  for c in 1 2 3 4; do
    cut -d' ' -f"$c" "$WORK/runs" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"
  done | paste -sd' '
}

COMMIT=$(git rev-parse --short HEAD 2>/dev/null || echo unknown)
TABLE="$WORK/table.md"
{
  echo "## Lighthouse $("$LIGHTHOUSE" --version), mobile preset, median of $RUNS runs (commit $COMMIT, $(date -u +%F))"
  echo
  echo "| page type | address | performance | accessibility | best practices | SEO |"
  echo "|---|---|---|---|---|---|"
  for i in "${!PAGES[@]}"; do
    read -r perf a11y bp seo <<<"$(scores "$BASE${PAGES[$i]}")"
    note=""; [ -s "$WORK/error" ] && note=" (Lighthouse: $(cat "$WORK/error"))"
    echo "| ${NAMES[$i]}$note | \`${PAGES[$i]}\` | $perf | $a11y | $bp | $seo |"
  done
  echo "| *WordPress 6.1, Twenty Twenty-Two (issue 7)* | | *91* | *100* | *100* | *91* |"
  echo
  echo "\\* noindex by design (search results, and archives of fewer than three posts); Lighthouse's is-crawlable audit fails on any noindex page."
} | tee "$TABLE"
mkdir -p "$ROOT/bench/results"
cp "$TABLE" "$ROOT/bench/results/lighthouse-$COMMIT.md"
