#!/usr/bin/env bash
# Sanshen benchmarks. Usage:
#   bench/run.sh            build + check on 10,000 and 100,000 generated items, then the dictionary scan
#   bench/run.sh build      only build + check          (SIZES="10000 100000" to change the corpus sizes)
#   bench/run.sh dict       only the dictionary scan (io.sanshen.check.text.MatcherBench)
#   bench/run.sh verify     ReviewEngine on a generated repository (ITEMS=33334 → 100,002 approval commits;
#                           LAYOUT=portal (default) spreads items over the 8 column folders as the content model
#                           keeps them, LAYOUT=columns over column/year folders, LAYOUT=flat puts all in one)
#   bench/run.sh publish    publishing build (review included) against build --no-review on the same generated
#                           content with signed approvals for every file (SIZES as for build; BATCH=100 items per
#                           editor commit); the repository is kept in bench/out/publish-N/site, later runs only time
#   bench/run.sh confusable text.confusable: HanLP load time, evidence on real pages, scan speed (ConfusableBench)
#   bench/run.sh inspect    sanshen inspect (HTML report) on a 10-year signed history with realistic dates
#                           (ITEMS=10000 items dated 2016–2025, one editor commit and three signed levels each;
#                           kept in bench/out/inspect-N/site), judged on 2026-01-10; cold (empty caches) and again
#   bench/run.sh incremental  build --no-review into one output three times (SIZES as for build): from nothing,
#                           again with nothing changed, and after one item's text changed (pages reused: #13)
#   bench/run.sh peer       Hugo (render only, minimal templates; apt-get installs it when missing) against Sanshen
#                           --no-review and the cold publishing build on the same content (publish-N), alternating,
#                           at PEER_SIZES="1000 10000 100000" (ROUNDS=2 rounds, 1 at 100,000): time, peak memory, ratios
#   bench/run.sh small      issue #13's short runs, warm: the demo's publishing build, a check of one file, and
#                           Hugo against Sanshen at SMALL_SIZE=1000 items (--no-review, publishing cold and warm)
# Corpora go to bench/out/ (git-ignored). Wall times include JVM start. Peak memory is the max RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${OUT:-$ROOT/bench/out}
SIZES=${SIZES:-"10000 100000"}
JAR=$ROOT/target/sanshen.jar
mkdir -p "$OUT"

jar() {
  if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
    mvn -q -B -o package -DskipTests
  fi
}

test_classes() {
  jar
  local stamp=target/test-classes/io/sanshen/review/ReviewBenchmark.class
  if [ ! -f "$stamp" ] || [ -n "$(find src/test -newer "$stamp" -name '*.java' -print -quit)" ]; then
    mvn -q -B -o test-compile
  fi
}

# timed LABEL CMD... : runs CMD, prints wall seconds, peak RSS (MB) and user+sys CPU seconds on one line.
timed() {
  local label=$1; shift
  local log=$OUT/$label.log
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$OUT/$label.time" "$@" >"$log" 2>&1 || true
    read -r WALL RSS_KB USR SYS < <(tail -1 "$OUT/$label.time")
  else
    local start; start=$(date +%s.%N)
    "$@" >"$log" 2>&1 & local pid=$!
    RSS_KB=0
    while kill -0 "$pid" 2>/dev/null; do
      local hwm; hwm=$(awk '/VmHWM/{print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [ "${hwm:-0}" -gt "$RSS_KB" ] && RSS_KB=$hwm
      sleep 0.2
    done
    wait "$pid" || true
    WALL=$(echo "$(date +%s.%N) - $start" | bc); USR=0; SYS=0
  fi
  CPU=$(echo "$USR + $SYS" | bc)
  RSS_MB=$((RSS_KB / 1024))
}

corpus() {
  local n=$1 dir=$OUT/site-$1
  if [ ! -f "$dir/.complete" ]; then
    python3 bench/gen_corpus.py "$n" "$dir" --repo "$ROOT" >&2  # stdout is the corpus path
    touch "$dir/.complete"
  fi
  echo "$dir"
}

build_and_check() {
  jar
  local review_flag=""
  if java -jar "$JAR" build --help 2>&1 | grep -q -- '--no-review'; then review_flag="--no-review"; fi
  printf '%-8s %-6s %8s %8s %9s %10s  %s\n' items step wall_s cpu_s peak_MB per_s "last line of output"
  for n in $SIZES; do
    local dir; dir=$(corpus "$n")
    local heap=""; [ "$n" -ge 100000 ] && heap="-Xmx2g"
    # cold, as a first run: no caches, an empty output (the build would reuse both, and check reads the build's findings)
    rm -rf "$dir/.sanshen-cache" "$OUT/public-$n"
    # through the launcher, so the benchmark runs with the JVM options users get
    SANSHEN_JAVA_OPTS=$heap timed "build-$n" "$ROOT/sanshen" build --site "$dir" --out "$OUT/public-$n" $review_flag
    local pages; pages=$(grep -o '[0-9]* 个页面\|[0-9]* pages' "$OUT/build-$n.log" | grep -o '[0-9]*' | head -1)
    printf '%-8s %-6s %8s %8s %9s %10s  %s\n' "$n" build "$WALL" "$CPU" "$RSS_MB" \
      "$(echo "scale=0; ${pages:-0} / $WALL" | bc) p/s" "$(tail -1 "$OUT/build-$n.log")"
    rm -rf "$dir/.sanshen-cache"
    SANSHEN_JAVA_OPTS=$heap timed "check-$n" "$ROOT/sanshen" check --site "$dir"
    printf '%-8s %-6s %8s %8s %9s %10s  %s\n' "$n" check "$WALL" "$CPU" "$RSS_MB" \
      "$(echo "scale=0; $n / $WALL" | bc) i/s" "$(tail -1 "$OUT/check-$n.log")"
  done
}

dict() {
  test_classes
  java -cp "$JAR:target/test-classes" io.sanshen.check.text.MatcherBench
}

verify() {
  test_classes
  local items=${ITEMS:-33334} layout=${LAYOUT:-portal}
  local repo=$OUT/verify-$layout-$items
  if [ ! -d "$repo/repo/.git" ]; then
    rm -rf "$repo"
    # the timed runs below are on the repacked repository, so generation does not time
    java -cp "$JAR:target/test-classes" io.sanshen.review.ReviewBenchmark "$items" "$repo" "$layout" --generate-only
    echo "generated: $(du -sh "$repo/repo/.git" | cut -f1) in .git"
    # the generator writes one pack without deltas, which git gc would keep as it is (and gc adds a commit-graph
    # a clone lacks): recompute deltas and recompress, as the pack a clone receives
    local start; start=$(date +%s.%N)
    git -C "$repo/repo" repack -a -d -F -q
    echo "repacked in $(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s: $(du -sh "$repo/repo/.git" | cut -f1) in .git"
  fi
  rm -rf "$repo/repo/.sanshen-cache"
  java -cp "$JAR:target/test-classes" io.sanshen.review.ReviewBenchmark "$items" "$repo/repo"
}

# pages LABEL: the page count the build printed
pages() {
  grep -o '[0-9]* 个页面\|[0-9]* pages' "$OUT/$1.log" | grep -o '[0-9]*' | head -1
}

# publish_row N STEP LABEL [BASE_WALL BASE_CPU]: one result line, with the ratios to the --no-review build
publish_row() {
  local p; p=$(pages "$3")
  local ratio=""
  [ $# -ge 5 ] && ratio=$(awk -v w="$WALL" -v c="$CPU" -v bw="$4" -v bc="$5" 'BEGIN { printf "%.2fx / %.2fx", w / bw, c / bc }')
  printf '%-8s %-16s %8s %8s %9s %10s %15s  %s\n' "$1" "$2" "$WALL" "$CPU" "$RSS_MB" \
    "$(echo "scale=0; ${p:-0} / $WALL" | bc) p/s" "${ratio:--}" "$(tail -1 "$OUT/$3.log")"
}

# publish_repo N: bench/out/publish-N/site, N generated items with signed approvals for every file (made once; the marker names the generator's version, so a changed generator makes it again)
publish_repo() {
  local n=$1 dir=$OUT/publish-$1
  if [ ! -f "$dir/.complete-2" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    python3 bench/gen_corpus.py "$n" "$dir/site" --repo "$ROOT"
    java -cp "$JAR:target/test-classes" io.sanshen.review.PublishingHistoryGenerator "$dir/site" "${BATCH:-100}"
    # as a clone receives it (see verify), then the index from HEAD: the work tree already holds the same files
    git -C "$dir/site" repack -a -d -F -q
    git -C "$dir/site" reset -q
    echo "repository: $(git -C "$dir/site" rev-list --count HEAD) commits, $(du -sh "$dir/site/.git" | cut -f1) in .git"
    touch "$dir/.complete-2"
  fi
}

publish() {
  test_classes
  printf '%-8s %-16s %8s %8s %9s %10s %15s  %s\n' items build wall_s cpu_s peak_MB per_s "wall/cpu ratio" "last line of output"
  for n in $SIZES; do
    local dir=$OUT/publish-$n
    publish_repo "$n"
    local heap=""; [ "$n" -ge 100000 ] && heap="-Xmx2g"
    # every build writes to an empty folder; the review caches start empty (a fresh CI clone)
    rm -rf "$dir/site/.sanshen-cache" "$dir"/public-*
    SANSHEN_JAVA_OPTS=$heap timed "publish-$n-no-review" "$ROOT/sanshen" build --site "$dir/site" \
      --out "$dir/public-no-review" --no-review
    local base_wall=$WALL base_cpu=$CPU
    publish_row "$n" "--no-review" "publish-$n-no-review"
    SANSHEN_JAVA_OPTS=$heap timed "publish-$n-cold" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/public-cold"
    publish_row "$n" "publish, cold" "publish-$n-cold" "$base_wall" "$base_cpu"
    # a CI job that keeps .sanshen-cache/ and builds a new HEAD: signatures and history from the cache, no report
    rm -f "$dir/site/.sanshen-cache/report.bin"
    SANSHEN_JAVA_OPTS=$heap timed "publish-$n-new-head" "$ROOT/sanshen" build --site "$dir/site" \
      --out "$dir/public-new-head"
    publish_row "$n" "publish, new HEAD" "publish-$n-new-head" "$base_wall" "$base_cpu"
    # the same HEAD again: the whole review report comes from .sanshen-cache/
    SANSHEN_JAVA_OPTS=$heap timed "publish-$n-warm" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/public-warm"
    publish_row "$n" "publish, cached" "publish-$n-warm" "$base_wall" "$base_cpu"
    if [ "$(pages "publish-$n-no-review")" != "$(pages "publish-$n-cold")" ]; then
      echo "!! the publishing build did not publish every page: see $OUT/publish-$n-cold.log" >&2
    fi
  done
}

# hugo_site N: a Hugo site over the content of publish-N (the same files Sanshen builds), with minimal templates
hugo_site() {
  local dir=$OUT/hugo-$1
  mkdir -p "$dir/layouts/_default"
  cat >"$dir/hugo.toml" <<EOT
baseURL = "https://www.example.gov.cn/"
languageCode = "zh-cn"
title = "Sanshen peer benchmark"
contentDir = "$OUT/publish-$1/site/content"
EOT
  cat >"$dir/layouts/_default/baseof.html" <<'EOT'
<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><nav><a href="/">首页</a></nav>{{ block "main" . }}{{ end }}</body></html>
EOT
  cat >"$dir/layouts/_default/single.html" <<'EOT'
{{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.publisher }} {{ .Date.Format "2006-01-02" }}</p>{{ .Content }}</article>{{ end }}
EOT
  cat >"$dir/layouts/_default/list.html" <<'EOT'
{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
EOT
  echo "$dir"
}

# peer: Hugo (render only, minimal templates) against Sanshen on the same generated content, alternating
peer() {
  test_classes
  if ! command -v hugo >/dev/null; then
    echo "installing hugo (Debian package)" >&2
    apt-get install -y -q hugo >&2 || sudo apt-get install -y -q hugo >&2
  fi
  echo "# $(hugo version | cut -d' ' -f1-2); rounds alternate hugo → sanshen --no-review → sanshen publishing (cold)"
  printf '%-8s %-5s %-22s %8s %8s %9s %18s  %s\n' items round build wall_s cpu_s peak_MB "ratio to hugo (wall / mem)" output
  for n in ${PEER_SIZES:-1000 10000 100000}; do
    publish_repo "$n"
    local dir=$OUT/publish-$n hugo; hugo=$(hugo_site "$n")
    local heap=""; [ "$n" -ge 100000 ] && heap="-Xmx2g"
    local rounds=${ROUNDS:-2}; [ "$n" -ge 100000 ] && rounds=${ROUNDS:-1}
    for r in $(seq "$rounds"); do
      rm -rf "$hugo/public" "$hugo/resources"
      timed "peer-$n-hugo" hugo --source "$hugo" --destination "$hugo/public"
      local hw=$WALL hm=$RSS_MB
      printf '%-8s %-5s %-22s %8s %8s %9s %18s  %s\n' "$n" "$r" hugo "$WALL" "$CPU" "$RSS_MB" - \
        "$(awk '/^ *Pages / { p = $NF } /Paginator pages/ { q = $NF } END { printf "%s pages + %s paginator pages", p, q }' "$OUT/peer-$n-hugo.log")"
      rm -rf "$dir/site/.sanshen-cache" "$dir/peer-public"
      SANSHEN_JAVA_OPTS=$heap timed "peer-$n-no-review" "$ROOT/sanshen" build --site "$dir/site" \
        --out "$dir/peer-public" --no-review
      printf '%-8s %-5s %-22s %8s %8s %9s %18s  %s pages\n' "$n" "$r" "sanshen --no-review" "$WALL" "$CPU" "$RSS_MB" \
        "$(awk -v w="$WALL" -v m="$RSS_MB" -v hw="$hw" -v hm="$hm" 'BEGIN { printf "%.2fx / %.2fx", w / hw, m / hm }')" \
        "$(pages "peer-$n-no-review")"
      # a fresh CI clone: no .sanshen-cache/, every record's approval read from Git and its signature checked
      rm -rf "$dir/site/.sanshen-cache" "$dir/peer-public"
      SANSHEN_JAVA_OPTS=$heap timed "peer-$n-publish" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/peer-public"
      printf '%-8s %-5s %-22s %8s %8s %9s %18s  %s pages\n' "$n" "$r" "sanshen publish, cold" "$WALL" "$CPU" "$RSS_MB" \
        "$(awk -v w="$WALL" -v m="$RSS_MB" -v hw="$hw" -v hm="$hm" 'BEGIN { printf "%.2fx / %.2fx", w / hw, m / hm }')" \
        "$(pages "peer-$n-publish")"
      if [ "$(pages "peer-$n-no-review")" != "$(pages "peer-$n-publish")" ]; then
        echo "!! the publishing build did not publish every page: see $OUT/peer-$n-publish.log" >&2
      fi
    done
    rm -rf "$hugo/public" "$dir/peer-public"
  done
}

# small: issue #13's short runs, each after one untimed run that leaves the caches and the launcher's CDS archive in
# place: the demo's publishing build (this repository, review included, into public/ as ./sanshen build), a check of one
# demo file, then Hugo against Sanshen on publish-N (SMALL_SIZE=1000 items): --no-review, publishing cold (no
# .sanshen-cache/) and publishing warm (caches kept). ROUNDS=3 runs each; targets: 0.8 s, 0.5 s, 2x Hugo (wall).
small() {
  test_classes
  local rounds=${ROUNDS:-3} n=${SMALL_SIZE:-1000} file=${SMALL_FILE:-content/news/2025-06-18-zwgk-meeting.md}
  printf '%-26s %-5s %8s %8s %9s %12s  %s\n' run round wall_s cpu_s peak_MB target output
  "$ROOT/sanshen" build >/dev/null 2>&1 || true
  for r in $(seq "$rounds"); do
    timed small-demo-build "$ROOT/sanshen" build
    printf '%-26s %-5s %8s %8s %9s %12s  %s\n' "demo build (warm)" "$r" "$WALL" "$CPU" "$RSS_MB" "<= 0.8 s" \
      "$(grep -m1 "构建完成\|Built" "$OUT/small-demo-build.log" || tail -1 "$OUT/small-demo-build.log")"
  done
  "$ROOT/sanshen" check "$file" >/dev/null 2>&1 || true
  for r in $(seq "$rounds"); do
    timed small-check-file "$ROOT/sanshen" check "$file"
    printf '%-26s %-5s %8s %8s %9s %12s  %s\n' "check one file" "$r" "$WALL" "$CPU" "$RSS_MB" "<= 0.5 s" \
      "$(tail -1 "$OUT/small-check-file.log")"
  done
  publish_repo "$n"
  local dir=$OUT/publish-$n hugo; hugo=$(hugo_site "$n")
  "$ROOT/sanshen" build --site "$dir/site" --out "$dir/small-warm" >/dev/null 2>&1 || true
  for r in $(seq "$rounds"); do
    rm -rf "$hugo/public" "$hugo/resources"
    timed "small-$n-hugo" hugo --source "$hugo" --destination "$hugo/public"
    local hw=$WALL
    printf '%-26s %-5s %8s %8s %9s %12s  %s\n' "$n items: hugo" "$r" "$WALL" "$CPU" "$RSS_MB" - \
      "$(awk '/^ *Pages / { p = $NF } END { printf "%s pages", p }' "$OUT/small-$n-hugo.log")"
    rm -rf "$dir/small-public"
    timed "small-$n-no-review" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/small-public" --no-review
    small_ratio "$n items: --no-review" "$r" "$hw" "small-$n-no-review"
    rm -rf "$dir/site/.sanshen-cache" "$dir/small-public"
    timed "small-$n-cold" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/small-public"
    small_ratio "$n items: publishing cold" "$r" "$hw" "small-$n-cold"
    timed "small-$n-warm" "$ROOT/sanshen" build --site "$dir/site" --out "$dir/small-warm"
    small_ratio "$n items: publishing warm" "$r" "$hw" "small-$n-warm"
  done
  rm -rf "$hugo/public" "$dir/small-public"
}

# small_ratio LABEL ROUND HUGO_WALL LOG: one line with the wall ratio to Hugo's run of the same round
small_ratio() {
  printf '%-26s %-5s %8s %8s %9s %12s  %s pages\n' "$1" "$2" "$WALL" "$CPU" "$RSS_MB" \
    "$(awk -v w="$WALL" -v h="$3" 'BEGIN { printf "%.2fx hugo", w / h }')" "$(pages "$4")"
}

confusable() {
  jar
  test_classes
  java -cp "$JAR:target/test-classes" io.sanshen.check.lm.ConfusableBench "$(corpus 10000)/content"
}

inspect() {
  test_classes
  local n=${ITEMS:-10000} dir=$OUT/inspect-${ITEMS:-10000}
  if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    python3 bench/gen_corpus.py "$n" "$dir/site" --repo "$ROOT" --first-year 2016 --years 10
    java -cp "$JAR:target/test-classes" io.sanshen.review.PublishingHistoryGenerator "$dir/site" dated
    git -C "$dir/site" repack -a -d -F -q
    git -C "$dir/site" reset -q
    echo "repository: $(git -C "$dir/site" rev-list --count HEAD) commits, $(du -sh "$dir/site/.git" | cut -f1) in .git"
    touch "$dir/.complete"
  fi
  printf '%-8s %-14s %8s %8s %9s  %s\n' items run wall_s cpu_s peak_MB "last line of output"
  rm -rf "$dir/site/.sanshen-cache"
  timed "inspect-$n-cold" "$ROOT/sanshen" inspect --site "$dir/site" --today 2026-01-10 --output "$dir/report.html"
  printf '%-8s %-14s %8s %8s %9s  %s\n' "$n" "inspect, cold" "$WALL" "$CPU" "$RSS_MB" "$(tail -1 "$OUT/inspect-$n-cold.log")"
  timed "inspect-$n-warm" "$ROOT/sanshen" inspect --site "$dir/site" --today 2026-01-10 --output "$dir/report.html"
  printf '%-8s %-14s %8s %8s %9s  %s\n' "$n" "inspect, again" "$WALL" "$CPU" "$RSS_MB" "$(tail -1 "$OUT/inspect-$n-warm.log")"
}

incremental() {
  jar
  printf '%-8s %-22s %8s %8s %9s  %s\n' items step wall_s cpu_s peak_MB "last line of output"
  for n in $SIZES; do
    local dir; dir=$(corpus "$n")
    local heap=""; [ "$n" -ge 100000 ] && heap="-Xmx2g"
    local out=$OUT/incremental-$n
    rm -rf "$out" "$dir/.sanshen-cache"
    local one; one=$(find "$dir/content" -name '*.md' ! -name '_index.md' | LC_ALL=C sort | sed -n 1p)
    for step in full unchanged one-item-changed; do
      [ "$step" = one-item-changed ] && printf '\n更新：%s\n' "$step" >>"$one"
      SANSHEN_JAVA_OPTS=$heap timed "incremental-$n-$step" "$ROOT/sanshen" build --site "$dir" --out "$out" --no-review
      printf '%-8s %-22s %8s %8s %9s  %s\n' "$n" "$step" "$WALL" "$CPU" "$RSS_MB" "$(tail -1 "$OUT/incremental-$n-$step.log")"
    done
    # leave the corpus as generated for the other benchmarks
    python3 - "$one" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
open(p, "w", encoding="utf-8").write(s[:s.rindex("\n更新：")])
PY
  done
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
case "${1:-all}" in
  build) build_and_check ;;
  dict) dict ;;
  verify) verify ;;
  publish) publish ;;
  peer) peer ;;
  small) small ;;
  confusable) confusable ;;
  inspect) inspect ;;
  incremental) incremental ;;
  all) build_and_check; dict ;;
  *) echo "usage: $0 [all|build|dict|verify|publish|peer|small|confusable|inspect|incremental]" >&2; exit 2 ;;
esac
