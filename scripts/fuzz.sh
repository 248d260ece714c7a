#!/usr/bin/env bash
# Runs one fuzz target for a given time: scripts/fuzz.sh TARGET SECONDS [extra libFuzzer args]
# Targets: lint, forms, verify_pdf, verify_detached, vault, vault_header (fuzz/fuzz_targets).
#
# Installs cargo-fuzz from crates.io when it is missing, makes the seed corpora when they
# are missing (scripts/fuzz-corpus.sh), and runs with -max_total_time, -timeout=1 and
# -rss_limit_mb=2048. With a nightly toolchain installed it uses AddressSanitizer
# (`-Zsanitizer=address` needs nightly); otherwise `--sanitizer none` on the installed
# stable toolchain, which cargo-fuzz 0.13 builds with stable `-C` flags only (see
# docs/fuzzing.md). Crashes, hangs and slow inputs land in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer args]}"
seconds="${2:?usage: scripts/fuzz.sh TARGET SECONDS [libFuzzer args]}"
shift 2

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "Installing cargo-fuzz from crates.io"
    cargo install --locked cargo-fuzz --version '^0.13'
fi
if [ ! -d "fuzz/corpus/$target" ]; then
    scripts/fuzz-corpus.sh fuzz/corpus
fi
mkdir -p "fuzz/corpus/$target" "fuzz/artifacts/$target"

toolchain=()
sanitizer=(--sanitizer none)
if [ -z "${MELDCODE_FUZZ_NO_ASAN:-}" ] && rustup toolchain list 2>/dev/null | grep -q '^nightly'; then
    toolchain=(+nightly)
    sanitizer=(--sanitizer address)
fi

echo "fuzz $target for ${seconds}s (${toolchain[*]:-stable} ${sanitizer[*]})"
# `cargo fuzz run` runs in fuzz/ and takes corpus and artifacts from there.
cargo "${toolchain[@]}" fuzz run "${sanitizer[@]}" --fuzz-dir fuzz "$target" \
    "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -timeout=1 -rss_limit_mb=2048 \
    -artifact_prefix="fuzz/artifacts/$target/" -print_final_stats=1 "$@"
