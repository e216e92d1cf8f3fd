#!/usr/bin/env bash
# README command 1: install dependencies, build, and run veille on the
# bundled sample corpus (samples/), printing a readable summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release -j"$(nproc)" --target veille
./build/release/veille extract --format summary samples/
./build/release/veille extract samples/ > build/samples.jsonl
echo "document records (JSON Lines): build/samples.jsonl"
