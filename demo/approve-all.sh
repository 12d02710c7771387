#!/usr/bin/env bash
# DEMO ONLY — records the demo portal's signed approvals with the DEMO-ONLY keys in demo/keys/ (never for a real site).
# 演示专用：用 demo/keys/ 中的演示密钥为演示站点的每个现有文件记录签名审核（严禁用于真实网站）。
#
# For every file at HEAD that is not yet approved at its current blob it records, as signed empty commits on the
# current branch: two admin approvals for policy files (site-config.yml, templates/, rules/, static/,
# content/_index.md), then levels 1, 2 and 3 (3 attests 保密审查) by the owning unit's reviewers, and level 4 by the
# 主要领导 for important items. One `sanshen approve` per level and reviewer covers all their items. Idempotent: files
# already approved at their current blob, and steps already taken, are skipped; a second run records nothing.
# Needs: a clean Git work tree at the site root, java 17, jq; (re)builds target/sanshen.jar when missing or stale.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=target/sanshen.jar
# (Re)build the jar when missing or older than the sources: a stale jar would apply an older review policy logic.
if [ ! -f "$jar" ] || [ -n "$(find pom.xml src/main -newer "$jar" -type f 2>/dev/null | head -n 1)" ]; then
  mvn -q -B -DskipTests package
fi
if ! git diff --quiet || ! git diff --cached --quiet; then
  echo "工作区有未提交的修改，请先提交。/ The work tree has uncommitted changes: commit them first." >&2
  exit 2
fi
# Git does not keep file modes other than +x, and SSH private keys must not be readable by others.
chmod 600 demo/keys/admin-? demo/keys/leader demo/keys/*-[123]

status() { java -jar "$jar" status --site . --format json; }

# approve LEVEL KEY PATH… — one signed record for all PATHs (nothing to do when there are none).
approve() {
  local level=$1 key=$2
  shift 2
  [ $# -gt 0 ] || return 0
  local checks=()
  [ "$level" = 3 ] && checks=(--checks 政治,政策,文字,保密,舆情)
  echo "== level $level by demo/keys/$key: $# file(s)"
  java -jar "$jar" approve --site . --level "$level" --key "demo/keys/$key" "${checks[@]}" \
    --opinion "同意发布（演示审核 DEMO）" "$@"
}

# Policy files: each admin approves what still waits for admins and lacks their own approval.
for admin in "admin-1:韩静" "admin-2:杨帆"; do
  key=${admin%%:*} name=${admin#*:}
  mapfile -t files < <(status | jq -r --arg n "$name" '.[] | select(.kind == "POLICY" and .status != "APPROVED"
      and .waitingFor == "admin" and ([.approvals[] | select(.reviewer == $n)] | length == 0)) | .path')
  approve admin "$key" "${files[@]}"
done

# Content: level by level, unit by unit (status is re-read after each level: approvals move items on).
# Level 4 (主要领导 刘志远 holds it in every unit) is one record for all important items.
for level in 1 2 3 4; do
  json=$(status)
  units=(office finance hrss drc)
  [ "$level" = 4 ] && units=(all)
  for unit in "${units[@]}"; do
    key="$unit-$level"
    [ "$level" = 4 ] && key=leader
    mapfile -t files < <(jq -r --arg u "$unit" --arg l "$level" '.[] | select(.kind == "CONTENT"
        and ($u == "all" or .unit == $u) and (.status == "NEVER_APPROVED" or .status == "PENDING")
        and .waitingFor == $l) | .path' <<<"$json")
    approve "$level" "$key" "${files[@]}"
  done
done

left=$(status | jq -r '.[] | select((.kind == "CONTENT" or .kind == "POLICY" or .kind == "UNCOVERED")
    and .status != "APPROVED" and .status != "WITHDRAWN") | "\(.status)\t\(.path)\t\(.waitingFor)"')
if [ -n "$left" ]; then
  echo "仍未通过审核 / still not approved:" >&2
  echo "$left" >&2
  exit 1
fi
echo "全部文件已审核通过 / every file is approved: run ./sanshen build"
