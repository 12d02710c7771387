#!/usr/bin/env bash
# Times `sanshen desk` on a clone of the demo portal (never on this repository): how long until the queue page is
# served (JVM start included), and how long an approval takes from the POST to the answer — as a browser click does.
# Usage: bench/desk.sh            (needs target/sanshen.jar: mvn -q -B -o package -DskipTests; curl, git)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
jar=$here/target/sanshen.jar
out=$here/bench/out/desk
rm -rf "$out" && mkdir -p "$out"
git clone -q --no-hardlinks "$here" "$out/portal"
cd "$out/portal"
chmod 600 demo/keys/admin-? demo/keys/leader demo/keys/*-[123]
item=content/news/2025-06-18-zwgk-meeting.md
sed -i 's/主动公开政府信息1,286条/主动公开政府信息1,298条/' "$item"
git -c user.name=信息员 -c user.email=editor@example.invalid commit -q -am "bench: edit"
java -jar "$jar" status --site . >/dev/null 2>&1 # the review cache a reviewer's clone has after its first run

run() { # prints: ready_ms approve_ms
  local start_ns=$(date +%s%N)
  java -XX:+UseParallelGC -jar "$jar" desk --site . --port 0 --no-browser --key demo/keys/office-1 >"$out/desk.log" 2>&1 &
  local pid=$!
  local url=""
  until url=$(grep -o 'http://[^（ ]*' "$out/desk.log" 2>/dev/null); do sleep 0.05; done
  local base=${url%%/start*} jar_cookie=$out/cookies
  curl -s -c "$jar_cookie" -o /dev/null "$url"
  curl -s -b "$jar_cookie" -o "$out/queue.html" "$base/"
  local ready_ns=$(date +%s%N)
  curl -s -b "$jar_cookie" -o "$out/item.html" "$base/item?path=${item//\//%2F}"
  local token=$(grep -o 'name="csrf" value="[0-9a-f]*' "$out/item.html" | sed 's/.*value="//')
  local t0=$(date +%s%N)
  curl -s -b "$jar_cookie" -H "Origin: $base" --data-urlencode "csrf=$token" --data-urlencode "path=$item" \
    --data-urlencode "level=1" --data-urlencode "do=approve:同意发布" --data-urlencode "key=demo/keys/office-1" \
    -o "$out/result.html" "$base/decide"
  local t1=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  grep -q '已记录' "$out/result.html" || { echo "approval not recorded: see $out/result.html" >&2; exit 1; }
  git reset -q --hard HEAD~1 # take the record back for the next round
  echo "$(( (ready_ns - start_ns) / 1000000 )) $(( (t1 - t0) / 1000000 ))"
}
echo "round ready_ms(queue served, JVM start included) approve_ms(POST to answer)  load: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do echo "$i $(run)"; done
