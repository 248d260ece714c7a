#!/usr/bin/env python3
"""Writes THIRD-PARTY-LICENSES: every crate compiled into the `meldcode` binary for one target,
with its licence expression and the licence files it ships, read from Cargo's own copy of the
crate sources (no cargo-about needed).

Usage: scripts/third-party-licenses.py [--target TRIPLE] OUT

The crates are those reachable from `meldcode` over normal dependencies (not dev- or
build-dependencies) on TRIPLE (the host by default), as `cargo metadata` resolves them.
Identical licence texts are printed once and referred to by number. Exits 1 when a crate has
neither a licence expression nor a licence file.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|COPYRIGHT|NOTICE|UNLICEN[CS]E|AUTHORS)", re.I)


def host_triple():
    out = subprocess.run(["rustc", "-vV"], check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("host: "):
            return line.split(": ", 1)[1].strip()
    sys.exit("rustc -vV printed no host")


def metadata(target):
    out = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked", "--filter-platform", target],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def shipped(meta):
    """Package ids reachable from the root over normal dependencies."""
    nodes = {n["id"]: n for n in meta["resolve"]["nodes"]}
    root = meta["resolve"]["root"]
    seen, todo = set(), [root]
    while todo:
        pid = todo.pop()
        for dep in nodes[pid]["deps"]:
            if any(k["kind"] is None for k in dep["dep_kinds"]) and dep["pkg"] not in seen:
                seen.add(dep["pkg"])
                todo.append(dep["pkg"])
    return seen


SKIP_DIRS = {"src", "tests", "benches", "examples", "target", ".git", ".github"}
FONT = re.compile(r"\.(ttf|otf|ttc|woff2?)$", re.I)


def licence_files(pkg):
    """Licence files in the crate: LICENSE*, COPYING*, ... at the top or one folder down
    (LICENSES/, fonts/OFL.txt), and the .txt notes next to bundled fonts."""
    root = os.path.dirname(pkg["manifest_path"])
    paths = set()
    if pkg.get("license_file"):
        paths.add(os.path.normpath(os.path.join(root, pkg["license_file"])))
    for folder in [root] + [
        os.path.join(root, d)
        for d in sorted(os.listdir(root))
        if os.path.isdir(os.path.join(root, d)) and d not in SKIP_DIRS
    ]:
        names = [n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n))]
        fonts = any(FONT.search(n) for n in names)
        for name in names:
            licence_like = LICENCE_FILE.match(name) or re.search(r"licen[cs]e|^ofl|^ufl", name, re.I)
            font_note = fonts and name.lower().endswith(".txt")
            if licence_like or font_note:
                paths.add(os.path.join(folder, name))
    return sorted(paths)


MIT = """Permission is hereby granted, free of charge, to any person obtaining a copy of this
software and associated documentation files (the "Software"), to deal in the Software
without restriction, including without limitation the rights to use, copy, modify, merge,
publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to
whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED,
INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR
PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE
FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR
OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER
DEALINGS IN THE SOFTWARE."""


BSD_3 = """Redistribution and use in source and binary forms, with or without modification, are
permitted provided that the following conditions are met:

1. Redistributions of source code must retain the above copyright notice, this list of
   conditions and the following disclaimer.
2. Redistributions in binary form must reproduce the above copyright notice, this list of
   conditions and the following disclaimer in the documentation and/or other materials
   provided with the distribution.
3. Neither the name of the copyright holder nor the names of its contributors may be used to
   endorse or promote products derived from this software without specific prior written
   permission.

THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND
ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED
OF THE POSSIBILITY OF SUCH DAMAGE."""


def standard_texts(pkg):
    """For a crate that ships no licence file: the standard text of each licence its
    expression names that we can give (MIT and BSD-3-Clause with the crate's authors, Apache-2.0 from
    Debian's common-licenses), as (label, text)."""
    ids = set(re.findall(r"[A-Za-z0-9.+-]+", pkg.get("license") or "")) - {"OR", "AND", "WITH"}
    holders = ", ".join(pkg.get("authors") or []) or f"the {pkg['name']} authors"
    out = []
    if "MIT" in ids:
        out.append(("MIT (standard text)", f"Copyright (c) {holders}\n\n{MIT}"))
    if "BSD-3-Clause" in ids:
        out.append(("BSD-3-Clause (standard text)", f"Copyright (c) {holders}\n\n{BSD_3}"))
    apache = "/usr/share/common-licenses/Apache-2.0"
    if "Apache-2.0" in ids and os.path.isfile(apache):
        with open(apache, encoding="utf-8") as f:
            out.append(("Apache-2.0 (standard text)", f.read().strip()))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--target", default=None)
    parser.add_argument("out")
    args = parser.parse_args()
    target = args.target or host_triple()
    meta = metadata(target)
    packages = {p["id"]: p for p in meta["packages"]}
    ids = sorted(shipped(meta), key=lambda i: (packages[i]["name"], packages[i]["version"]))

    texts = {}  # sha256 -> (number, first owner, file name, text)
    entries = []
    missing = []
    for pid in ids:
        pkg = packages[pid]
        refs = []
        for path in licence_files(pkg):
            with open(path, encoding="utf-8", errors="replace") as f:
                text = f.read().strip()
            if not text:
                continue
            key = hashlib.sha256(text.encode()).hexdigest()
            if key not in texts:
                owner = f"{pkg['name']} {pkg['version']}"
                texts[key] = (len(texts) + 1, owner, os.path.basename(path), text)
            refs.append(f"{os.path.basename(path)} [{texts[key][0]}]")
        if not refs:
            for label, text in standard_texts(pkg):
                key = hashlib.sha256(text.encode()).hexdigest()
                if key not in texts:
                    owner = f"{pkg['name']} {pkg['version']}"
                    texts[key] = (len(texts) + 1, owner, label, text)
                refs.append(f"{label} [{texts[key][0]}]")
        licence = pkg.get("license") or ""
        if not licence and not refs:
            missing.append(f"{pkg['name']} {pkg['version']}")
        entries.append((pkg, licence, refs))

    lines = [
        "Meldcode Dossier: third-party licences",
        "",
        f"The meldcode binary for {target} contains the {len(entries)} Rust crates below.",
        "Each entry gives the crate's licence expression (SPDX) and the licence files it ships",
        "(or, where it ships none, the standard text of its licence);",
        "the texts follow, each identical text once, numbered. Generated by",
        "scripts/third-party-licenses.py from Cargo.lock and the crates' own sources.",
        "The DejaVu fonts embedded in the binary are described in the copyright file.",
        "",
        "=" * 78,
        "CRATES",
        "=" * 78,
    ]
    for pkg, licence, refs in entries:
        lines.append(f"{pkg['name']} {pkg['version']}")
        lines.append(f"  Licence: {licence or '(no expression; see the files)'}")
        if pkg.get("repository"):
            lines.append(f"  Source: {pkg['repository']}")
        lines.append(f"  Texts: {', '.join(refs) if refs else '(none shipped in the crate)'}")
    lines += ["", "=" * 78, "LICENCE TEXTS", "=" * 78]
    for number, owner, name, text in sorted(texts.values()):
        lines += ["", f"[{number}] {name} (first in {owner})", "-" * 78, text]
    with open(args.out, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if missing:
        print("crates without licence information: " + ", ".join(missing), file=sys.stderr)
        return 1
    print(f"{args.out}: {len(entries)} crates, {len(texts)} distinct licence texts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
