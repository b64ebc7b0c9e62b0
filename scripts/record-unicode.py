# Prints, as JSON, what this interpreter's Unicode database says about every code point, as its
# str methods see it (run by scripts/record-unicode.mjs under each CPython version):
#   runs: [[first code point, flags], ...] where the flags change
#   case: {code point: [upper, lower, title, casefold]} for every code point some mapping changes
# Flags (one bit each): 1 isspace, 2 isdecimal, 4 isdigit, 8 isnumeric, 16 isalpha,
# 32 isprintable, 64 Uppercase, 128 Lowercase, 256 titlecase (Lt), 512 XID_Start or "_",
# 1024 XID_Continue, 2048 East Asian Width W or F, 4096 Case_Ignorable.
import json
import sys
import unicodedata


def case_ignorable(c, cased):
    # Final_Sigma's context skips case-ignorable characters on both sides (handle_capital_sigma):
    # a cased one that is skipped leaves a lone sigma; an uncased one keeps "A" before it
    if cased:
        return (c + "\u03a3").lower()[-1] == "\u03c3"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def flags(cp):
    c = chr(cp)
    m = 0
    if c.isspace(): m |= 1
    if c.isdecimal(): m |= 2
    if c.isdigit(): m |= 4
    if c.isnumeric(): m |= 8
    if c.isalpha(): m |= 16
    if c.isprintable(): m |= 32
    up, low, title = c.isupper(), c.islower(), unicodedata.category(c) == "Lt"
    if up: m |= 64
    if low: m |= 128
    if title: m |= 256
    if c.isidentifier(): m |= 512
    if ("a" + c).isidentifier(): m |= 1024
    if unicodedata.east_asian_width(c) in "WF": m |= 2048
    if case_ignorable(c, up or low or title): m |= 4096
    return m


runs = []
prev = None
case = {}
for cp in range(0x110000):
    m = flags(cp)
    if m != prev:
        runs.append([cp, m])
        prev = m
    if 0xD800 <= cp <= 0xDFFF:
        continue
    c = chr(cp)
    maps = [c.upper(), c.lower(), c.title(), c.casefold()]
    if any(x != c for x in maps):
        case[cp] = maps
json.dump({"version": sys.version.split()[0], "unidata": unicodedata.unidata_version, "runs": runs, "case": case}, sys.stdout)
