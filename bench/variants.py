#!/usr/bin/env python3
"""Held-out robustness: rewrites the public corpus inputs into extraction
shapes the public inputs do not show, with matching truth files, so that
score.py can score them like the corpus itself.

  bench/variants.py [--corpus DIR] [--out DIR]      (default out: /tmp/jatsify-variants)

Writes OUT/public/<id>--<variant>.{md,plain}.txt, .truth.json and .jatsify.json.
bench/variants-score.sh converts and scores them. Each variant changes one
shape (so a failure points at one recognizer); "mix" stacks several.
Deterministic: the random generator is seeded per case.
"""
import argparse, copy, json, os, random, re, sys

# ------------------------------------------------------------------ blocks
def blocks_of(text):
    """[(start_line, [lines])] for blank-line separated blocks."""
    out, cur, start = [], [], 0
    for i, ln in enumerate(text.split('\n')):
        if ln.strip():
            if not cur:
                start = i
            cur.append(ln)
        elif cur:
            out.append((start, cur)); cur = []
    if cur:
        out.append((start, cur))
    return out


def join_blocks(blocks):
    return '\n\n'.join('\n'.join(b) for b in blocks) + '\n'


def plain_of(lines):
    s = ' '.join(l.strip() for l in lines)
    return re.sub(r'[*#_]+', '', s).strip()


def simil(a, b):
    import difflib
    a, b = a.lower(), b.lower()
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


STOP = re.compile(r'^(\*|†|‡|#|Received|Accepted|Published|Correspond|doi|DOI|https?://|Copyright|Abstract|ABSTRACT|'
                  r'Resumo|RESUMO|Summary|Keywords|Citation|Editor|Academic Editor|Funding|Competing)')


def front_parts(bl, truth):
    """Indexes (title, byline, [affs]) in the block list, or None."""
    title = truth.get('title') or ''
    ti = None
    for i, (_, b) in enumerate(bl[:12]):
        if title and simil(plain_of(b), title) > 0.85:
            ti = i; break
    if ti is None or ti + 1 >= len(bl):
        return None
    by = ti + 1
    affs = []
    j = by + 1
    while j < len(bl) and not STOP.match(bl[j][1][0].strip()):
        txt = re.sub(r'^\d+\s+', '', plain_of(bl[j][1]))
        if any(simil(txt, a['text']) > 0.6 for a in truth.get('affiliations') or []):
            affs.append(j)
        else:
            break
        j += 1
    return ti, by, affs

# ------------------------------------------------------------------ helpers
def split_byline(line):
    """'A B1,2, C D3,*, and E F4' -> ['A B1,2', 'C D3,*', 'E F4']."""
    line = re.sub(r',?\s+and\s+', ', ', line)
    parts = re.split(r',\s+(?=[^\d\s*†‡,])', line)
    return [p.strip().rstrip(',') for p in parts if p.strip()]


def orcid(rng):
    return '0000-000%d-%04d-%04d' % (rng.randint(1, 3), rng.randint(0, 9999), rng.randint(0, 9999))


def wrap(text, width, rng, hyphenate=True):
    """Hard-wraps one paragraph like pdftotext; sometimes splits a long word
    with a hyphen at the line end."""
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            if hyphenate and len(w) > 9 and w.isalpha() and rng.random() < 0.3:
                k = rng.randint(3, len(w) - 4)
                room = width - len(cur) - 1
                if k < room:
                    lines.append(cur + ' ' + w[:k] + '-'); cur = w[k:]; continue
            lines.append(cur); cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


REF_HEAD = re.compile(r'^(#+\s*)?\**(References|REFERENCES|Referências|REFERÊNCIAS|Literature Cited|Bibliography|Referencias)\**\s*$')


def ref_range(bl):
    """(first, end) block indexes of the reference entries."""
    for i, (_, b) in enumerate(bl):
        if len(b) == 1 and REF_HEAD.match(b[0].strip()):
            j = i + 1
            while j < len(bl) and (re.match(r'^(\[\d+\]|\d+\.)\s', bl[j][1][0].strip()) or
                                   (is_artefact(bl[j][1]) and j + 1 < len(bl) and
                                    re.match(r'^(\[\d+\]|\d+\.)\s', bl[j + 1][1][0].strip()))):
                j += 1
            return i + 1, j
    return None


def is_artefact(b):
    """The corpus generator's page break: a page number over a running header."""
    return len(b) == 2 and re.fullmatch(r'\d{1,3}', b[0].strip()) is not None


def page_artefacts(bl):
    """Drops the generator's own running headers / page numbers (plain)."""
    out = []
    for s, b in bl:
        if len(b) == 2 and re.fullmatch(r'\d{1,3}', b[0].strip()) and re.search(r'\b(19|20)\d\d\b', b[1]):
            continue
        out.append((s, b))
    return out

# ------------------------------------------------------------------ variants
def v_pages(text, truth, style, rng, meta):
    """Running headers/footers every ~50 lines: form feed, journal + volume +
    DOI URL header, 'Page N of M' footer; mid-paragraph like pdftotext."""
    lines = text.split('\n')
    jt = meta.get('journal', {}).get('title') or meta.get('journal_title') or 'Journal'
    if isinstance(jt, dict):
        jt = jt.get('title', 'Journal')
    doi = truth.get('doi') or ''
    step = 50 if style == 'plain' else 12
    total = max(1, len(lines) // step + 1)
    out, page = [], 1
    for i, ln in enumerate(lines):
        out.append(ln)
        if i and i % step == 0 and i < len(lines) - 5:
            page += 1
            first = truth['authors'][0]['surname'] if truth.get('authors') else 'Anon'
            foot = ['', 'Page %d of %d' % (page - 1, total)] if page % 2 else \
                   ['', '%s | https://doi.org/%s' % (jt, doi), '%d' % (page - 1)]
            head = ['\f%s et al. %s (%d) %d:%d' % (first, jt, 2000 + page, page, 100 + page), ''] if page % 2 else \
                   ['\f%s  Vol. %d  %d' % (jt.upper(), page, 1000 + page), '']
            out += foot + head
    return '\n'.join(out), truth


def v_affbefore(text, truth, style, rng, meta):
    """Affiliations printed between title and byline."""
    bl = blocks_of(text)
    fp = front_parts(bl, truth)
    if not fp or not fp[2]:
        return None
    ti, by, affs = fp
    aff_blocks = [bl[i] for i in affs]
    rest = [b for i, b in enumerate(bl) if i not in affs]
    k = rest.index(bl[by])
    rest[k:k] = aff_blocks
    return join_blocks([b for _, b in rest]), truth


def v_afffoot(text, truth, style, rng, meta):
    """Affiliations as footnotes at the end of the first page (after the abstract)."""
    bl = blocks_of(text)
    fp = front_parts(bl, truth)
    if not fp or not fp[2]:
        return None
    ti, by, affs = fp
    aff_blocks = [bl[i][1] for i in affs]
    rest = [b for i, (_, b) in enumerate(bl) if i not in affs]
    # after the abstract's first paragraph, or ~10 blocks on
    pos = None
    for i, b in enumerate(rest):
        if re.match(r'^(#+\s*)?(Abstract|ABSTRACT|Resumo|Summary)\s*$', b[0].strip()):
            pos = i + 2; break
    if pos is None:
        pos = min(len(rest), by + 8)
    foot = [['_' * 20]] + [['%s' % l for l in b] for b in aff_blocks]
    rest[pos:pos] = foot
    return join_blocks(rest), truth


def v_orcid(text, truth, style, rng, meta):
    """Byline one author per line, each with an ORCID iD line under it."""
    bl = blocks_of(text)
    fp = front_parts(bl, truth)
    if not fp or not truth.get('authors'):
        return None
    ti, by, affs = fp
    names = split_byline(plain_of(bl[by][1]).replace('  ', ' '))
    if len(names) < 1:
        return None
    new = []
    for n, name in enumerate(names):
        form = n % 3
        oid = orcid(rng)
        if form == 0:
            new.append([name]); new.append(['ORCID: ' + oid])
        elif form == 1:
            new.append([name, 'https://orcid.org/' + oid])
        else:
            new.append([name + ' https://orcid.org/' + oid])
    out = [b for _, b in bl[:by]] + new + [b for _, b in bl[by + 1:]]
    return join_blocks(out), truth


GIVEN = ['María José', 'Juan Carlos', 'Ana Lucía', 'José Luis', 'María Fernanda', 'Luis Alberto',
         'Carmen Rosa', 'João Pedro', 'Ana Paula', 'Francisco Javier']
SUR1 = ['García', 'Rodríguez', 'Martínez', 'Sánchez', 'Pérez', 'Gómez', 'Díaz', 'Ramírez', 'Torres', 'Flores']
SUR2 = ['López', 'Hernández', 'González', 'Fernández', 'Morales', 'Castillo', 'Vargas', 'Rojas', 'Mendoza', 'Silva']


def v_hispanic(text, truth, style, rng, meta, cite=False):
    """Two-word (Hispanic/Portuguese) surnames in the byline, with the
    first author's surname in the copyright / et al. line as pages print it."""
    bl = blocks_of(text)
    fp = front_parts(bl, truth)
    if not fp or not truth.get('authors'):
        return None
    ti, by, affs = fp
    byline = '\n'.join(bl[by][1])
    t = copy.deepcopy(truth)
    rng = random.Random(truth['id'])  # the same names in both styles
    changed = 0
    for k, a in enumerate(t['authors']):
        g, s = a['given'], a['surname']
        if not s:
            continue
        pat = re.escape(g.split()[0]) + r'[^,\n\d*]*?' + re.escape(s) if g else re.escape(s)
        m = re.search(pat, byline)
        if not m:
            continue
        ng = GIVEN[(k + rng.randint(0, 9)) % len(GIVEN)]
        ns = SUR1[(k * 3 + rng.randint(0, 9)) % 10] + ' ' + SUR2[(k * 7 + rng.randint(0, 9)) % 10]
        byline = byline[:m.start()] + ng + ' ' + ns + byline[m.end():]
        a['given'], a['surname'] = ng, ns
        changed += 1
    if not changed:
        return None
    bl[by] = (bl[by][0], byline.split('\n'))
    out = join_blocks([b for _, b in bl])
    first_old = truth['authors'][0]['surname']
    if first_old and t['authors'][0]['surname'] != first_old:
        out = re.sub(r'(©\s*\d{4},?\s*)' + re.escape(first_old), lambda m: m.group(1) + t['authors'][0]['surname'], out)
        if t.get('copyright_statement'):
            t['copyright_statement'] = t['copyright_statement'].replace(first_old, t['authors'][0]['surname'])
    if cite:
        # "Citation: García López MJ, Torres Hernández AL (2015) Title. Journal."
        names = ', '.join(a['surname'] + ' ' + ''.join(w[0] for w in a['given'].split()) for a in t['authors'][:6])
        line = 'Citation: %s%s (%s) %s.' % (names, ' et al.' if len(t['authors']) > 6 else '',
                                             (t.get('pub_date') or {}).get('year', ''), t.get('title', ''))
        bl2 = blocks_of(out)
        fp2 = front_parts(bl2, t)
        k = fp2[1] + 1 + len(fp2[2]) if fp2 else 3
        lines = [line] if style == 'md' else wrap(line, 78, rng, False)
        bl2.insert(k, (0, lines))
        out = join_blocks([b for _, b in bl2])
    return out, t


def v_refs(text, truth, style, rng, meta, numbering='dot'):
    """References re-wrapped: hanging indent, no blank lines between entries,
    numbered '1.' (dot), '[1]' (bracket) or not at all (none)."""
    bl = blocks_of(text)
    rr = ref_range(bl)
    if not rr:
        return None
    a, b = rr
    groups, out_lines, n = [], [], 0
    for _, lines in bl[a:b]:
        if is_artefact(lines):  # the page break stays where it was
            if out_lines:
                groups.append(out_lines)
            groups.append(lines)
            out_lines = []
            continue
        body = ' '.join(l.strip() for l in lines)
        body = re.sub(r'^(\[\d+\]|\d+\.)\s+', '', body)
        n += 1
        lab = {'dot': '%d. ' % n, 'bracket': '[%d] ' % n, 'none': ''}[numbering]
        w = wrap(lab + body, 78, rng)
        out_lines.append(w[0])
        out_lines += ['    ' + l for l in w[1:]]
    if out_lines:
        groups.append(out_lines)
    new = [x for _, x in bl[:a]] + groups + [x for _, x in bl[b:]]
    return join_blocks(new), truth


VOLPAGES = re.compile(r'([.?!]\s+[^.]{3,80}?)[.,]?\s*\d{1,4}\s*(\(\d+\))?\s*[:,]\s*[A-Za-z]?\d+(\s*[–-]\s*[A-Za-z]?\d+)?\.?(?=\s*(doi|https?:|$))')


def v_refnovol(text, truth, style, rng, meta):
    """Reference entries without volume/pages (as books, web pages and
    preprints print them): 'Source 31: 573–577.' -> 'Source.'"""
    bl = blocks_of(text)
    rr = ref_range(bl)
    if not rr:
        return None
    a, b = rr
    n = 0
    for i in range(a, b):
        s, lines = bl[i]
        j = ' '.join(l.strip() for l in lines)
        k = VOLPAGES.sub(lambda m: m.group(1) + '.', j, count=1)
        if k != j:
            n += 1
        bl[i] = (s, [k] if style == 'md' else wrap(k, 78, rng, False))
    if not n:
        return None
    return join_blocks([x for _, x in bl]), truth


def is_heading_line(b, titles):
    t = plain_of(b)
    return len(b) == 1 and any(t.lower() == x.lower() for x in titles)


SMALL = {'and', 'or', 'of', 'the', 'in', 'on', 'for', 'to', 'a', 'an', 'e', 'de', 'da', 'do', 'with', 'by', 'at'}


def title_case(s):
    ws = s.lower().split(' ')
    return ' '.join(w if (i and w in SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(ws))


def v_heads(text, truth, style, rng, meta, colon=False, bold=False):
    """Section headings unnumbered, in Title Case, bare lines (no Markdown
    marks); with colon=True also ending in a colon."""
    titles = truth.get('section_titles') or []
    if not titles:
        return None
    t = copy.deepcopy(truth)
    newtitles = []
    for x in titles:
        y = title_case(re.sub(r'^\d+(\.\d+)*\.?\s+', '', x))
        newtitles.append(y)
    t['section_titles'] = newtitles
    bl = blocks_of(text)
    n = 0
    for i, (s, b) in enumerate(bl):
        if len(b) != 1:
            continue
        raw = re.sub(r'^#+\s*', '', b[0].strip()).strip('*').strip()
        for x, y in zip(titles, newtitles):
            if raw == x or raw.lower() == x.lower():
                y2 = y + (':' if colon else '')
                bl[i] = (s, ['**%s**' % y2 if bold else y2]); n += 1
                break
    if not n:
        return None
    # a page that marks no heading: the lesser headings lose their marks too
    for i, (s_, b) in enumerate(bl):
        if len(b) == 1 and re.match(r'^#{1,6}\s', b[0]):
            raw = re.sub(r'^#+\s*', '', b[0]).strip()
            bl[i] = (s_, ['**%s**' % raw if bold else raw])
    return join_blocks([x for _, x in bl]), t


LIGS = [('ffi', '\ufb03'), ('ffl', '\ufb04'), ('ff', '\ufb00'), ('fi', '\ufb01'), ('fl', '\ufb02')]


def v_glyphs(text, truth, style, rng, meta):
    """Ligature glyphs everywhere, soft hyphens inside long words, and (md)
    hard-wrapped hyphenated paragraphs."""
    bl = blocks_of(text)
    out = []
    fr = front_parts(bl, truth)
    protect = set()
    if fr:
        protect = {fr[0], fr[1]} | set(fr[2])
    for i, (s, b) in enumerate(bl):
        if i in protect:  # names and titles keep their letters
            out.append(b); continue
        nb = []
        for l in b:
            for a, c in LIGS:
                l = l.replace(a, c)
            l = re.sub(r'\b([a-z]{5})([a-z]{5,})\b', lambda m: m.group(1) + '\u00ad' + m.group(2) if rng.random() < 0.15 else m.group(0), l)
            nb.append(l)
        if style == 'md' and len(nb) == 1 and len(nb[0]) > 200 and not nb[0].startswith(('#', '|', '-', '*', '!')):
            nb = wrap(nb[0], 80, rng)
        out.append(nb)
    return join_blocks(out), truth


def v_mid(text, truth, style, rng, meta):
    """A mid-article page: no front matter, no references."""
    bl = blocks_of(text)
    rr = ref_range(bl)
    end = (rr[0] - 1) if rr else len(bl)
    fp = front_parts(bl, truth)
    start = (fp[1] + 1 + len(fp[2])) if fp else 5
    n = end - start
    if n < 12:
        return None
    a, b = start + n * 2 // 5, start + n * 4 // 5
    # begin mid-sentence, as a page does
    first = bl[a][1]
    if len(first) > 1:
        bl[a] = (bl[a][0], first[len(first) // 2:])
    else:
        w = first[0].split(' ')
        bl[a] = (bl[a][0], [' '.join(w[len(w) // 2:])])
    sel = bl[a:b]
    t = {'id': truth['id'], 'split': 'public', 'title': '', 'authors': [], 'affiliations': [],
         'emails': [], 'keywords': [], 'references': [], 'abstract': '', 'doi': truth.get('doi', ''),
         'journal_title': truth.get('journal_title')}
    titles = truth.get('section_titles') or []
    seen = []
    for _, x in sel:
        raw = re.sub(r'^#+\s*', '', x[0].strip()).strip('*').strip()
        for y in titles:
            if len(x) == 1 and raw.lower() == y.lower() and y not in seen:
                seen.append(y)
    t['section_titles'] = seen
    t['present'] = ['authors', 'affiliations', 'emails', 'keywords', 'references', 'section_titles']
    return join_blocks([x for _, x in sel]), t


def v_mix(text, truth, style, rng, meta):
    cur, t = text, truth
    for f in (v_affbefore, v_orcid, lambda *a: v_refs(*a, numbering='none'), v_refnovol,
              lambda *a: v_heads(*a, colon=False), v_glyphs, v_pages):
        r = f(cur, t, style, rng, meta)
        if r:
            cur, t = r
    return cur, t


VARIANTS = {
    'pages': v_pages,
    'affbefore': v_affbefore,
    'afffoot': v_afffoot,
    'orcid': v_orcid,
    'hispanic': v_hispanic,
    'hispaniccite': lambda *a: v_hispanic(*a, cite=True),
    'refdot': lambda *a: v_refs(*a, numbering='dot'),
    'refbracket': lambda *a: v_refs(*a, numbering='bracket'),
    'refnone': lambda *a: v_refs(*a, numbering='none'),
    'refnovol': v_refnovol,
    'heads': v_heads,
    'headscolon': lambda *a: v_heads(*a, colon=True),
    'headsbold': lambda *a: v_heads(*a, bold=True),
    'glyphs': v_glyphs,
    'mid': v_mid,
    'mix': v_mix,
}


def main():
    ap = argparse.ArgumentParser()
    here = os.path.dirname(os.path.abspath(__file__))
    ap.add_argument('--corpus', default=os.path.join(here, '..', '..', 'shared', 'corpus'))
    ap.add_argument('--out', default='/tmp/jatsify-variants')
    ap.add_argument('--only', default='')
    a = ap.parse_args()
    src = os.path.join(a.corpus, 'public')
    dst = os.path.join(a.out, 'public')
    os.makedirs(dst, exist_ok=True)
    for fn in os.listdir(dst):
        os.remove(os.path.join(dst, fn))
    only = set(a.only.split(',')) if a.only else None
    count = {}
    for fn in sorted(os.listdir(src)):
        if not fn.endswith('.truth.json'):
            continue
        cid = fn[:-len('.truth.json')]
        truth = json.load(open(os.path.join(src, fn), encoding='utf-8'))
        meta_raw = open(os.path.join(src, cid + '.jatsify.json'), encoding='utf-8').read()
        meta = json.loads(meta_raw)
        for vname, f in VARIANTS.items():
            if only and vname not in only:
                continue
            outs, vt = {}, None
            for style in ('md', 'plain'):
                text = open(os.path.join(src, '%s.%s.txt' % (cid, style)), encoding='utf-8').read()
                rng = random.Random('%s/%s/%s' % (cid, vname, style))
                r = f(text, truth, style, rng, meta)
                if not r:
                    break
                outs[style], vt = r
            if len(outs) != 2:
                continue
            vid = '%s--%s' % (cid, vname)
            vt = dict(vt); vt['id'] = vid
            for style, txt in outs.items():
                open(os.path.join(dst, '%s.%s.txt' % (vid, style)), 'w', encoding='utf-8').write(txt)
            json.dump(vt, open(os.path.join(dst, vid + '.truth.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
            open(os.path.join(dst, vid + '.jatsify.json'), 'w', encoding='utf-8').write(meta_raw)
            count[vname] = count.get(vname, 0) + 1
    for k, v in count.items():
        print('%-12s %d cases' % (k, v))


if __name__ == '__main__':
    main()
