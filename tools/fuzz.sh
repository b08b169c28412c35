#!/usr/bin/env bash
# Builds berichtd-fuzz with libFuzzer and AddressSanitizer and fuzzes for SECONDS (default 90).
#   tools/fuzz.sh [SECONDS] [extra libFuzzer options, e.g. -seed=1 or -only_ascii=1]
# Work corpus in .fuzz/corpus (kept between runs), seeds from examples/ and the test fixtures,
# crashers in .fuzz/artifacts/ (both gitignored). Exit 0 when the run found nothing; otherwise
# 1, with the reproducer and how to replay and minimise it.
# Environment: FUZZ_RSS_MB (default 2048), FUZZ_MAX_LEN (default 32768), FUZZ_CORPUS,
# BERICHTD_FUZZ_VERWERKER (one in n non-valid inputs also through the Verwerker; default 8).
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-90}"
shift || true
scratch=.build-fuzz
corpus="${FUZZ_CORPUS:-.fuzz/corpus}"
artifacts=.fuzz/artifacts/
seeds=.fuzz/seeds

# --sanitize fuzzer tells SwiftPM that libFuzzer brings main (it then keeps the entry point of
# the target as main instead of renaming it for testing); -Xswiftc -sanitize=fuzzer,address, the
# last -sanitize= flag, is what swiftc uses: SwiftPM's "--sanitize fuzzer --sanitize address"
# passes two flags in an order that changes from run to run, and swiftc keeps only the last, so
# a build came out without coverage or without AddressSanitizer. FUZZING drops the replay main;
# -parse-as-library because the target then has no main of its own.
build=(swift build --scratch-path "$scratch" --product berichtd-fuzz --sanitize fuzzer
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library)
echo "== build: ${build[*]}"
start=$(date +%s)
set +e
"${build[@]}" 2>&1 | grep -v "ld.gold: warning: Cannot export local symbol '__asan"
build_status=${PIPESTATUS[0]}
set -e
[ "$build_status" -eq 0 ] || { echo "== build mislukt (exit $build_status)"; exit 1; }
echo "== build took $(( $(date +%s) - start )) s"
binary="$("${build[@]}" --show-bin-path)/berichtd-fuzz"

mkdir -p "$corpus" "$artifacts" "$seeds"
# Our own messages as seeds: the examples and every XML test fixture (copied, so libFuzzer
# never writes into the repository).
find examples Tests/BerichtenTests/Fixtures -name '*.xml' -type f -print0 | while IFS= read -r -d '' f; do
    cp -f "$f" "$seeds/$(echo "$f" | tr '/' '_')"
done

log=.fuzz/laatste-run.log
echo "== fuzz $seconds s (log: $log)"
before=$(ls "$artifacts" | wc -l)
# Leaks: libFuzzer's per-input leak check (-detect_leaks) runs a full LeakSanitizer scan after
# every input with unbalanced mallocs and cuts the speed about tenfold (18 against ~200 exec/s),
# so it is off; LeakSanitizer's check at exit stays on and reports what all inputs together
# leaked, minus the known leaks of loading the TOML config (tools/fuzz/lsan.supp).
# Swift's own crash backtracer reads the crashed thread's stack from a helper thread, which
# AddressSanitizer reports as a stack-buffer-underflow on top of the real trap: off, so a trap
# is reported once, by libFuzzer's deadly-signal handler, with ASan's stack.
export SWIFT_BACKTRACE=enable=no
export LSAN_OPTIONS="suppressions=$PWD/tools/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
set +e
"$binary" "$corpus" "$seeds" \
    -max_total_time="$seconds" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_len="${FUZZ_MAX_LEN:-32768}" \
    -timeout=20 -dict=tools/fuzz/berichten.dict -artifact_prefix="$artifacts" -print_final_stats=1 \
    -detect_leaks=0 "$@" 2>&1 | tee "$log" | grep -E --line-buffered '^#[0-9]+.*(INITED|DONE|pulse)|^==|ERROR|Fatal error|Test unit written|^stat::'
status=${PIPESTATUS[0]}
set -e
after=$(ls "$artifacts" | wc -l)
if [ "$status" -ne 0 ] && [ "$after" -eq "$before" ]; then
    echo "== FOUT (exit $status) zonder reproducer, bv. een lek bij afsluiten: zie $log"
    exit 1
fi
if [ "$after" -gt "$before" ]; then
    reproducer=$(ls -t "$artifacts" | head -1)
    echo "== CRASH (exit $status); reproducer: $artifacts$reproducer"
    echo "   stack:       zie $log"
    echo "   naspelen:    $binary $artifacts$reproducer"
    echo "   minimaliseren: $binary -minimize_crash=1 -runs=20000 -exact_artifact_path=.fuzz/min-$reproducer $artifacts$reproducer"
    exit 1
fi
echo "== geen crash in $seconds s; corpus: $(ls "$corpus" | wc -l) bestanden in $corpus"
