#!/usr/bin/env bash
# berichtd benchmark: generates the data once (cached by seed and size), then measures on the
# same files in the same run: xmllint --stream with the XSD (the libxml2 floor), berichtd check,
# and berichtd process end to end (XSD + all rules + store + retours) on a fresh spool and store.
#
#   Benchmarks/run.sh [--nationaal] [--alleen NAAM[,NAAM…]] [--seed N]
#
# Scenarios: 5mb and 25mb (one 323 of that size), 301 (the 15,000 JW301 files of the 25mb data,
# process on an empty spool against xmllint --noout --schema over the same files), regio (a
# region-month of ~150,000 prestaties in many files, against their 301s), historie (12 months of
# ~10,000 prestaties: month 12 vs month 1), startstop (the 305/307s of 20,000 clients;
# BERICHTD_BENCH_STARTSTOP_CLIENTEN), and with --nationaal the national month of ~1.5 million
# prestaties. Every berichtd row carries its ratio to the xmllint row measured in the same run
# (column `× xmllint`); the result starts with the machine and its load.
#
# Environment: BERICHTD_BENCH_DATA (default /tmp/berichtd-bench) holds the generated data and the
# stores after the 301s; BERICHTD_BIN uses an existing binary instead of building one in
# .build-bench; BERICHTD_BENCH_HERHAAL (default 3): each xmllint/check/process measurement is
# repeated and the fastest run is reported (wall time is noisy on a shared machine; the peak RSS
# is the largest of the runs). Results: a Markdown table on stdout and in
# $BERICHTD_BENCH_DATA/resultaten.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
DATA=${BERICHTD_BENCH_DATA:-/tmp/berichtd-bench}
SEED=20261123
HERHAAL=${BERICHTD_BENCH_HERHAAL:-3}
NATIONAAL=0
ALLEEN=""
while [ $# -gt 0 ]; do
  case "$1" in
    --nationaal) NATIONAAL=1 ;;
    --seed) SEED=$2; shift ;;
    --alleen) ALLEEN=$2; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "onbekende optie: $1" >&2; exit 2 ;;
  esac
  shift
done
command -v xmllint >/dev/null || { echo "xmllint ontbreekt: apt-get install libxml2-utils" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "/usr/bin/time ontbreekt: apt-get install time" >&2; exit 2; }

if [ -z "${BERICHTD_BIN:-}" ]; then
  echo "# release-build in .build-bench" >&2
  swift build -c release --scratch-path .build-bench --product berichtd >&2
  BERICHTD_BIN=$ROOT/.build-bench/release/berichtd
fi
BIN=$BERICHTD_BIN
mkdir -p "$DATA"
RESULT=$DATA/resultaten.md
XSD=$ROOT/xsd
CONFIG=$ROOT/config/regio.toml

wil() { [ -z "$ALLEEN" ] || [[ ",$ALLEEN," == *",$1,"* ]]; }

{
  echo
  echo "## $(date -u "+%Y-%m-%d %H:%M") UTC, berichtd $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo "?") ($BIN)"
  echo
  echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"\
    "$(free -g | awk '/^Mem:/ { print $2 }') GiB; load bij de start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| scenario | stap | prestaties | MB | wall (s) | prestaties/s | MB/s | piek-RSS (MB) | load | × xmllint |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} | tee -a "$RESULT"

# genereer NAAM ARGS…: generates into $DATA/NAAM-s$SEED once; later runs reuse it.
genereer() {
  local naam=$1; shift
  local map=$DATA/$naam-s$SEED
  local opdracht="genereer --seed $SEED $*"
  if [ -f "$map/samenvatting.txt" ] && [ "$(cat "$map/opdracht.txt" 2>/dev/null)" = "$opdracht" ]; then
    echo "# $naam: gegenereerde data uit de cache ($map)" >&2
  else
    rm -rf "$map"
    echo "# $naam: genereren ($opdracht)" >&2
    "$BIN" genereer --uit "$map" --config "$CONFIG" --seed "$SEED" "$@" >&2
    echo "$opdracht" > "$map/opdracht.txt"
  fi
  echo "$map"
}

waarde() { grep "^$2=" "$1/samenvatting.txt" | cut -d= -f2-; }

# meet LABEL COMMAND…: runs under /usr/bin/time -v; sets WALL (s) and RSS (MB).
meet() {
  local label=$1; shift
  local log=$DATA/time.log
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -v -o "$log" "$@" > "$DATA/laatste-uitvoer.txt" 2>&1 || {
    local status=$?
    # check exits 1 when a file is invalid (deliberate faults); anything else is a failure.
    if [ $status -ne 1 ]; then echo "$label mislukt ($status):" >&2; tail -5 "$DATA/laatste-uitvoer.txt" >&2; exit 1; fi
  }
  WALL=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s }' "$log")
  RSS=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
  echo "# $label: ${WALL}s, ${RSS} MB (load $load)" >&2
  LOAD=$load
}

# beste LABEL COMMAND…: meet, HERHAAL times; keeps the fastest WALL and the largest RSS.
beste() {
  local label=$1; shift
  local w="" r=0 l=""
  for _ in $(seq "$HERHAAL"); do
    meet "$label" "$@"
    if [ -z "$w" ] || awk -v a="$WALL" -v b="$w" 'BEGIN { exit !(a < b) }'; then w=$WALL; fi
    r=$(( RSS > r ? RSS : r )); l=${l:-$LOAD}
  done
  WALL=$w; RSS=$r; LOAD=$l
}

rij() { # rij SCENARIO STAP PRESTATIES BYTES [XMLLINT-WALL] — uses WALL, RSS, LOAD
  local per=$(awk -v p="$3" -v w="$WALL" 'BEGIN { printf "%.0f", (w > 0 ? p / w : 0) }')
  local mbs=$(awk -v b="$4" -v w="$WALL" 'BEGIN { printf "%.1f", (w > 0 ? b / w / 1e6 : 0) }')
  local ratio=""
  if [ -n "${5:-}" ]; then ratio=$(awk -v w="$WALL" -v x="$5" 'BEGIN { if (x > 0) printf "%.2f ×", w / x }'); fi
  printf '| %s | %s | %s | %s | %.2f | %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$(awk -v b="$4" 'BEGIN { printf "%.1f", b / 1e6 }')" "$WALL" "$per" "$mbs" "$RSS" "$LOAD" "$ratio" | tee -a "$RESULT"
}

# xmllint over files of both laws, each with its own XSD; WALL is the sum, RSS the maximum.
xmllint_meet() {
  local label=$1; shift
  local jw=() wmo=() w=0 r=0 l=""
  for f in "$@"; do case "$(basename "$f")" in *-jw323-*) jw+=("$f") ;; *) wmo+=("$f") ;; esac; done
  if [ ${#jw[@]} -gt 0 ]; then beste "$label jw" xmllint --stream --noout --schema "$XSD/ijw-3.2/jw323.xsd" "${jw[@]}"; w=$WALL; r=$RSS; l=$LOAD; fi
  if [ ${#wmo[@]} -gt 0 ]; then
    beste "$label wmo" xmllint --stream --noout --schema "$XSD/iwmo-3.2/wmo323.xsd" "${wmo[@]}"
    w=$(awk -v a="$w" -v b="$WALL" 'BEGIN { print a + b }'); r=$(( RSS > r ? RSS : r )); l=${l:-$LOAD}
  fi
  WALL=$w; RSS=$r; LOAD=$l
}

# store_na_301 MAP: a spool (state/ with store and monitoring stand, monitoring/, reports/) in
# which all 301s of MAP were processed; made once, then copied for every measurement. Before
# the first measurement of a run, `berichtd report` brings it up to the current binary (schema
# migrations, running totals, monitoring files and stand), so that the timed runs update the
# monitoring incrementally, as berichtd does in production after each batch.
store_na_301() {
  local map=$1 cache=$1/store-na-301
  if [ -f "$cache/berichtd.sqlite" ]; then   # layout of earlier versions of this script
    mkdir -p "$cache/spool/state"; mv "$cache"/berichtd.sqlite* "$cache/spool/state/"
  fi
  if [ ! -f "$cache/spool/state/berichtd.sqlite" ]; then
    local spool=$DATA/spool-301
    rm -rf "$spool"; mkdir -p "$spool/in"
    find "$map/301" -name '*.xml' -print0 | sort -z | xargs -0 cp -p -t "$spool/in/"
    local aantal; aantal=$(waarde "$map" toewijzingen)
    meet "301's verwerken ($aantal)" "$BIN" process --spool "$spool" --config "$CONFIG" --xsd "$XSD" --rust 0
    grep -q "verwerkt: $aantal bericht(en): $aantal geaccepteerd" "$DATA/laatste-uitvoer.txt" \
      || { echo "niet alle 301's geaccepteerd:" >&2; tail -2 "$DATA/laatste-uitvoer.txt" >&2; exit 1; }
    rij "$(basename "$map")" "process 301's (opbouw)" "$aantal" "$(waarde "$map" bytes_301)"
    mkdir -p "$cache/spool"; cp -a "$spool/state" "$spool/monitoring" "$spool/reports" "$cache/spool/"
    rm -rf "$spool"
  fi
  if [ "${BIJGEWERKT[$cache]:-}" != 1 ]; then
    meet "opslag na 301's bijwerken" "$BIN" report --spool "$cache/spool" --config "$CONFIG"
    BIJGEWERKT[$cache]=1
  fi
}
declare -A BIJGEWERKT

# verwerk MAP LABEL FILES…: berichtd process on a fresh copy of the spool after the 301s
# (STORE overrides it: a spool that already holds earlier months).
verwerk() {
  local map=$1 label=$2; shift 2
  local spool=$DATA/spool w="" r=0 l=""
  for _ in $(seq "${KEER:-$HERHAAL}"); do
    rm -rf "$spool"; mkdir -p "$spool/in"
    cp -a "${STORE:-$map/store-na-301/spool}/." "$spool/"
    cp -p "$@" "$spool/in/"
    meet "$label" "$BIN" process --spool "$spool" --config "$CONFIG" --xsd "$XSD" --rust 0
    if [ -z "$w" ] || awk -v a="$WALL" -v b="$w" 'BEGIN { exit !(a < b) }'; then w=$WALL; fi
    r=$(( RSS > r ? RSS : r )); l=${l:-$LOAD}
  done
  WALL=$w; RSS=$r; LOAD=$l
  if ! grep -q "^verwerkt: $# bericht" "$DATA/laatste-uitvoer.txt"; then
    echo "$label: niet alles verwerkt" >&2; tail -3 "$DATA/laatste-uitvoer.txt" >&2; exit 1
  fi
  local verwacht=$FOUTIEF
  local afgewezen; afgewezen=$( (grep -rhoE "<(jw|wmo)325:Prestatie>" "$spool/out" || true) | wc -l)
  if [ "$afgewezen" != "$verwacht" ]; then echo "$label: $afgewezen prestaties afgewezen, verwacht $verwacht" >&2; exit 1; fi
  echo "# $label: $afgewezen prestaties afgewezen zoals bedoeld" >&2
}

bestanden_bytes() { local s=0; for f in "$@"; do s=$((s + $(stat -c %s "$f"))); done; echo $s; }
# prestaties and deliberate faults in a list of generated 323s, from verwachting.tsv and the files.
prestaties_in() { cat "$@" | grep -c "323:Prestatie>" | awk '{ print $1 / 2 }'; }
fouten_in() { local map=$1; shift; local n=0; for f in "$@"; do n=$((n + $(grep -c "^${f#$map/}	" "$map/verwachting.tsv" || true))); done; echo $n; }

# drie_stappen SCENARIO MAP PRESTATIES BYTES FILES…: xmllint, check and process on the same files,
# interleaved: each of the HERHAAL rounds runs all three once, so that a slower moment of the
# shared machine hits all three alike; per step the fastest round and the largest RSS count.
drie_stappen() {
  local scenario=$1 map=$2 p=$3 b=$4; shift 4
  local wx="" wc="" wp="" rx=0 rc=0 rp=0 lx="" lc="" lp=""
  for _ in $(seq "$HERHAAL"); do
    HERHAAL=1 xmllint_meet "$scenario xmllint" "$@"; wx=$(kleinste "$wx" "$WALL"); rx=$(( RSS > rx ? RSS : rx )); lx=${lx:-$LOAD}
    meet "$scenario check" "$BIN" check --xsd "$XSD" "$@"; wc=$(kleinste "$wc" "$WALL"); rc=$(( RSS > rc ? RSS : rc )); lc=${lc:-$LOAD}
    KEER=1 verwerk "$map" "$scenario process" "$@"; wp=$(kleinste "$wp" "$WALL"); rp=$(( RSS > rp ? RSS : rp )); lp=${lp:-$LOAD}
  done
  WALL=$wx; RSS=$rx; LOAD=$lx; rij "$scenario" "xmllint --stream --schema" "$p" "$b"
  WALL=$wc; RSS=$rc; LOAD=$lc; rij "$scenario" "berichtd check" "$p" "$b" "$wx"
  WALL=$wp; RSS=$rp; LOAD=$lp; rij "$scenario" "berichtd process" "$p" "$b" "$wx"
}
kleinste() { if [ -z "$1" ] || awk -v a="$2" -v b="$1" 'BEGIN { exit !(a < b) }'; then echo "$2"; else echo "$1"; fi; }

scenario_bestand() { # scenario_bestand NAAM MAP FILE: xmllint, check and process on one 323
  local naam=$1 map=$2 f=$3
  FOUTIEF=$(fouten_in "$map" "$f")
  store_na_301 "$map"
  drie_stappen "$naam" "$map" "$(prestaties_in "$f")" "$(stat -c %s "$f")" "$f"
}

maandscenario() { # maandscenario NAAM MAP: all 323s of the (single) month
  local naam=$1 map=$2
  mapfile -t fs < <(find "$map/323" -name '*.xml' | sort)
  FOUTIEF=$(waarde "$map" foutief)
  store_na_301 "$map"
  drie_stappen "$naam (${#fs[@]} bestanden)" "$map" "$(waarde "$map" prestaties)" "$(waarde "$map" bytes_323)" "${fs[@]}"
}

if wil 5mb; then
  map=$(genereer 5mb --clienten 3000 --aanbieder 41000001 --gemeente 0356 --wet ijw --max-bytes 5MB --foutaandeel 0.01)
  scenario_bestand 5mb "$map" "$map/323/2025-11/0001-jw323-41000001-0356-2025-11.xml"
fi
if wil 25mb; then
  map=$(genereer 25mb --clienten 15000 --aanbieder 41000001 --gemeente 0356 --wet ijw --max-bytes 25MB --foutaandeel 0.01)
  scenario_bestand 25mb "$map" "$map/323/2025-11/0001-jw323-41000001-0356-2025-11.xml"
fi

# startstop: the starts and stops (305/307) of 20,000 clients after their 301s; 0 rejections expected.
if wil startstop; then
  map=$(genereer startstop --clienten ${BERICHTD_BENCH_STARTSTOP_CLIENTEN:-20000} --start-stop)
  mapfile -t fs < <(find "$map/305" "$map/307" -name '*.xml' | sort)
  FOUTIEF=0
  store_na_301 "$map"
  verwerk "$map" "startstop process (${#fs[@]} bestanden)" "${fs[@]}"
  rij startstop "berichtd process 305/307" "$(( $(waarde "$map" starts) + $(waarde "$map" stops) ))" "$(bestanden_bytes "${fs[@]}")"
fi

# The 301 scenario: the 15,000 JW301 files of the 25mb data. xmllint validates them all in one
# process (the schema compiled once); berichtd process takes them from in/ of an empty spool
# (copying them there is not timed). Interleaved as in drie_stappen.
if wil 301; then
  map=$(genereer 25mb --clienten 15000 --aanbieder 41000001 --gemeente 0356 --wet ijw --max-bytes 25MB --foutaandeel 0.01)
  lijst=$DATA/301-bestanden.txt
  (cd "$map/301" && find . -name '*.xml' | sort) > "$lijst"
  aantal=$(wc -l < "$lijst"); bytes=$(cd "$map/301" && xargs -a "$lijst" stat -c %s | awk '{ s += $1 } END { print s }')
  wx=""; wp=""; rx=0; rp=0; lx=""; lp=""
  for _ in $(seq "$HERHAAL"); do
    meet "301 xmllint" bash -c 'cd "$1" && mapfile -t fs < "$2" && exec xmllint --noout --schema "$3" "${fs[@]}"' \
      _ "$map/301" "$lijst" "$XSD/ijw-3.2/jw301.xsd"
    wx=$(kleinste "$wx" "$WALL"); rx=$(( RSS > rx ? RSS : rx )); lx=${lx:-$LOAD}
    spool=$DATA/spool-301
    rm -rf "$spool"; mkdir -p "$spool/in"
    (cd "$map/301" && xargs -a "$lijst" cp -p -t "$spool/in/")
    meet "301 process" "$BIN" process --spool "$spool" --config "$CONFIG" --xsd "$XSD" --rust 0
    grep -q "verwerkt: $aantal bericht(en): $aantal geaccepteerd" "$DATA/laatste-uitvoer.txt" \
      || { echo "niet alle 301's geaccepteerd:" >&2; tail -2 "$DATA/laatste-uitvoer.txt" >&2; exit 1; }
    wp=$(kleinste "$wp" "$WALL"); rp=$(( RSS > rp ? RSS : rp )); lp=${lp:-$LOAD}
  done
  rm -rf "$DATA/spool-301"
  WALL=$wx; RSS=$rx; LOAD=$lx; rij "301 ($aantal bestanden)" "xmllint --schema" "$aantal" "$bytes"
  WALL=$wp; RSS=$rp; LOAD=$lp; rij "301 ($aantal bestanden)" "berichtd process" "$aantal" "$bytes" "$wx"
fi

if wil regio; then
  maandscenario regio "$(genereer regio --clienten 77800 --max-bytes 25MB --foutaandeel 0.01)"
fi
if [ $NATIONAAL = 1 ] && wil nationaal; then
  maandscenario nationaal "$(genereer nationaal --clienten 750000 --max-bytes 25MB --foutaandeel 0.01)"
fi

if wil historie; then
  map=$(genereer historie --clienten 5000 --maanden 12 --foutaandeel 0.01)
  store_na_301 "$map"
  STORE=$DATA/historie-store
  rm -rf "$STORE"; mkdir -p "$STORE"; cp -a "$map/store-na-301/spool/." "$STORE/"
  for maand in $(waarde "$map" maanden); do
    mapfile -t fs < <(find "$map/323/$maand" -name '*.xml' | sort)
    p=$(waarde "$map" "maand_${maand}_prestaties"); b=$(waarde "$map" "maand_${maand}_bytes")
    FOUTIEF=$(waarde "$map" "maand_${maand}_foutief")
    KEER=1 verwerk "$map" "historie $maand process" "${fs[@]}"
    rij "historie $maand (${#fs[@]} bestanden)" "berichtd process" "$p" "$b"
    rm -rf "$STORE"; mkdir -p "$STORE"   # the next month sees this month's history
    cp -a "$DATA/spool/state" "$DATA/spool/monitoring" "$DATA/spool/reports" "$STORE/"
    # In production each month's batch arrives on its own day; here all months run today. So
    # that today's rejection report holds one month (as it would), the messages received so far
    # move back a day, as if each earlier month had come in on an earlier day.
    python3 -c 'import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE bericht SET ontvangen_op = strftime(\"%Y-%m-%dT%H:%M:%SZ\", ontvangen_op, \"-1 day\")")
db.commit()' "$STORE/state/berichtd.sqlite"
  done
  echo "| historie | opslag na 12 maanden (MB) | | $(du -sm "$STORE/state" | cut -f1) | | | | | |" | tee -a "$RESULT"
  unset STORE
fi

echo >&2
echo "resultaten: $RESULT" >&2
