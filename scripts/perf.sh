#!/usr/bin/env bash
# Measures the window's performance figures for the README, on the embedded example, under
# Xvfb with Mesa's software renderer (so GPU time is CPU time here):
#   - start to first frame (from the process's own clock, MELDCODE_TIMING),
#   - frames drawn in 10 s of idle (should be 0),
#   - resident memory with the example open (VmRSS and peak VmHWM),
#   - frame times with a 5,000-word field open while typing into it (xdotool).
# Usage: scripts/perf.sh [path/to/meldcode]   (default: target/release/meldcode)
set -euo pipefail
cd "$(dirname "$0")/.."
bin="${1:-${CARGO_TARGET_DIR:-target}/release/meldcode}"
[[ -x "$bin" ]] || { echo "error: no $bin; run cargo build --release first" >&2; exit 2; }

display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp &
xvfb=$!
work="$(mktemp -d)"
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
sleep 1
printf '{"theme":"Light","zoom":1.0,"idle_lock_minutes":0}' > "$work/venster.json"

run() { # demo screen, log file; leaves the pid in $app
  DISPLAY="$display" XDG_CONFIG_HOME="$work" MELDCODE_PREFS="$work/venster.json" \
    MELDCODE_TIMING=1 MELDCODE_DEMO_SCREEN="$1" LIBGL_ALWAYS_SOFTWARE=1 "$bin" 2> "$2" &
  app=$!
}

run dossier "$work/start.log"
sleep 4
first=$(grep -m1 -o 'frame at [0-9.]*' "$work/start.log" | grep -o '[0-9.]*$')
rss=$(awk '/VmRSS/ {print $2}' "/proc/$app/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$app/status")
before=$(grep -c '^frame at' "$work/start.log")
sleep 10
after=$(grep -c '^frame at' "$work/start.log")
kill "$app"; wait "$app" 2>/dev/null || true
echo "start to first frame: ${first} ms"
echo "frames in 10 s idle: $((after - before))"
echo "memory with the example open: VmRSS $((rss / 1024)) MB, peak VmHWM $((hwm / 1024)) MB"

run lang "$work/lang.log"
sleep 5
win=$(DISPLAY="$display" xdotool search --sync --name 'Meldcode Dossier' | head -1)
# The long field lies below the form's first fields: scroll down, then click into its text.
DISPLAY="$display" xdotool windowfocus --sync "$win" mousemove --window "$win" 600 400 \
  click --repeat 12 --delay 50 5
sleep 1
DISPLAY="$display" xdotool mousemove --window "$win" 600 400 click 1
sleep 1
mark=$(grep -c '^frame at' "$work/lang.log")
DISPLAY="$display" xdotool type --delay 120 "Op 3 november belde ik de moeder."
sleep 2
kill "$app"; wait "$app" 2>/dev/null || true
tail -n +"$((mark + 1))" "$work/lang.log" | grep -o 'took [0-9.]*' | grep -o '[0-9.]*$' | sort -n > "$work/t"
tail -n +"$((mark + 1))" "$work/lang.log" | grep -o 'cpu [0-9.]*' | grep -o '[0-9.]*$' | sort -n > "$work/c"
n=$(wc -l < "$work/t")
if [[ "$n" -gt 0 ]]; then
  median=$(sed -n "$(( (n + 1) / 2 ))p" "$work/t")
  p90=$(sed -n "$(( (n * 9 + 9) / 10 ))p" "$work/t")
  max=$(tail -1 "$work/t")
  echo "5,000-word field, typing: $n frames; UI pass median ${median} ms, p90 ${p90} ms, max ${max} ms"
  m=$(wc -l < "$work/c")
  if [[ "$m" -gt 0 ]]; then
    echo "  whole frame on the CPU (UI + tessellation + paint, software GL): median $(sed -n "$(( (m + 1) / 2 ))p" "$work/c") ms, p90 $(sed -n "$(( (m * 9 + 9) / 10 ))p" "$work/c") ms"
  fi
else
  echo "5,000-word field: no frames logged (did the click land in the text?)"
fi
