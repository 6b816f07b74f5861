# Shared by the bench scripts: builds the distribution if needed and starts/stops it on a fresh
# data folder. Source it after setting PORT; it sets ROOT, JAVA, WORK, BASE and a cleanup trap.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT="$PWD"
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -x dist/target/dossier/bin/dossier ] || ./mvnw -q -pl dist -am package -DskipTests

WORK="$(mktemp -d /tmp/dossier-bench.XXXXXX)"
PID=""
# Keeps the script's own exit status: stopping the server (SIGTERM, status 143) is not a failure.
cleanup() {
  local status=$?
  if [ -n "$PID" ]; then kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; fi
  [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"
  exit "$status"
}
trap cleanup EXIT
BASE="http://127.0.0.1:$PORT"

# Starts bin/dossier on $WORK/data and waits for the front page; FIRST_200 is the seconds it took.
start() {
  local t0; t0=$(date +%s.%N)
  DOSSIER_DATA="$WORK/data" DOSSIER_PORT="$PORT" DOSSIER_ADMIN_PASSWORD="bench-admin-password" \
    "$ROOT/dist/target/dossier/bin/dossier" >>"$WORK/dossier.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/")" = 200 ]; then
      FIRST_200=$(echo "$(date +%s.%N) - $t0" | bc); return 0; fi
    kill -0 "$PID" 2>/dev/null || { echo "bin/dossier exited; see $WORK/dossier.log" >&2; KEEP=1; exit 1; }
    sleep 0.2
  done
  echo "no 200 within 120 s" >&2; exit 1
}
stop() { kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""; }
rss_mib() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$PID/status"; }
