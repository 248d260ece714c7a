#!/usr/bin/env bash
# Runs the app under Xvfb on the embedded example and saves PNGs of the main screens into
# docs/. Usage: scripts/screenshots.sh [path/to/meldcode]  (default: target/release, then debug)
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-}"
if [[ -z "$bin" ]]; then
  for b in "$target/release/meldcode" "$target/debug/meldcode"; do
    [[ -x "$b" ]] && { bin="$b"; break; }
  done
fi
[[ -x "$bin" ]] || { echo "error: no meldcode binary; run cargo build first" >&2; exit 2; }

display=":$((90 + RANDOM % 9))"
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true' EXIT
sleep 1
config="$(mktemp -d)"   # fresh preferences: the light theme and 100 % zoom
printf '{"theme":"Light","zoom":1.0,"idle_lock_minutes":0}' > "$config/venster.json"

shot() { # screen name, output file, [theme], [zoom]
  local screen="$1" out="$2" theme="${3:-Light}" zoom="${4:-1.0}"
  printf '{"theme":"%s","zoom":%s,"idle_lock_minutes":0}' "$theme" "$zoom" > "$config/venster.json"
  DISPLAY="$display" XDG_CONFIG_HOME="$config" MELDCODE_PREFS="$config/venster.json" \
    MELDCODE_DEMO_SCREEN="$screen" LIBGL_ALWAYS_SOFTWARE=1 "$bin" &
  local app=$!
  sleep "${SHOT_DELAY:-4}"
  DISPLAY="$display" import -window root +dither -colors 32 "docs/$out"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "docs/$out $(du -k "docs/$out" | cut -f1) KB"
}

shot list screenshot-list.png
shot dossier screenshot-dossier.png
shot afweging screenshot-afweging.png
shot gesprek screenshot-gesprek.png
shot schrijfhulp screenshot-schrijfhulp.png
shot organisatie screenshot-organisatie.png
shot wizard screenshot-wizard.png
shot vergrendeld screenshot-vergrendeld.png
shot dossier screenshot-donker-125.png Dark 1.25
