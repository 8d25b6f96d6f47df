#!/usr/bin/env bash
# Regenerates the README's screenshots from the sample handbook: the home page in light and dark, a story on
# a phone, and the printed cheat sheet. Needs the .NET SDK, Chromium (or Chrome) and poppler's pdftoppm.
#   bash scripts/screenshots.sh            # writes docs/screenshots/*.png
set -euo pipefail
cd "$(dirname "$0")/.."

browser="${HANDBOOK_CHROMIUM:-}"
if [ -z "$browser" ]; then
  for name in chromium chromium-browser google-chrome chrome; do
    if command -v "$name" >/dev/null 2>&1; then browser=$(command -v "$name"); break; fi
  done
fi
[ -n "$browser" ] || { echo "screenshots: no Chromium or Chrome found; set HANDBOOK_CHROMIUM" >&2; exit 2; }
command -v pdftoppm >/dev/null 2>&1 || { echo "screenshots: pdftoppm not found (apt-get install poppler-utils)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
out=docs/screenshots
mkdir -p "$out"

dotnet run --project src/Handbook -- build --output "$work/site" --quiet
site="file://$work/site"

# Headless Chromium in its own throwaway profile, with no network: the site needs none.
shoot() { # width height file url [extra flags...]
  local width=$1 height=$2 file=$3 url=$4
  shift 4
  "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --hide-scrollbars \
    --user-data-dir="$work/profile" --window-size="$width,$height" "$@" --screenshot="$out/$file" "$url" >/dev/null 2>&1
  echo "wrote $out/$file"
}

shoot 1280 800 home-light.png "$site/index.html"
shoot 1280 800 story-dark.png "$site/stories/checkout-outage-connection-pool.html" --force-dark-mode
shoot 390 844 phone-story.png "$site/stories/orders-table-bigint-migration.html"

# The cheat sheet as it prints: a real PDF on A4, rendered to an image.
"$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --user-data-dir="$work/profile" \
  --no-pdf-header-footer --print-to-pdf="$work/cheatsheet.pdf" "$site/cheatsheet.html#paper=a4" >/dev/null 2>&1
pdftoppm -png -r 90 -singlefile "$work/cheatsheet.pdf" "$out/cheatsheet-print"
echo "wrote $out/cheatsheet-print.png"
