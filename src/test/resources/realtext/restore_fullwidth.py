#!/usr/bin/env python3
"""Turns page excerpts as the search store keeps them into realtext/*.txt.

The store keeps pages NFKC-normalised: the full-width ，；：（）？！ of the original pages were folded to ASCII
, ; : ( ) ? ! (、。“”《》〔〕 have no compatibility form and survived). This script puts the full-width form back
where the character touches Chinese text, and nowhere else (10:00, 1,234, http://, 5.6:56.6 stay ASCII), so that
text.punctuation is not measured against an artefact of the store. A bracket pair is restored as a pair. It
changes nothing else: NFKC of an output line equals the stored line (leading/trailing blanks aside).

Input: files with pages separated by lines '=== id | url | title'. Output: <id>.txt (one paragraph per stored
line, a blank line between, as an editor pasting into Markdown would), and SOURCES (id, url, title; a title in
[brackets] is ours, the page showing none).

usage: restore_fullwidth.py OUTDIR RAW...
"""
import sys
import unicodedata

FOLDED = {',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）'}


def chinese(ch):
    if not ch:
        return False
    o = ord(ch)
    return (0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0x3000 <= o <= 0x303F or 0xFF00 <= o <= 0xFFEF
            or ch in '“”‘’…—①②③④⑤⑥⑦⑧⑨⑩')


def restore(line):
    chars = list(line)
    n = len(chars)
    out = list(chars)

    def touches(i):
        return chinese(out[i - 1] if i > 0 else '') or chinese(out[i + 1] if i + 1 < n else '')

    pairs = {}
    stack = []
    for i, c in enumerate(chars):
        if c == '(':
            stack.append(i)
        elif c == ')' and stack:
            j = stack.pop()
            pairs[i] = j
            pairs[j] = i
    # a restored mark makes its neighbour touch Chinese text too (）; / ：(0756)): repeat until nothing changes
    changed = True
    while changed:
        changed = False
        for i, c in enumerate(chars):
            if c not in FOLDED or out[i] != c:
                continue
            before = out[i]
            restore_one(chars, out, pairs, i, c, touches)
            changed |= out[i] != before
    return ''.join(out)


def restore_one(chars, out, pairs, i, c, touches):
    if c in '()' and i in pairs:
        j = pairs[i]
        a, b = min(i, j), max(i, j)
        inner = any(chinese(x) for x in chars[a + 1:b])
        if touches(i) or touches(j) or inner:
            out[i] = FOLDED[c]
            out[j] = FOLDED[chars[j]]
    elif touches(i):
        out[i] = FOLDED[c]


def main(outdir, raws):
    sources = []
    for raw in raws:
        page = None
        with open(raw, encoding='utf-8') as f:
            for line in f:
                line = line.rstrip('\n')
                if line.startswith('=== '):
                    if page:
                        write(outdir, page)
                    pid, url, title = [p.strip() for p in line[4:].split('|', 2)]
                    page = {'id': pid, 'lines': []}
                    sources.append((pid, url, restore(title)))
                elif line.strip():
                    page['lines'].append(line.strip())
        if page:
            write(outdir, page)
    with open(f'{outdir}/SOURCES', 'w', encoding='utf-8') as f:
        f.write('# file\turl\ttitle (a [bracketed] title is ours: the page shows none)\n')
        for pid, url, title in sources:
            f.write(f'{pid}.txt\t{url}\t{title}\n')


def write(outdir, page):
    lines = [restore(l) for l in page['lines']]
    for stored, ours in zip(page['lines'], lines):
        assert unicodedata.normalize('NFKC', ours) == unicodedata.normalize('NFKC', stored), ours
    with open(f"{outdir}/{page['id']}.txt", 'w', encoding='utf-8') as f:
        f.write('\n\n'.join(lines) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2:])
