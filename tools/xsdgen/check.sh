#!/usr/bin/env bash
# Dev-time verification of the generated XSDs (see tools/xsdgen/README.md).
#   tools/xsdgen/check.sh [--quick|--full] [-v]     (from any directory)
# Steps: 1. generate.py --check (committed files == generator output)
#        2. ../shared/tools/conformance xsd .        (reference examples against xsd/ijw-3.2)
#        3. check.py: structure vs reference, examples (iJw + iWmo), parity under mutation
# Needs python3, xmllint, and the shared folder next to the repository (SHARED=... to override).
set -u
repo=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SHARED:-$repo/../shared}
cd "$repo" || exit 2
failed=0
step() { echo; echo "### $*"; }

step "1. generator output equals the committed schemas"
python3 tools/xsdgen/generate.py --check || failed=$((failed+1))

step "2. shared conformance tool: reference examples against our xsd/ijw-3.2"
if [ -x "$shared/tools/conformance" ]; then
  "$shared/tools/conformance" xsd . || failed=$((failed+1))
else
  echo "missing $shared/tools/conformance"; failed=$((failed+1))
fi

step "3. structure, examples and parity under mutation (check.py)"
python3 tools/xsdgen/check.py --shared "$shared" "$@" || failed=$((failed+1))

echo
if [ "$failed" -eq 0 ]; then echo "check.sh: all steps passed"; else echo "check.sh: $failed step(s) failed"; fi
[ "$failed" -eq 0 ]
