#!/usr/bin/env bash
# Writes the seed corpora of the fuzz targets (fuzz/corpus/<target>/) from the project's own
# data: the lint tuning corpus, the bundled forms, a small vault made with the fast test key
# derivation, and signed sample files. Uses the ordinary (uninstrumented) build of the
# `seeds` program of the fuzz workspace, in the main target directory so that the
# dependencies already built there are reused.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-fuzz/corpus}"
mkdir -p "$out"
cargo run --quiet --manifest-path fuzz/Cargo.toml --target-dir target \
    --bin seeds -- "$out" tests/data/lint-corpus.tsv
for dir in "$out"/*/; do
    printf '%-16s %4d files %8d bytes\n' "$(basename "$dir")" \
        "$(find "$dir" -type f | wc -l)" "$(cat "$dir"/* | wc -c)"
done
