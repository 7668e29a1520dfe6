#!/usr/bin/env python3
"""Write the bytes of a sample page from its NFC UTF-8 source.

Usage: encode.py nfd|cp1258|tcvn3 SOURCE.html OUTPUT.html

  nfd     UTF-8 in Unicode normalisation form D (what Mac tools and "Unicode tổ hợp" keyboards save)
  cp1258  Windows-1258: â ê ô ơ ư ă đ stay precomposed, only the five tone marks are combining bytes
  tcvn3   TCVN 5712:1993 (ABC, fonts .VnTime / .VnTimeH), see tcvn3_table below

Only the legacy pages need this: every other sample is written by hand as UTF-8.
"""
import sys
import unicodedata

TONES = {"\u0300": 0, "\u0301": 1, "\u0303": 2, "\u0309": 3, "\u0323": 4}  # huyền sắc ngã hỏi nặng


def cp1258(text: str) -> bytes:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", ch)
        tone = [c for c in decomposed if c in TONES]
        if tone:
            base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
            out.append(base + tone[0])
        else:
            out.append(ch)
    return "".join(out).encode("cp1258")


# TCVN3 (ABC) lower-case letters: each row is the base letter, then its forms with
# huyền, hỏi, ngã, sắc, nặng, as the standard orders them.
_TCVN3_ROWS = {
    "a": ("a", 0xB5, 0xB6, 0xB7, 0xB8, 0xB9),
    "ă": (0xA8, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xA9, 0xC7, 0xC8, 0xC9, 0xCA, 0xCB),
    "e": ("e", 0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xAA, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6),
    "i": ("i", 0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": ("o", 0xDF, 0xE1, 0xE2, 0xE3, 0xE4),
    "ô": (0xAB, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xAC, 0xEA, 0xEB, 0xEC, 0xED, 0xEE),
    "u": ("u", 0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xAD, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9),
    "y": ("y", 0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# Capitals without a tone have their own code points; toned capitals do not exist in the
# standard (pages set them in the .VnTimeH font, which draws the lower-case codes as capitals).
_TCVN3_CAPITALS = {"Ă": 0xA1, "Â": 0xA2, "Ê": 0xA3, "Ô": 0xA4, "Ơ": 0xA5, "Ư": 0xA6, "Đ": 0xA7}
_TONE_COLUMN = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def tcvn3_table() -> dict:
    table = {"đ": 0xAE}
    table.update(_TCVN3_CAPITALS)
    for base, row in _TCVN3_ROWS.items():
        for mark, column in _TONE_COLUMN.items():
            table[unicodedata.normalize("NFC", base + mark)] = row[column]
        if not isinstance(row[0], str):
            table[base] = row[0]
    return table


def tcvn3(text: str) -> bytes:
    table = tcvn3_table()
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if ch in table:
            out.append(table[ch])
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            raise SystemExit("no TCVN3 byte for %r (write toned capitals in lower case)" % ch)
    return bytes(out)


def main() -> None:
    mode, source, output = sys.argv[1:4]
    text = open(source, encoding="utf-8").read()
    if mode == "nfd":
        data = unicodedata.normalize("NFD", text).encode("utf-8")
    elif mode == "cp1258":
        data = cp1258(text)
    elif mode == "tcvn3":
        data = tcvn3(text)
    else:
        raise SystemExit("unknown mode " + mode)
    open(output, "wb").write(data)


if __name__ == "__main__":
    main()
