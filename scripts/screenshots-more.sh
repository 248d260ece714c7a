#!/usr/bin/env bash
# Saves PNGs of the follow-up screens (urgent path, afspraken, request from Veilig Thuis,
# participation, melding, letter, export dialog) into docs/, from the embedded example under
# Xvfb. Usage: scripts/screenshots-more.sh [path/to/meldcode]  (default: target/debug)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-}"
if [[ -z "$bin" ]]; then
  for b in "$target/debug/meldcode" "$target/release/meldcode"; do
    [[ -x "$b" ]] && { bin="$b"; break; }
  done
fi
[[ -x "$bin" ]] || { echo "error: no meldcode binary; run cargo build first" >&2; exit 2; }

display=":$((70 + RANDOM % 9))"
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp &
xvfb=$!
config="$(mktemp -d)"   # fresh preferences: the light theme and 100 % zoom
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$config"' EXIT
sleep 1
printf '{"theme":"Light","zoom":1.0,"idle_lock_minutes":0}' > "$config/venster.json"

shot() { # screen name, output file, mouse-wheel clicks to scroll down (optional)
  local screen="$1" out="$2" scroll="${3:-0}"
  DISPLAY="$display" XDG_CONFIG_HOME="$config" MELDCODE_PREFS="$config/venster.json" \
    MELDCODE_DEMO_SCREEN="$screen" LIBGL_ALWAYS_SOFTWARE=1 "$bin" &
  local app=$!
  sleep "${SHOT_DELAY:-4}"
  if (( scroll > 0 )); then
    DISPLAY="$display" xdotool mousemove 600 600
    for _ in $(seq "$scroll"); do DISPLAY="$display" xdotool click 5; sleep 0.05; done
    sleep 1
  fi
  DISPLAY="$display" import -window root +dither -colors 48 "docs/$out"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "docs/$out $(du -k "docs/$out" | cut -f1) KB"
}

shot urgent screenshot-urgent.png
shot lijst-afspraken screenshot-lijst-afspraken.png
shot afspraken screenshot-afspraken.png
shot vt-verzoek screenshot-vt-verzoek.png
shot participatie screenshot-participatie.png
shot melding screenshot-melding.png
shot brief screenshot-brief.png "${SCROLL_BRIEF:-0}"
shot export screenshot-export.png
