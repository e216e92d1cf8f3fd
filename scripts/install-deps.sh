#!/usr/bin/env bash
# Installs every Debian package veille needs, in one idempotent,
# non-interactive apt-get call that is skipped when all are present.
# Debian 12 (bookworm). Run as root, or with sudo available.
set -euo pipefail
packages=(
  build-essential cmake pkg-config git python3        # toolchain; python3 runs the scorer in tests
  libgtest-dev libgmock-dev libbenchmark-dev          # tests and benchmarks
  libicu-dev                                          # Unicode, segmentation, transliteration
  libcld2-dev                                         # language id
  libvectorscan-dev                                   # large literal pattern sets
  libxml2-dev libuchardet-dev                         # HTML, charset guessing
  zlib1g-dev libzstd-dev                              # WARC (.gz, .zst)
  libsimdjson-dev nlohmann-json3-dev                  # JSON in, JSON out
  libsqlite3-dev libssl-dev                           # the store; SHA-256 content hashes
  libstemmer-dev libhunspell-dev hunspell-fr          # French morphology
  libcli11-dev libspdlog-dev libfmt-dev               # CLI, logs
  libcpp-httplib-dev                                  # HTTP server
  libgoogle-perftools-dev                             # tcmalloc, the programs' allocator
  chromium                                            # the web page's browser test (playwright-core drives it)
  iso-codes                                           # state names (ISO 3166) for the dictionaries
)
# The web page is built with Node.js and npm (the npm registry holds its
# packages). A machine that already has node and npm (e.g. a newer Node.js
# than Debian's) keeps them: Debian's npm package would replace that nodejs.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
