#!/usr/bin/env bash
# Builds "Meldcode Dossier.app" and a signed, notarised .dmg on a Mac. NOT BUILT OR TESTED on
# the project's machines (Linux only); docs/release.md describes the whole recipe.
#
#   DEVELOPER_ID="Developer ID Application: Naam (TEAMID)" \
#   NOTARY_PROFILE=meldcode-notary \
#   packaging/macos/build-dmg.sh
#
# Needs Xcode's command-line tools (codesign, hdiutil, iconutil, lipo, xcrun notarytool) and
# the rustup targets aarch64-apple-darwin and x86_64-apple-darwin. Without DEVELOPER_ID the app
# is signed ad hoc and not notarised (for a local try only: Gatekeeper will refuse it elsewhere).
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=target/macos
app="$out/Meldcode Dossier.app"
rm -rf "$out" && mkdir -p "$app/Contents/MacOS" "$app/Contents/Resources"

# One universal binary for Apple silicon and Intel.
for target in aarch64-apple-darwin x86_64-apple-darwin; do
    cargo build --release --locked --target "$target"
done
lipo -create -output "$app/Contents/MacOS/meldcode" \
    target/aarch64-apple-darwin/release/meldcode target/x86_64-apple-darwin/release/meldcode

sed "s/@VERSION@/$version/g" packaging/macos/Info.plist > "$app/Contents/Info.plist"

# The icon: an .iconset from the committed PNGs (rendered from packaging/icons/*.svg).
iconset="$out/meldcode.iconset"
mkdir -p "$iconset"
for size in 16 32 128 256; do
    cp "packaging/icons/nl.meldcode.Dossier-$size.png" "$iconset/icon_${size}x${size}.png"
done
cp packaging/icons/nl.meldcode.Dossier-32.png "$iconset/icon_16x16@2x.png"
cp packaging/icons/nl.meldcode.Dossier-64.png "$iconset/icon_32x32@2x.png"
cp packaging/icons/nl.meldcode.Dossier-256.png "$iconset/icon_128x128@2x.png"
iconutil --convert icns --output "$app/Contents/Resources/meldcode.icns" "$iconset"

# Licences next to the program.
cp packaging/linux/copyright "$app/Contents/Resources/copyright.txt"
python3 scripts/third-party-licenses.py --target aarch64-apple-darwin \
    "$app/Contents/Resources/THIRD-PARTY-LICENSES.txt"

# Sign with the hardened runtime (required for notarisation), then the disk image.
identity="${DEVELOPER_ID:--}"
codesign --force --options runtime --timestamp --sign "$identity" "$app"
codesign --verify --strict --verbose=2 "$app"
dmg="$out/MeldcodeDossier-$version.dmg"
hdiutil create -volname "Meldcode Dossier" -srcfolder "$app" -ov -format UDZO "$dmg"
codesign --force --timestamp --sign "$identity" "$dmg"

# Notarisation: Apple checks the signed .dmg; stapling attaches the ticket for offline use.
if [ -n "${DEVELOPER_ID:-}" ] && [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose "$dmg"
else
    echo "not notarised: set DEVELOPER_ID and NOTARY_PROFILE (xcrun notarytool store-credentials)"
fi
echo "$dmg"
