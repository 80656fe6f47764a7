#!/usr/bin/env bash
# Takes docs/triangle-1951.png: the Sino-Soviet-DPRK triangle of 1951 in Neo4j Browser.
#
# Installs what it needs (Debian's chromium, playwright-core from npm, the jar), starts
# `alliance-graph serve` on ports of its own, drives Chromium with take-triangle.mjs and stops
# the server again. Run it from anywhere: bash docs/screenshots/take.sh
#
# Settings (environment, with their defaults):
#   SHOT_BOLT_PORT=17687  SHOT_HTTP_PORT=17474  SHOT_PORT=18080   the server's ports
#   SHOT_DATA_DIR=target/screenshot-data                            its store (relative to the repo)
#   SHOT_READY_TIMEOUT=600                                           seconds to wait for the server
#   CHROMIUM=/usr/bin/chromium                                       the browser
#   SCREENSHOT_OUT, SCREENSHOT_STYLE, SCREENSHOT_WIDTH, SCREENSHOT_HEIGHT: see take-triangle.mjs
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

SHOT_BOLT_PORT="${SHOT_BOLT_PORT:-17687}"
SHOT_HTTP_PORT="${SHOT_HTTP_PORT:-17474}"
SHOT_PORT="${SHOT_PORT:-18080}"
SHOT_DATA_DIR="${SHOT_DATA_DIR:-target/screenshot-data}"
SHOT_READY_TIMEOUT="${SHOT_READY_TIMEOUT:-600}"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
export CHROMIUM

say() { echo "[take.sh] $*"; }

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# 1. The browser: Debian's Chromium (Playwright's own browser downloads are not used).
if [ ! -x "$CHROMIUM" ]; then
  say "installing chromium (apt)"
  sudo_if_needed apt-get update -q
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
fi
say "$("$CHROMIUM" --version 2>/dev/null | tail -n 1)"

# 2. playwright-core, pinned in package.json and package-lock.json.
say "npm ci in docs/screenshots"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error)

# 3. The jar.
cd "$repo"
if [ ! -f target/alliance-graph.jar ]; then
  say "building target/alliance-graph.jar"
  mvn -q -B package -DskipTests
fi

# 4. The server, on ports of its own; stopped whatever happens next.
mkdir -p "$(dirname "$SHOT_DATA_DIR")"
log="$(mktemp "${TMPDIR:-/tmp}/alliance-graph-serve.XXXXXX")"
serve_pid=""
stop_server() {
  if [ -n "$serve_pid" ] && kill -0 "$serve_pid" 2>/dev/null; then
    say "stopping the server (pid $serve_pid)"
    kill -TERM "$serve_pid" 2>/dev/null || true
    for _ in $(seq 1 60); do
      kill -0 "$serve_pid" 2>/dev/null || break
      sleep 0.5
    done
    kill -KILL "$serve_pid" 2>/dev/null || true
    wait "$serve_pid" 2>/dev/null || true
  fi
  rm -f "$log"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

say "starting serve: Bolt $SHOT_BOLT_PORT, HTTP $SHOT_HTTP_PORT, REST $SHOT_PORT, store $SHOT_DATA_DIR"
java -jar target/alliance-graph.jar serve \
  --bolt-port "$SHOT_BOLT_PORT" --http-port "$SHOT_HTTP_PORT" --port "$SHOT_PORT" \
  --data-dir "$SHOT_DATA_DIR" </dev/null >"$log" 2>&1 &
serve_pid=$!

deadline=$((SECONDS + SHOT_READY_TIMEOUT))
until grep -q '^Alliance Graph ready' "$log"; do
  if ! kill -0 "$serve_pid" 2>/dev/null; then
    status=0
    wait "$serve_pid" || status=$?
    serve_pid=""
    say "the server stopped before it was ready (exit status $status):"
    cat "$log" >&2
    exit 1
  fi
  if [ "$SECONDS" -ge "$deadline" ]; then
    say "the server was not ready after ${SHOT_READY_TIMEOUT} s:"
    cat "$log" >&2
    exit 1
  fi
  sleep 1
done
say "$(grep '^Alliance Graph ready' "$log")"

# 5. The screenshot.
ALLIANCE_GRAPH_HTTP_PORT="$SHOT_HTTP_PORT" ALLIANCE_GRAPH_BOLT_PORT="$SHOT_BOLT_PORT" \
  node "$here/take-triangle.mjs"
