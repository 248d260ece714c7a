#!/usr/bin/env bash
# Saves PNGs of a real (invented) case into docs/: a vault made from scratch with the command
# line (the case of docs/handleiding.md: Zoë, groep 5, Basisschool De Ĳsvogel), then the window
# started on that vault under Xvfb, the passphrase typed as a user types it, and one screen
# per shot (MELDCODE_CASE_SCREEN). Nothing comes from the built-in example.
# Usage: scripts/screenshots-case.sh [path/to/meldcode]  (default: target/debug, then release)
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

work="$(mktemp -d)"
display=":$((80 + RANDOM % 9))"
Xvfb "$display" -screen 0 1200x800x24 -nolisten tcp &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT

# The case, from an empty folder, as docs/handleiding.md walks it.
export MELDCODE_PASSPHRASE='paard kastanje trompet zevenhoek'
export MELDCODE_INSECURE_TEST_KDF=1   # a fast key derivation: a scratch vault for pictures only
v="$work/ijsvogel.meldcode"
m() { "$bin" "$@" >/dev/null; }
m vault init "$v" --name "Sanne Bakker" --function "intern begeleider" \
  --organisation "Basisschool De Ĳsvogel"
m org set --vault "$v" --field plaats=Rotterdam --field sector=basisonderwijs \
  --field eindverantwoordelijke="Bjørn Søren Çelik" --field aandachtsfunctionaris="Sanne Bakker" \
  --veilig-thuis-regio "Veilig Thuis Rotterdam Rijnmond"
m dossier create --vault "$v" --title "Groep 5, blauwe plek" --subject-role kind \
  --subject-first-name Zoë --subject-last-name "Ünal-de Wít" --subject-birth-date 17-04-2018 \
  --subject-group "groep 5"
m person add --vault "$v" --dossier 1 --role moeder --first-name Çağla \
  --last-name "Ünal-de Wít" --gezag ja
m person add --vault "$v" --dossier 1 --role vader --first-name Bjørn --last-name "de Wít" \
  --gezag ja
m signal add --vault "$v" --dossier 1 --observed 02-11-2026 --text "Om 8.40 uur zag ik bij \
Zoë een blauwe plek van ongeveer 3 bij 4 cm op haar linker bovenarm."
m signal add --vault "$v" --dossier 1 --observed 04-11-2026 --text "Zoë zei in de kring: \
\"Papa was boos, ik mocht niet eten.\" Daarna zei ze niets meer."
m signal add --vault "$v" --dossier 1 --observed 05-11-2026 --text "Bij het ophalen leek \
moeder gespannen; Elif, het broertje, huilde."
m consultation add --vault "$v" --dossier 1 --on 09-11-2026 \
  --with "Bjørn Søren Çelik, directeur" \
  --question "Zijn de signalen genoeg voor een gesprek met moeder?" \
  --outcome "Afgesproken: de intern begeleider voert het gesprek met moeder."
m conversation add --vault "$v" --dossier 1 --on 11-11-2026 \
  --said "Ik vertelde moeder wat ik zag en vroeg hoe het thuis gaat." \
  --reaction "Moeder zei: \"Ze is van de trap gevallen.\""
m afweging answer --vault "$v" --dossier 1 --question afweging_1 --answer ja \
  --motivation "Moeder zei dat Zoë van de trap viel; dat past niet bij de plaats van het letsel."
m afweging answer --vault "$v" --dossier 1 --question afweging_2 --answer ja \
  --motivation "Drie signalen in vier dagen: een blauwe plek, Zoë's uitspraak, het broertje dat huilde."
m afweging answer --vault "$v" --dossier 1 --question afweging_3 --answer nee \
  --motivation "School kan de onveiligheid thuis niet zelf laten stoppen." \
  --samen-met-vt "Anouk Smit" --vt-datum 12-11-2026
m decide --vault "$v" --dossier 1 --melden ja --hulp ja \
  --motivation "Structurele onveiligheid; school blijft Zoë steunen in de klas." \
  --samen-met-vt "Anouk Smit" --vt-datum 12-11-2026
m afspraak add --vault "$v" --dossier 1 --who "Sanne Bakker" \
  --what "Zoë wekelijks spreken over hoe het thuis gaat." --due 01-12-2026 \
  --check "Verslag in het dossier."

shot() { # case screen, output file
  local screen="$1" out="$2" config
  config="$(mktemp -d -p "$work")"   # fresh preferences: light theme, 100 %
  printf '{"theme":"Light","zoom":1.0,"idle_lock_minutes":0}' > "$config/venster.json"
  DISPLAY="$display" XDG_CONFIG_HOME="$config" MELDCODE_PREFS="$config/venster.json" \
    MELDCODE_CASE_SCREEN="$screen" LIBGL_ALWAYS_SOFTWARE=1 "$bin" "$v" &
  local app=$!
  sleep "${SHOT_DELAY:-3}"
  # The window opens on the vault's passphrase, as from the file manager: type it.
  DISPLAY="$display" xdotool mousemove 600 400
  DISPLAY="$display" xdotool search --sync --name "Meldcode Dossier" windowfocus --sync
  DISPLAY="$display" xdotool type --delay 20 "$MELDCODE_PASSPHRASE"
  DISPLAY="$display" xdotool key Return
  sleep "${SHOT_DELAY:-3}"
  DISPLAY="$display" import -window root +dither -colors 64 "docs/$out"
  kill "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  echo "docs/$out $(du -k "docs/$out" | cut -f1) KB"
}

shot lijst casus-lijst.png
shot nieuw casus-nieuw-dossier.png
shot stap1 casus-stap1.png
shot stap2 casus-stap2.png
shot stap3 casus-stap3.png
shot stap4 casus-stap4.png
shot stap5 casus-stap5.png
shot organisatie casus-organisatie.png
shot export casus-export.png
