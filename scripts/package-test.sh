#!/usr/bin/env bash
# The Debian package as a user gets it (issue 19): builds it from target/debug/meldcode (the
# binary `cargo test` built), installs it with dpkg into a scratch root, runs the installed
# program (--version, forms check, a headless export read back with pdftotext), validates the
# menu entry and the AppStream metainfo, and removes it again. Skips, saying so, when dpkg-deb
# is not installed (not a Debian system).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v dpkg-deb >/dev/null 2>&1 || ! command -v dpkg >/dev/null 2>&1; then
    echo "package-test: SKIPPED: dpkg-deb is not installed (not a Debian system)"
    exit 0
fi
passed=0
step() { passed=$((passed + 1)); echo "package-test: $*"; }
fail() {
    echo "package-test: FAILED: $*" >&2
    echo "package-test: $passed passed, 1 failed"
    exit 1
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
deb=$(scripts/build-deb.sh --profile dev --compress zstd --out "$work/out")
[ -f "$deb" ] || fail "build-deb.sh wrote no package"
step "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# What the package holds.
dpkg-deb --field "$deb" Package Version Architecture >"$work/fields"
grep -qx "Version: ${version}-1" "$work/fields" || fail "control: $(cat "$work/fields")"
dpkg-deb --contents "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$work/contents"
for path in \
    /usr/bin/meldcode \
    /usr/share/applications/nl.meldcode.Dossier.desktop \
    /usr/share/metainfo/nl.meldcode.Dossier.metainfo.xml \
    /usr/share/mime/packages/meldcode.xml \
    /usr/share/icons/hicolor/16x16/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/32x32/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/48x48/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/64x64/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/128x128/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/256x256/apps/nl.meldcode.Dossier.png \
    /usr/share/icons/hicolor/scalable/apps/nl.meldcode.Dossier.svg \
    /usr/share/man/man1/meldcode.1.gz \
    /usr/share/man/man1/meldcode-export.1.gz \
    /usr/share/bash-completion/completions/meldcode \
    /usr/share/zsh/vendor-completions/_meldcode \
    /usr/share/fish/vendor_completions.d/meldcode.fish \
    /usr/share/doc/meldcode/copyright \
    /usr/share/doc/meldcode/THIRD-PARTY-LICENSES \
    /usr/share/meldcode/forms/basismodel/set.toml; do
    grep -qx "$path" "$work/contents" || fail "the package lacks $path"
done
dpkg-deb --contents "$deb" | awk '$2 != "root/root" {print; bad=1} END {exit bad}' \
    || fail "files not owned by root"

# Install into a scratch root with its own dpkg database (dependencies are not there: forced).
root="$work/root"
mkdir -p "$root/var/lib/dpkg/info" "$root/var/lib/dpkg/updates"
touch "$root/var/lib/dpkg/status" "$root/var/lib/dpkg/available"
dpkg_root=(dpkg --root="$root" --log=/dev/null --force-depends --force-script-chrootless)
if [ "$(id -u)" -ne 0 ]; then dpkg_root+=(--force-not-root); fi
"${dpkg_root[@]}" --install "$deb" >"$work/dpkg.log" 2>&1 || fail "dpkg --install: $(cat "$work/dpkg.log")"
"${dpkg_root[@]}" --status meldcode >"$work/status"
grep -qx "Status: install ok installed" "$work/status" \
    || fail "dpkg does not list meldcode as installed"
step "installed into a scratch root"

mc="$root/usr/bin/meldcode"
out=$("$mc" --version)
grep -Eq "^meldcode ${version//./\\.} \(commit ([0-9a-f]{7,}|unknown), ([0-9]{4}-[0-9]{2}-[0-9]{2}|unknown)\)$" <<<"$out" \
    || fail "--version printed: $out"
step "--version: $out"

out=$("$mc" forms check "$root/usr/share/meldcode/forms") || fail "forms check: $out"
grep -q "^ok: " <<<"$out" || fail "forms check: $out"
step "forms check on the installed forms: $out"

zcat "$root/usr/share/man/man1/meldcode.1.gz" >"$work/meldcode.1"
grep -q '^\.TH meldcode 1' "$work/meldcode.1" || fail "man page has no .TH"
zcat "$root/usr/share/man/man1/meldcode-export.1.gz" >"$work/meldcode-export.1"
grep -qF '\-\-format' "$work/meldcode-export.1" \
    || fail "meldcode-export(1) lacks --format"
bash -n "$root/usr/share/bash-completion/completions/meldcode" || fail "bash completion"
grep -q "export" "$root/usr/share/fish/vendor_completions.d/meldcode.fish" || fail "fish completion"
grep -q "^#compdef meldcode" "$root/usr/share/zsh/vendor-completions/_meldcode" || fail "zsh completion"
licences="$root/usr/share/doc/meldcode/THIRD-PARTY-LICENSES"
grep -q "^clap " "$licences" || fail "THIRD-PARTY-LICENSES does not name clap"
! grep -q "(none shipped" "$licences" || fail "a crate in THIRD-PARTY-LICENSES has no licence text"
step "man pages, completions and licences are there"

# A headless export from the installed binary, read back with pdftotext.
export MELDCODE_PASSPHRASE="correct paard batterij nietje"
export MELDCODE_INSECURE_TEST_KDF=1
vault="$work/team.meldcode"
"$mc" demo --vault "$vault" >"$work/demo.log" 2>&1 || fail "demo: $(cat "$work/demo.log")"
"$mc" export --vault "$vault" --kind protocol --format pdf --out "$work/protocol.pdf" \
    >"$work/export.log" 2>&1 || fail "export: $(cat "$work/export.log")"
"$mc" export --vault "$vault" --dossier 1 --kind dossier --format docx --out "$work/dossier.docx" \
    >>"$work/export.log" 2>&1 || fail "export: $(cat "$work/export.log")"
[ "$(head -c 5 "$work/protocol.pdf")" = "%PDF-" ] || fail "protocol.pdf is not a PDF"
if command -v pdftotext >/dev/null; then
    pdftotext "$work/protocol.pdf" "$work/protocol.txt"
    grep -q "Basisschool De Regenboog" "$work/protocol.txt" \
        || fail "protocol.pdf lacks the organisation's name"
    step "export: protocol.pdf has the organisation's name (pdftotext)"
else
    step "export: protocol.pdf written (pdftotext not installed: text not checked)"
fi
python3 - "$work/dossier.docx" <<'EOF' || fail "dossier.docx"
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
assert z.testzip() is None
assert "Çağla Ünal-de Wít" in z.read("word/document.xml").decode("utf-8")
EOF
step "export: dossier.docx has the example's names (python zipfile)"

# The desktop files, with Debian's validators when installed.
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$root/usr/share/applications/nl.meldcode.Dossier.desktop" \
        || fail "desktop-file-validate"
    step "desktop-file-validate: ok"
else
    step "desktop-file-validate not installed: menu entry not validated"
fi
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$root/usr/share/metainfo/nl.meldcode.Dossier.metainfo.xml" \
        >"$work/appstream.log" 2>&1 || fail "appstreamcli: $(cat "$work/appstream.log")"
    grep -q "<release version=\"${version}\"" "$root/usr/share/metainfo/nl.meldcode.Dossier.metainfo.xml" \
        || fail "the metainfo has no release $version"
    step "appstreamcli validate: ok"
else
    step "appstreamcli not installed: metainfo not validated"
fi
if command -v update-mime-database >/dev/null; then
    update-mime-database "$root/usr/share/mime" >/dev/null 2>&1 || fail "update-mime-database"
    grep -q "application/x-meldcode-vault:\*\.meldcode" "$root/usr/share/mime/globs" \
        || fail "the MIME database has no *.meldcode glob"
    step "shared-mime-info: *.meldcode is application/x-meldcode-vault"
fi

"${dpkg_root[@]}" --purge meldcode >"$work/dpkg.log" 2>&1 || fail "dpkg --purge: $(cat "$work/dpkg.log")"
[ ! -e "$mc" ] || fail "the binary is still there after purge"
step "removed again"
echo "package-test: $passed passed, 0 failed"
