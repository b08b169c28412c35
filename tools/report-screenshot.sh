#!/usr/bin/env bash
# Renders an auditors' report (spool/reports/<dag>/afwijzingen*.html) to a PNG with headless
# Chromium, so a person can look at the layout; with PDF=1 also prints it to PDF (print CSS,
# A4 landscape). Installs Debian's chromium when it is missing (needs root for apt-get).
#
#   tools/report-screenshot.sh [RAPPORT.html] [UIT.png] [BREEDTE,HOOGTE]
#
# Defaults: the newest spool/reports/*/afwijzingen.html, the same name with .png, 1600,2400.
set -euo pipefail

html=${1:-}
if [ -z "$html" ]; then
  html=$(ls -1 spool/reports/*/afwijzingen.html 2>/dev/null | sort | tail -n 1 || true)
  [ -n "$html" ] || { echo "geen rapport gevonden in spool/reports/; geef het pad op" >&2; exit 2; }
fi
[ -f "$html" ] || { echo "$html bestaat niet" >&2; exit 2; }
out=${2:-${html%.html}.png}
size=${3:-1600,2400}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "chromium ontbreekt; installeren met apt-get" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq chromium >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq chromium >/dev/null; }
  browser=$(command -v chromium)
fi

url="file://$(realpath "$html")"
flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run --disable-extensions
       --run-all-compositor-stages-before-draw --virtual-time-budget=2000)
"$browser" "${flags[@]}" --window-size="$size" --screenshot="$(realpath -m "$out")" "$url" 2>/dev/null
echo "$out"
if [ "${PDF:-0}" = 1 ]; then
  pdf=${out%.png}.pdf
  "$browser" "${flags[@]}" --no-pdf-header-footer --print-to-pdf="$(realpath -m "$pdf")" "$url" 2>/dev/null
  echo "$pdf"
fi
