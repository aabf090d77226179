#!/usr/bin/env python3
"""gen_unicode.py — writes runtime/unicode_tables.h, the Unicode tables of the runtime.

The tables must match rustc 1.95's core::unicode (Unicode 17.0.0), which Python's
unicodedata does not (it follows its own Unicode version, and has no is_printable). So they
are derived from what a rustc-compiled program answers for every code point:
`test_rt.rs props` prints, per scalar value, whether Debug escapes it as \\u{...} (in a char,
at the start of a str, inside a str), is_alphabetic / is_numeric / is_lowercase /
is_uppercase, whether it is Case_Ignorable or Cased (read off str::to_lowercase's Final_Sigma
rule), and its to_uppercase / to_lowercase mappings.

Usage: gen_unicode.py [--dump FILE] [--out FILE]
  without --dump, compiles test_rt.rs with the rustc on PATH and runs it.
"""
import argparse
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def read_dump(path):
    if path:
        with open(path) as f:
            return f.read().splitlines()
    with tempfile.TemporaryDirectory() as tmp:
        exe = os.path.join(tmp, "test_rt_rs")
        subprocess.run(["rustc", "--edition", "2021", "-O", os.path.join(HERE, "test_rt.rs"),
                        "-o", exe], check=True)
        version = subprocess.run(["rustc", "--version"], capture_output=True, text=True,
                                 check=True).stdout.strip()
        print("gen_unicode.py: from", version, file=sys.stderr)
        out = subprocess.run([exe, "props"], capture_output=True, text=True, check=True)
        return out.stdout.splitlines()


def ranges(cps):
    """sorted code points -> [(lo, hi)] inclusive, merging across the surrogates (never
    looked up) when that joins two ranges"""
    out = []
    for cp in cps:
        if out and (out[-1][1] + 1 == cp or (out[-1][1] == 0xD7FF and cp == 0xE000)):
            out[-1][1] = cp
        else:
            out.append([cp, cp])
    return out


def single_runs(pairs):
    """[(cp, target)] sorted -> runs (lo, hi, stride, delta): every cp = lo + i*stride <= hi
    maps to cp + delta, the others in [lo, hi] do not map (stride 1 or 2)"""
    mapped = {cp for cp, _ in pairs}
    runs = []
    for cp, t in pairs:
        d = t - cp
        if runs:
            lo, hi, stride, delta = runs[-1]
            # a stride-2 run may only skip a code point that has no mapping of its own
            step_ok = cp - hi == 1 or (cp - hi == 2 and hi + 1 not in mapped)
            if delta == d and step_ok and (hi == lo or cp - hi == stride):
                runs[-1] = [lo, cp, cp - hi, d]
                continue
        runs.append([cp, cp, 1, d])
    return runs


def emit_ranges(lines, name, cps, comment):
    """one uint32_t per range: lo << 11 | (hi - lo), ranges longer than 2048 split"""
    packed = []
    for lo, hi in ranges(cps):
        while hi - lo > 0x7FF:
            packed.append(lo << 11 | 0x7FF)
            lo += 0x800
        packed.append(lo << 11 | (hi - lo))
    lines.append("/* %s: %d code points in %d ranges */" % (comment, len(cps), len(packed)))
    lines.append("static const uint32_t %s[] = {" % name)
    for i in range(0, len(packed), 8):
        lines.append("    " + " ".join("0x%08X," % p for p in packed[i:i + 8]))
    lines.append("};")
    lines.append("")
    return len(packed)


def emit_case(lines, name, maps, comment):
    single = sorted((cp, t[0]) for cp, t in maps.items() if len(t) == 1)
    multi = sorted((cp, t) for cp, t in maps.items() if len(t) > 1)
    runs = single_runs(single)
    lines.append("/* %s: %d single-char mappings in %d runs {lo, hi, stride, delta} */"
                 % (comment, len(single), len(runs)))
    lines.append("static const SmeltRtCaseRun %s_runs[] = {" % name)
    for lo, hi, stride, delta in runs:
        lines.append("    {0x%X, 0x%X, %d, %d}," % (lo, hi, stride, delta))
    lines.append("};")
    lines.append("/* %s: %d multi-char mappings */" % (comment, len(multi)))
    lines.append("static const SmeltRtCaseMulti %s_multi[] = {" % name)
    for cp, t in multi:
        t = list(t) + [0] * (3 - len(t))
        lines.append("    {0x%X, {0x%X, 0x%X, 0x%X}}," % (cp, t[0], t[1], t[2]))
    lines.append("};")
    lines.append("")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dump")
    ap.add_argument("--out", default=os.path.join(HERE, "unicode_tables.h"))
    args = ap.parse_args()
    rows = read_dump(args.dump)
    if len(rows) != 0x110000 - 0x800:
        sys.exit("gen_unicode.py: expected one line per scalar value, got %d" % len(rows))
    sets = {k: [] for k in "esmANLUIC"}
    upper, lower = {}, {}
    for row in rows:
        cp, flags, up, low = row.split(" ")
        cp = int(cp, 16)
        for k in flags:
            if k != ".":
                sets[k].append(cp)
        if up != "-":
            upper[cp] = [int(x, 16) for x in up.split(",")]
        if low != "-":
            lower[cp] = [int(x, 16) for x in low.split(",")]
    # rustc 1.95 escapes the same chars in a char, at a str's start and inside a str: the
    # runtime has one table for the three (smelt_rt.h); refuse to generate if that changed
    if not (sets["e"] == sets["s"] == sets["m"]):
        sys.exit("gen_unicode.py: Debug escaping differs between char and str contexts")

    lines = [
        "/* unicode_tables.h — GENERATED by gen_unicode.py from rustc 1.95 (Unicode 17.0.0);",
        " * do not edit. Sorted ranges, each packed as first << 11 | (last - first), and case mapping",
        " * runs, looked up by binary search in unicode.c. */",
        "",
    ]
    n = 0
    esc = set(sets["e"])
    plain = [int(r.split(" ", 1)[0], 16) for r in rows]
    plain = [cp for cp in plain if cp not in esc]
    n += emit_ranges(lines, "tab_debug_plain", plain,
                     "not escaped as \\u{..} by Debug (printable, not Grapheme_Extend; the "
                     "complement has longer ranges)")
    n += emit_ranges(lines, "tab_alphabetic", sets["A"], "Alphabetic")
    n += emit_ranges(lines, "tab_numeric", sets["N"], "General_Category Nd, Nl, No")
    n += emit_ranges(lines, "tab_lowercase", sets["L"], "Lowercase")
    n += emit_ranges(lines, "tab_uppercase", sets["U"], "Uppercase")
    n += emit_ranges(lines, "tab_case_ignorable", sets["I"], "Case_Ignorable")
    n += emit_ranges(lines, "tab_cased", sets["C"],
                     "Cased (only chars that are not Case_Ignorable: Final_Sigma asks no more)")
    emit_case(lines, "tab_upper", upper, "to_uppercase")
    emit_case(lines, "tab_lower", lower, "to_lowercase")
    with open(args.out, "w") as f:
        f.write("\n".join(lines))
    print("gen_unicode.py: wrote %s (%d ranges)" % (args.out, n), file=sys.stderr)


if __name__ == "__main__":
    main()
