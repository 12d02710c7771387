#!/usr/bin/env bash
# Before/after in one run for issue #13's short runs: the demo's publishing build (warm) and a one-file check (warm),
# with an older checkout's launcher and this one's, alternating round by round on two clones of this repository.
# Usage: bench/ab-small.sh OLD_CHECKOUT   (e.g. git archive <rev> | tar -x -C /tmp/old; then mvn -o package there)
# ROUNDS=3 rounds. Prints wall s, CPU s (user + sys) and peak RSS; uptime before and after.
set -euo pipefail
cd "$(dirname "$0")/.."
OLD=$1/sanshen NEW=$PWD/sanshen
WORK=${WORK:-$PWD/bench/out/ab-small}
FILE=${SMALL_FILE:-content/news/2025-06-18-zwgk-meeting.md}
mkdir -p "$WORK"
for side in old new; do
  [ -d "$WORK/$side/.git" ] || git clone -q "$PWD" "$WORK/$side"
done
run() { # run SIDE ARGS...: one timed run, one line
  local side=$1; shift
  local bin=$NEW; [ "$side" = old ] && bin=$OLD
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time" "$bin" "$@" >"$WORK/$side.log" 2>&1 || true
  read -r w u s m <"$WORK/time"
  printf '%-4s %-6s wall %5s s  cpu %5.2f s  rss %4d MB\n' "$side" "$LABEL" "$w" "$(echo "$u + $s" | bc)" "$((m / 1024))"
}
for side in old new; do # untimed: caches and class-data archives in place
  for i in 1 2; do
    LABEL=warmup run "$side" build --site "$WORK/$side" >/dev/null
    LABEL=warmup run "$side" check --site "$WORK/$side" "$WORK/$side/$FILE" >/dev/null
  done
done
uptime
for r in $(seq "${ROUNDS:-3}"); do
  for side in old new; do LABEL=build run "$side" build --site "$WORK/$side"; done
done
for r in $(seq "${ROUNDS:-3}"); do
  for side in old new; do LABEL=check run "$side" check --site "$WORK/$side" "$WORK/$side/$FILE"; done
done
uptime
