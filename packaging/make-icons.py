#!/usr/bin/env python3
"""Packs the committed PNG icons (packaging/icons/nl.meldcode.Dossier-SIZE.png, rendered from
the SVG with `rsvg-convert -w SIZE -h SIZE`) into a Windows .ico: an ICO file may hold PNG
images directly (Windows Vista and later). Run it on any machine; it needs only Python.

Usage: packaging/make-icons.py OUT.ico
"""

import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SIZES = [16, 32, 48, 64, 128, 256]


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    images = []
    for size in SIZES:
        with open(os.path.join(HERE, "icons", f"nl.meldcode.Dossier-{size}.png"), "rb") as f:
            images.append((size, f.read()))
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = 0 if size == 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    with open(sys.argv[1], "wb") as f:
        f.write(header + entries + data)


if __name__ == "__main__":
    main()
