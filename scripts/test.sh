#!/usr/bin/env bash
# Runs every check: installs the Debian packages the tests need (only when missing),
# then formatting, clippy, the whole test suite and the Debian package test.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
command -v python3 >/dev/null 2>&1 || need+=(python3)
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
if ! command -v pyhanko >/dev/null 2>&1 && ! python3 -m pip --version >/dev/null 2>&1; then
    need+=(python3-pip)
fi
if [ "${#need[@]}" -gt 0 ]; then
    echo "Installing missing packages: ${need[*]}"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
# pyHanko, the second PDF signature validator the verifier is compared with (PyPI).
if ! command -v pyhanko >/dev/null 2>&1; then
    echo "Installing pyHanko (pip)"
    PIP_BREAK_SYSTEM_PACKAGES=1 python3 -m pip install --quiet --disable-pip-version-check \
        'pyhanko-cli==0.6.0' 'pyhanko==0.38.0'
fi

cargo fmt --check
# `cargo clippy --all-targets -- -D warnings`, run as the compiler of the test build: cargo
# clippy is `cargo check` with clippy-driver as the workspace's compiler wrapper and the lint
# arguments in CLIPPY_ARGS. Setting the same two variables on `cargo test` lints every target
# (benches included) while building it, so the dependencies are compiled once instead of
# checked first and compiled again, which saved about five of thirteen minutes on two cores.
# A clippy warning fails the build here exactly as it fails `cargo clippy`.
RUSTC_WORKSPACE_WRAPPER="$(rustup which clippy-driver 2>/dev/null || command -v clippy-driver)"
export RUSTC_WORKSPACE_WRAPPER
export CLIPPY_ARGS="-D__CLIPPY_HACKERY__warnings__CLIPPY_HACKERY__"
# Every target clippy's --all-targets covers: the library (and its tests), the program (built
# for the integration tests), the integration tests and the benches; the program's own test
# harness is left out (it has no tests: `test = false`).
cargo test --lib --tests --benches --no-run
cargo test
bash scripts/package-test.sh
