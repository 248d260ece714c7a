#!/usr/bin/env python3
"""Derives the compact Dutch lexicon in data/lexicon/ from hunspell-nl (OpenTaal).

Run at development time only (`apt-get install hunspell-nl`, then
`python3 scripts/lexicon.py`); the program embeds the result and never reads
/usr/share at run time.

Output (all folded: lower case, no diacritics, the ligature ĳ as "ij"):
- words.txt.gz   every lower-case entry plus its suffix and prefix forms (one level, and
                 prefix x suffix where both allow it); forbidden words left out.
- names.txt.gz   other entries OpenTaal marks as proper names (flag PN): first and family
                 names, mostly.
- proper.txt.gz  capitalised entries that are not names of persons, places or streets and
                 may stand capitalised in a sentence: languages, nationalities, acronyms.
- places.txt.gz  capitalised entries marked as places (flags PI, PJ, PK, Sv), words ending in
                 a street suffix, and other capitalised entries that are not names.
- proper.txt.gz  capitalised entries that are not names of persons, places or streets and
                 may stand capitalised in a sentence: languages, nationalities, acronyms.
- places.txt.gz  capitalised entries marked as places or streets (flags PI, PJ, PK, Sv, Gs,
                 Gl, Gw, GL, GW) and words ending in a street suffix.
"""

import gzip
import re
import sys
import unicodedata
from collections import defaultdict

DIC = "/usr/share/hunspell/nl.dic"
AFF = "/usr/share/hunspell/nl.aff"
OUT = "data/lexicon"

FORBIDDEN = "Fw"
NAME_FLAGS = {"PN"}
# Places: inhabitant forms (PI, PJ), place flag PK, street prefix (Sv). The street-suffix
# flags (Gs, Gl, Gw: "-straat", "-laan", "-weg") are also on person names (Roos) and are
# not used.
PLACE_FLAGS = {"PI", "PJ", "PK", "Sv"}
# Languages, nationalities and their adjectives; acronym case flag.
PROPER_FLAGS = {"Aa", "Ab", "Al", "Ll", "Lr", "Tl", "Zf", "Kc"}
STREET = re.compile(
    r"(straat|weg|laan|plein|kade|gracht|singel|dijk|dreef|hof|park|pad|steeg|markt|baan|"
    r"boulevard|wal|veld|erf|plantsoen|ring|allee|dam|burcht|haven|hoek)$"
)


def fold(s: str) -> str:
    s = s.replace("ĳ", "ij").replace("Ĳ", "IJ").lower()
    s = s.replace("æ", "ae").replace("œ", "oe").replace("ß", "ss").replace("ø", "o")
    s = s.replace("ł", "l").replace("đ", "d").replace("ħ", "h").replace("ı", "i")
    s = s.replace("’", "'").replace("‘", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def flags_of(field: str) -> list:
    field = field.split()[0] if field else ""
    return [field[i : i + 2] for i in range(0, len(field), 2)]


def read_affixes():
    sfx = defaultdict(list)
    pfx = defaultdict(list)
    cross = {}
    for line in open(AFF, encoding="utf-8"):
        parts = line.split()
        if len(parts) < 4 or parts[0] not in ("SFX", "PFX"):
            continue
        kind, flag = parts[0], parts[1]
        if parts[2] in ("Y", "N") and len(parts) == 4:
            cross[flag] = parts[2] == "Y"
            continue
        if len(parts) < 5:
            continue
        strip = "" if parts[2] == "0" else parts[2]
        add = parts[3].split("/")[0]
        add = "" if add == "0" else add
        cond = parts[4]
        if kind == "SFX":
            rx = re.compile("(" + cond + ")$") if cond != "." else None
            sfx[flag].append((strip, add, rx))
        else:
            rx = re.compile("^(" + cond + ")") if cond != "." else None
            pfx[flag].append((strip, add, rx))
    return sfx, pfx, cross


def apply_sfx(word, rules):
    for strip, add, rx in rules:
        if rx is not None and not rx.search(word):
            continue
        if strip and not word.endswith(strip):
            continue
        base = word[: len(word) - len(strip)] if strip else word
        yield base + add


def apply_pfx(word, rules):
    for strip, add, rx in rules:
        if rx is not None and not rx.search(word):
            continue
        if strip and not word.startswith(strip):
            continue
        yield add + word[len(strip) :]


def main():
    sfx, pfx, cross = read_affixes()
    words, names, proper, places = set(), set(), set(), set()
    lines = open(DIC, encoding="utf-8").read().split("\n")[1:]
    for line in lines:
        if not line.strip():
            continue
        word, _, field = line.partition("/")
        flags = flags_of(field)
        if FORBIDDEN in flags:
            continue
        forms = {word}
        for f in flags:
            forms.update(apply_sfx(word, sfx.get(f, ())))
            for p in apply_pfx(word, pfx.get(f, ())):
                forms.add(p)
                if cross.get(f):
                    for g in flags:
                        if g in sfx and cross.get(g):
                            forms.update(apply_sfx(p, sfx[g]))
        first = word[:1]
        if first.islower() or first.isdigit():
            words.update(fold(x) for x in forms)
        elif PLACE_FLAGS & set(flags) or NAME_FLAGS & set(flags) or STREET.search(fold(word)):
            if PLACE_FLAGS & set(flags) or STREET.search(fold(word)):
                places.update(fold(x) for x in forms)
            if NAME_FLAGS & set(flags):
                names.add(fold(word))
        elif PROPER_FLAGS & set(flags) or (word.isupper() and len(word) <= 6):
            proper.update(fold(x) for x in forms)
        else:
            # Other capitalised entries (places without a flag, brands, events): treated as
            # place-like, so that they are replaced when capitalised in a sentence.
            places.update(fold(x) for x in forms)
    keep = re.compile(r"^[a-z0-9][a-z0-9'\-.]*$")
    for name, data in (
        ("words", words),
        ("names", names),
        ("proper", proper),
        ("places", places),
    ):
        items = sorted(w for w in data if keep.match(w) and len(w) >= 1)
        with gzip.GzipFile(f"{OUT}/{name}.txt.gz", "wb", mtime=0, compresslevel=9) as f:
            f.write(("\n".join(items) + "\n").encode("utf-8"))
        print(name, len(items), file=sys.stderr)


if __name__ == "__main__":
    main()
