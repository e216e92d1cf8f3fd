#!/usr/bin/env bash
# Scores `veille extract` on the dev and train gold sets with the shared
# scorer and fails if any score falls below tests/score_floor.txt.
# usage: score_floor.sh VEILLE_BINARY SHARED_DIR FLOOR_FILE
set -euo pipefail
bin=$1 shared=$2 floor=$3
if [ ! -f "$shared/tools/score.py" ]; then
  echo "score_floor: $shared/tools/score.py not found: shared/ must sit beside the repo" >&2
  exit 77  # CTest: skipped
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
declare -A input=([dev]="$shared/corpus/dev" [train]="$shared/corpus/train/input.jsonl")
fail=0
for set in dev train; do
  "$bin" extract --no-progress "${input[$set]}" > "$tmp/$set.jsonl"
  python3 "$shared/tools/score.py" --pred "$tmp/$set.jsonl" --events "$shared/gold/$set-events.jsonl" \
    --docs "$shared/gold/$set-docs.json" > "$tmp/$set.score"
  echo "$set: $(grep '^score:' "$tmp/$set.score")"
done
while read -r set metric minimum; do
  case "$set" in ''|'#'*) continue ;; esac
  got=$(grep '^score:' "$tmp/$set.score" | tr ' ' '\n' | sed -n "s/^$metric=//p")
  if [ -z "$got" ]; then echo "FAIL $set $metric: not in the scorer's output"; fail=1; continue; fi
  value=${got%%/*}
  if awk -v v="$value" -v m="$minimum" 'BEGIN { exit !(v + 1e-9 < m) }'; then
    echo "FAIL $set $metric: $got is below the floor $minimum"
    fail=1
  fi
done < "$floor"
[ $fail -eq 0 ] && echo "score_floor: every score is at or above its floor"
exit $fail
