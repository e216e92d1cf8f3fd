#!/usr/bin/env bash
# README command 1: install dependencies, build, and run veille on the
# bundled sample corpus (samples/): print a readable summary of the
# documents, actors and events found, load them into veille.db, show what
# the store answers, and serve the web page over veille.db, printing the URL
# to open (Ctrl-C stops it). VEILLE_DEMO_NO_SERVE=1 skips the serving step.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target veille
veille=./build/release/veille
echo "=== veille extract --format summary samples/"
$veille extract --no-progress --format summary samples/
$veille extract --no-progress samples/ > build/samples.jsonl
echo "document records (JSON Lines): build/samples.jsonl"
echo
echo "=== veille ingest samples/ --db veille.db"
$veille ingest --no-progress --db veille.db samples/
echo
echo "=== veille events --db veille.db --format csv   (merged events with their sources)"
$veille events --db veille.db --format csv
echo
echo "=== veille graph --db veille.db --format dot   (who cooperates with or confronts whom)"
$veille graph --db veille.db --format dot
echo
if [ "${VEILLE_DEMO_NO_SERVE:-0}" = "1" ]; then
  echo "=== veille serve skipped (VEILLE_DEMO_NO_SERVE=1); run: $veille serve --db veille.db"
  exit 0
fi
echo "=== veille serve --db veille.db   (the actor network, timeline and evidence in a browser)"
exec $veille serve --db veille.db
