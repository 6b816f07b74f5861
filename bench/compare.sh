#!/usr/bin/env bash
# Compares the uncached speed of two commits on this machine at the same moment: both distributions
# run side by side on the same N-post site, and each URL is measured on one, then the other, round
# after round. A shared machine drifts by a quarter between runs minutes apart (bench-N1000-a9ec576
# and -run2 read search 238 and 224 req/s where 53e0f32 read 350); alternating puts the drift on both.
#
#   bench/compare.sh BASE [N]      BASE: the commit to compare HEAD's working tree with (N default 1000)
#
# Knobs: URLS="/?s=sanctions /api/v1/posts" ROUNDS=4 DURATION=8s THREADS=2 CONNS=16 PORT=8089 (and PORT+1)
# Prints one line per URL (both commits' req/s in every round, their medians and HEAD's over BASE's) and
# writes it to bench/results/compare-<HEAD>-<BASE>.md.
set -euo pipefail
BASE_REV="${1:?usage: bench/compare.sh BASE [N]}"; N="${2:-1000}"
ROUNDS="${ROUNDS:-4}" DURATION="${DURATION:-8s}" THREADS="${THREADS:-2}" CONNS="${CONNS:-16}"
read -r -a PATHS <<<"${URLS:-/?s=sanctions /api/v1/posts /tag/sanctions/ /}"
PORT="${PORT:-8089}"
source "$(dirname "$0")/lib.sh"
./mvnw -q -B -pl dist -am package -DskipTests # HEAD's working tree as it is now, not a distribution left from before
command -v wrk >/dev/null || { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk >/dev/null; }

# The other commit's distribution, built in a worktree of its own (kept in the work folder).
OTHER="$WORK/base"
git worktree add -q --detach "$OTHER" "$BASE_REV"
declare -A PIDS
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
      git -C "$ROOT" worktree remove --force "$OTHER" 2>/dev/null || true; cleanup' EXIT
(cd "$OTHER" && ./mvnw -q -B -pl dist -am package -DskipTests -Dspotless.check.skip=true >"$WORK/base-build.log" 2>&1) \
  || { echo "building $BASE_REV failed; see $WORK/base-build.log" >&2; exit 1; }

# One filled site, copied for each: the same posts, the same ids.
start; stop
H2_JAR=$(ls "$WORK"/data/work/ROOT/WEB-INF/lib/h2-*.jar)
"$JAVA" -cp "$H2_JAR" bench/FillPosts.java "$WORK/data/db/dossier" "$N" >/dev/null
rm -rf "$WORK/data/work" "$WORK/data/search"  # each distribution unpacks its own application
cp -r "$WORK/data" "$WORK/data-base"

serve() { # serve DIST DATA PORT
  DOSSIER_DATA="$2" DOSSIER_PORT="$3" DOSSIER_ADMIN_PASSWORD="bench-admin-password" DOSSIER_PAGE_CACHE=off \
    "$1/dist/target/dossier/bin/dossier" >>"$2.log" 2>&1 &
  PIDS[$3]=$!
}
serve "$ROOT" "$WORK/data" "$PORT"
serve "$OTHER" "$WORK/data-base" "$((PORT + 1))"
for p in "$PORT" "$((PORT + 1))"; do
  for _ in $(seq 1 900); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$p/")" = 200 ] && break
    sleep 1
  done
done
for log in "$WORK/data.log" "$WORK/data-base.log"; do # the background index rebuild, where there is one
  for _ in $(seq 1 300); do
    { ! grep -q "Search index holds" "$log" || grep -q "Search index rebuilt" "$log"; } && break
    sleep 1
  done
done
rps() { wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" "$1" 2>&1 | awk '/Requests\/sec/ { printf "%.0f", $2 }'; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# Warm-up: the JIT keeps compiling the request path for about a minute of load.
for _ in 1 2; do for u in "${PATHS[@]}"; do for p in "$PORT" "$((PORT + 1))"; do rps "http://127.0.0.1:$p$u" >/dev/null; done; done; done
declare -A HEAD_RPS BASE_RPS
for _ in $(seq 1 "$ROUNDS"); do
  for u in "${PATHS[@]}"; do
    HEAD_RPS[$u]+="$(rps "http://127.0.0.1:$PORT$u") "
    BASE_RPS[$u]+="$(rps "http://127.0.0.1:$((PORT + 1))$u") "
  done
done
kill "${PIDS[$PORT]}" "${PIDS[$((PORT + 1))]}"; wait "${PIDS[$PORT]}" "${PIDS[$((PORT + 1))]}" 2>/dev/null || true
OUT="${RESULTS:-bench/results}/compare-$(git rev-parse --short HEAD)-$BASE_REV.md"; mkdir -p "$(dirname "$OUT")"
{
echo "## Uncached req/s, HEAD ($(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')) beside $BASE_REV, $N posts, alternating rounds"
echo
echo "| URL | HEAD rounds | $BASE_REV rounds | HEAD median | $BASE_REV median | HEAD / $BASE_REV |"
echo "|---|---|---|---|---|---|"
for u in "${PATHS[@]}"; do
  h=$(median <<<"${HEAD_RPS[$u]}"); b=$(median <<<"${BASE_RPS[$u]}")
  echo "| $u | ${HEAD_RPS[$u]} | ${BASE_RPS[$u]} | $h | $b | $(echo "scale=2; $h / $b" | bc) |"
done
} | tee "$OUT"
echo "written to $OUT" >&2
