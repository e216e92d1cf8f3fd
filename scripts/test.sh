#!/usr/bin/env bash
# README command 2 (and .ci/run): install dependencies, build, and run the
# whole test suite twice: Release, then Debug with ASan + UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc)
for preset in release asan; do
  echo "=== $preset build"
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset" -j"$jobs"
  echo "=== $preset tests"
  ctest --preset "$preset" -j"$jobs"
done
