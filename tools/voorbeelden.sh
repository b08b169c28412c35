#!/usr/bin/env bash
# The README's run command: installs what a fresh Debian machine lacks, then puts the example
# messages of examples/ into the bundled spool/ and processes them with config/regio.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/debian-pakketten.sh
swift run berichtd process --voorbeelden examples "$@"
