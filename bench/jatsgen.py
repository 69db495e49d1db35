#!/usr/bin/env python3
"""Render a published JATS article into the two input shapes of the public corpus.

A model of the corpus makers' generator (not of any one publisher), learnt from the 36 public
pairs src/ID.xml -> public/ID.md.txt / ID.plain.txt:

  md     Markdown-ish: citation line, type label ('RESEARCH ARTICLE' or '*Research Article*'),
         title ('# ' or '**bold**'), byline with numeric affiliation markers and '*', numbered
         addresses, correspondence line, history line, DOI, copyright/license, '## Abstract',
         'Keywords:', '## ' / '### ' body headings, '**Figure N.**' captions, back matter,
         numbered references one per paragraph, an occasional stray page number.
  plain  pdftotext-like: the same parts, hard-wrapped at a per-article width (72-86),
         words hyphenated across lines, fi/fl ligatures, headings UPPERCASE or as printed,
         references '[N]' or 'N.' with a hanging indent, and every ~56 lines a page number
         followed by the running header (the citation line).

Every choice is drawn from a hash of the article id, so the output is deterministic.

Usage:
  jatsgen.py render ARTICLE.xml OUTDIR [--id ID]     writes OUTDIR/ID.md.txt and ID.plain.txt
  jatsgen.py build --src DIR --truth DIR --out DIR
      for every SRC/ID.xml with TRUTH/ID.truth.json and ID.jatsify.json, writes
      OUT/public/ID.{md,plain}.txt and copies the truth and sidecar, so that
      score.py --corpus OUT --split public scores it.
      (the real-PDF set of bench/realpdf: --src SET/src --truth SET/public)
"""
import argparse
import html.entities
import os
import re
import shutil
import sys
import xml.etree.ElementTree as ET
import zlib

XLINK = '{http://www.w3.org/1999/xlink}'
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
TYPE_LABEL = {
    'research-article': 'Research Article', 'review-article': 'Review Article',
    'article-commentary': 'Commentary', 'editorial': 'Editorial', 'letter': 'Letter',
    'correction': 'Correction', 'retraction': 'Retraction', 'book-review': 'Book Review',
    'discussion': 'Discussion', 'rapid-communication': 'Rapid Communication',
    'brief-report': 'Brief Report', 'research-note': 'Research Note', 'addendum': 'Addendum',
    'case-report': 'Case Report', 'other': 'Other',
}
NON_MAIN_ABSTRACT = {'toc', 'summary', 'executive-summary', 'teaser', 'graphical', 'short',
                     'author-summary', 'editor-summary', 'web-summary', 'precis', 'key-points',
                     'plain-language-summary', 'lay-summary', 'editor'}
NON_KWD = {'research-organism', 'abbreviations', 'subject', 'msc', 'pacs', 'jel'}
SKIP_INLINE = {'label', 'xref-none', 'alternatives', 'object-id'}


def tag(e):
    t = e.tag
    return t.rsplit('}', 1)[-1] if isinstance(t, str) else ''


class Dice:
    """Deterministic choices keyed by the article id and a purpose."""

    def __init__(self, key):
        self.key = key

    def n(self, what, k):
        return zlib.crc32(('%s/%s' % (self.key, what)).encode()) % k

    def pick(self, what, seq):
        return seq[self.n(what, len(seq))]


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def text(e, drop=('label', 'fn', 'table-wrap', 'fig', 'disp-formula', 'alternatives')):
    """Inline text of e, leaving out labels and floats; xrefs stay as printed."""
    if e is None:
        return ''
    out = [e.text or '']
    for c in e:
        if tag(c) not in drop:
            if tag(c) == 'inline-formula':
                out.append(norm(''.join(c.itertext()))[:40])
            else:
                out.append(text(c, drop))
        out.append(c.tail or '')
    return ''.join(out)


def find(e, path):
    return e.find(path) if e is not None else None


def html_entity(m):
    name = m.group(1)
    if name in ('amp', 'lt', 'gt', 'quot', 'apos'):
        return m.group(0)
    ch = html.entities.html5.get(name + ';')
    return ''.join('&#%d;' % ord(c) for c in ch) if ch else ' '


def local(root):
    """Strip namespaces so plain paths work on every publisher's file."""
    for el in root.iter():
        if isinstance(el.tag, str) and '}' in el.tag:
            el.tag = el.tag.rsplit('}', 1)[-1]
    return root


def fmt_date(d, dice):
    if d is None:
        return ''
    y = norm(text(d.find('year')))
    m = norm(text(d.find('month')))
    dd = norm(text(d.find('day')))
    if not y:
        return ''
    style = dice.n('datefmt', 3)
    try:
        mi = int(m) if m else 0
        di = int(dd) if dd else 0
    except ValueError:
        mi = di = 0
    if style == 0 and mi and di:
        return '%s-%02d-%02d' % (y, mi, di)
    if not mi:
        return y
    mn = MONTHS[mi - 1] if 1 <= mi <= 12 else m
    if style == 1:
        return '%s %d, %s' % (mn, di, y) if di else '%s %s' % (mn, y)
    return '%d %s %s' % (di, mn, y) if di else '%s %s' % (mn, y)


def pick_pubdate(meta):
    dates = meta.findall('pub-date')
    for want in ('epub', 'pub', 'publication', 'electronic', 'ppub', 'collection'):
        for d in dates:
            if d.get('pub-type') == want or d.get('date-type') == want:
                return d
    return dates[0] if dates else None


def flat(e):
    """All the text under e, institution ids and all, as the generator prints it."""
    return norm(''.join(e.itertext())) if e is not None else ''


def aff_text(a):
    """An address as printed: children run together, with ', ' only where no separator is."""
    for c in a:
        if tag(c) == 'institution' and c.get('content-type') == 'original' and flat(c):
            return flat(c).strip(' ,;.')
    parts = []
    if a.text and a.text.strip():
        parts.append(a.text)
    for c in a:
        t = '' if tag(c) in ('label', 'sup', 'email', 'fn', 'xref') else flat(c)
        if t:
            if parts and not re.search(r'[,;:\s]$', ''.join(parts)):
                parts.append(', ')
            parts.append(t)
        if c.tail and (c.tail.strip() or (parts and t)):
            parts.append(c.tail)
    s = norm(''.join(parts))
    s = re.sub(r'\s+,', ',', s)
    s = re.sub(r',\s*,', ',', s)
    return s.strip(' ,;.')


def person_name(n, initials):
    sur = norm(text(n.find('surname')))
    giv = norm(text(n.find('given-names')))
    if n.tag == 'string-name' and not sur:
        return norm(text(n))
    if initials:
        ini = ''.join(w[0] for w in re.split(r'[\s.\-]+', giv) if w)
        return (sur + ' ' + ini).strip()
    return (giv + ' ' + sur).strip()


def ref_string(ref):
    """One reference as the generator prints it: Vancouver-ish from the parts."""
    cit = None
    for t in ('element-citation', 'mixed-citation', 'citation', 'nlm-citation'):
        cit = ref.find('.//' + t)
        if cit is not None:
            break
    if cit is None:
        return norm(text(ref))
    names = [n for n in cit.iter() if tag(n) in ('name', 'string-name')]
    title = None
    for t in ('article-title', 'chapter-title', 'data-title'):
        if title is None:
            title = cit.find('.//' + t)
    source = cit.find('source')
    if not names and title is None and source is None:
        return norm(text(cit))
    au = [person_name(n, True) for n in names[:6]]
    if len(names) > 6 or cit.find('.//etal') is not None:
        au.append('et al.')
    if not au:
        coll = cit.find('.//collab')
        if coll is not None:
            au = [norm(text(coll))]
    s = ', '.join(au)
    y = norm(text(cit.find('year')))
    if y:
        s += ' (%s)' % y
    s += '.'
    if title is not None:
        t = norm(text(title)).rstrip('.')
        s += ' ' + t + '.'
    if source is not None:
        s += ' ' + norm(text(source))
        v = norm(text(cit.find('volume')))
        i = norm(text(cit.find('issue')))
        fp = norm(text(cit.find('fpage')))
        lp = norm(text(cit.find('lpage')))
        el = norm(text(cit.find('elocation-id')))
        if v:
            s += ' ' + v + ('(%s)' % i if i else '')
        pg = fp + ('\u2013' + lp if lp else '') if fp else el
        if pg:
            s += ': ' + pg
        s += '.'
    doi = cit.find("pub-id[@pub-id-type='doi']")
    if doi is not None and norm(text(doi)):
        s += ' doi:' + norm(text(doi))
    return norm(s)


class Article:
    def __init__(self, path, aid):
        with open(path, encoding='utf-8') as f:
            src = f.read()
        try:
            root = ET.fromstring(src)
        except ET.ParseError:
            # some publishers' files use HTML entities without a DTD to declare them
            src = re.sub(r'&([A-Za-z][A-Za-z0-9]*);', html_entity, src)
            root = ET.fromstring(src)
        self.root = local(root)
        self.id = aid
        self.dice = Dice(aid)
        self.front = self.root.find('front')
        self.meta = find(self.front, 'article-meta')
        self.jmeta = find(self.front, 'journal-meta')
        self.body = self.root.find('body')
        self.back = self.root.find('back')

    # --- front matter as a list of blocks: (kind, text) ---
    def citation(self):
        j = self.jmeta.find('.//journal-title') if self.jmeta is not None else None
        jt = norm(text(j)) if j is not None else ''
        if not jt and self.jmeta is not None:
            a = self.jmeta.find("journal-id[@journal-id-type='nlm-ta']")
            jt = norm(text(a)) if a is not None else ''
        pd = pick_pubdate(self.meta) if self.meta is not None else None
        y = norm(text(pd.find('year'))) if pd is not None else ''
        v = norm(text(self.meta.find('volume')))
        loc = norm(text(self.meta.find('elocation-id'))) or norm(text(self.meta.find('fpage')))
        s = ('%s %s' % (jt, y)).strip()
        if v:
            s += '; ' + v + (': ' + loc if loc else '')
        return s

    def type_label(self):
        t = self.root.get('article-type') or ''
        if t in TYPE_LABEL:
            return TYPE_LABEL[t]
        return t.replace('-', ' ').title() if t else ''

    def title(self):
        return norm(text(self.meta.find('title-group/article-title')))

    def authors(self):
        """Byline entries and the numbered addresses they point at."""
        affs = {}
        order = []
        # the authors' addresses only, as the truth reads them: none nested in an
        # editor's entry, and only those an author points at when authors point
        parent = {c: p for p in self.meta.iter() for c in p}
        refd, has_ref = set(), False
        for c in self.meta.iter('contrib'):
            if (c.get('contrib-type') or 'author') != 'author':
                continue
            for x in c.iter('xref'):
                if x.get('ref-type') == 'aff':
                    has_ref = True
                    refd.update((x.get('rid') or '').split())
        seen = set()
        for a in self.meta.iter('aff'):
            if a.get('specific-use') == 'original':
                continue
            p, skip, in_author = parent.get(a), False, False
            while p is not None:
                if tag(p) == 'contrib':
                    if (p.get('contrib-type') or 'author') != 'author':
                        skip = True
                    else:
                        in_author = True
                p = parent.get(p)
            if skip or (not in_author and has_ref and a.get('id') not in refd):
                continue
            t = aff_text(a)
            if not t or t in seen:
                continue
            seen.add(t)
            key = a.get('id') or 'aff%d' % len(order)
            affs[key] = t
            order.append(key)
        num = {k: i + 1 for i, k in enumerate(order)}
        names = []
        for c in self.meta.iter('contrib'):
            if c.get('contrib-type', 'author') != 'author':
                continue
            n = c.find('name')
            if n is None:
                n = c.find('string-name')
            if n is None:
                continue  # a group's name is not printed in the byline
            s = person_name(n, False)
            marks = []
            for x in c.findall('xref'):
                if x.get('ref-type') == 'aff':
                    for r in (x.get('rid') or '').split():
                        if r in num:
                            marks.append(str(num[r]))
            if len(order) == 1 and not marks:
                marks = ['1']
            inner = c.find('aff')
            if inner is not None and inner.get('id') in num:
                marks.append(str(num[inner.get('id')]))
            if c.get('corresp') == 'yes' or any(x.get('ref-type') == 'corresp'
                                                for x in c.findall('xref')):
                marks.append('*')
            s += ','.join(marks) if marks and marks[0] != '*' else ''.join(marks)
            names.append(s)
        return names, [(num[k], affs[k]) for k in order]

    def emails(self):
        return [norm(text(e)) for e in self.meta.iter('email') if norm(text(e))]

    def history(self):
        d = self.dice
        parts = []
        h = self.meta.find('history')
        for typ, lab in (('received', 'Received'), ('accepted', 'Accepted')):
            if h is not None:
                for x in h.findall('date'):
                    if x.get('date-type') == typ:
                        s = fmt_date(x, d)
                        if s:
                            parts.append('%s: %s' % (lab, s))
                        break
        s = fmt_date(pick_pubdate(self.meta), d)
        if s:
            parts.append('Published: ' + s)
        return d.pick('histsep', [' | ', '; ']).join(parts)

    def doi(self):
        e = self.meta.find("article-id[@pub-id-type='doi']")
        return norm(text(e)) if e is not None else ''

    def permissions(self):
        p = self.meta.find('permissions')
        if p is None:
            return '', ''
        cs = norm(text(p.find('copyright-statement')))
        lic = p.find('license')
        if lic is None:
            return cs, ''
        # the license's text, not its machine-readable reference (ali:license_ref)
        lp = [norm(text(x)) for x in lic if tag(x) == 'license-p']
        return cs, ' '.join(lp) if lp else norm(text(lic))

    def abstract(self):
        """The main abstract as one paragraph, its sections' titles run in as 'Title:'."""
        for a in self.meta.findall('abstract'):
            if (a.get('abstract-type') or '').lower() in NON_MAIN_ABSTRACT:
                continue
            title = norm(text(a.find('title'))) or 'Abstract'
            parts = [a.text] if a.text and a.text.strip() else []
            for c in a:
                if tag(c) == 'title':
                    continue
                if tag(c) == 'sec':
                    t = c.find('title')
                    if t is not None:
                        parts.append(flat(t) + ':')
                    parts.append(' '.join(flat(p) for p in c if tag(p) != 'title'))
                else:
                    parts.append(flat(c))
            body = norm(' '.join(parts))
            return title, [body] if body else []
        return '', []

    def keywords(self):
        for g in self.meta.findall('kwd-group'):
            if (g.get('kwd-group-type') or '').lower() in NON_KWD:
                continue
            ks = [norm(text(k)) for k in g.findall('.//kwd')]
            return [k for k in ks if k]
        return []

    # --- body: list of (kind, level, text) ---
    def walk(self, e, level, out):
        for c in e:
            t = tag(c)
            if t == 'sec':
                st = norm(text(c.find('title')))
                if st:
                    out.append(('h', level, st))
                self.walk(c, level + 1, out)
            elif t == 'p':
                s = norm(text(c))
                if s:
                    out.append(('p', level, s))
                for f in c:
                    if tag(f) in ('fig', 'table-wrap'):
                        self.caption(f, out)
            elif t in ('fig', 'table-wrap'):
                self.caption(c, out)
            elif t == 'list':
                for li in c.iter('list-item'):
                    s = norm(text(li))
                    if s:
                        out.append(('li', level, s))
            elif t in ('disp-quote', 'boxed-text'):
                self.walk(c, level, out)
            elif t == 'fig-group':
                self.walk(c, level, out)

    def caption(self, f, out):
        lab = norm(text(f.find('label')))
        cap = f.find('caption')
        s = norm(text(cap)) if cap is not None else ''
        if lab or s:
            out.append(('cap', 0, (lab, s)))

    def body_blocks(self):
        out = []
        if self.body is not None:
            self.walk(self.body, 2, out)
        return out

    def back_blocks(self):
        out = []
        if self.back is None:
            return out, []
        for c in self.back:
            t = tag(c)
            if t == 'ack':
                out.append(('h', 2, norm(text(c.find('title'))) or 'Acknowledgments'))
                for p in c.iter('p'):
                    out.append(('p', 2, norm(text(p))))
            # back sections ('Additional information', notes) are not printed
        refs = []
        for rl in self.back.iter('ref-list'):
            for r in rl.findall('ref'):
                s = ref_string(r)
                if s:
                    refs.append(s)
        return out, refs


# --- rendering ---

# the correspondence line's wordings, the same set in both styles
CORR_FORMS = ['*E-mail: %s', '* Corresponding author. E-mail: %s',
              '*Correspondence: %s', 'Correspondence: %s']

def md_render(a):
    d = a.dice
    L = []
    add = L.append
    add(a.citation())
    lab = a.type_label()
    if lab:
        add(d.pick('mdtype', [lab.upper(), '*%s*' % lab]))
    add(d.pick('mdtitle', ['# %s', '**%s**']) % a.title())
    names, affs = a.authors()
    if names:
        add(', '.join(names))
    for n, t in affs:
        add('%d %s' % (n, t))
    em = a.emails()
    if em:
        add(d.pick('corr', CORR_FORMS) % '; '.join(em))
    h = a.history()
    if h:
        add(h)
    doi = a.doi()
    if doi:
        add(d.pick('doi', ['doi:%s', 'https://doi.org/%s']) % doi)
    cs, lic = a.permissions()
    perm_front = d.n('perm', 2) == 0
    if perm_front:
        if cs:
            add('Copyright: ' + cs)
        if lic:
            add(lic)
    at, ap = a.abstract()
    if ap:
        add('## ' + at)
        L.extend(ap)
    kw = a.keywords()
    if kw:
        add('Keywords: ' + d.pick('kwsep', [', ', '; ']).join(kw))
    blocks = a.body_blocks()
    back, refs = a.back_blocks()
    header = a.citation()
    k = 0
    for kind, lev, s in blocks + back:
        if kind == 'h':
            add('#' * min(lev, 4) + ' ' + s)
        elif kind == 'cap':
            lab, cap = s
            add(('**%s.** %s' % (lab.rstrip('.'), cap)) if lab else cap)
        elif kind == 'li':
            add('- ' + s)
        else:
            add(s)
            k += 1
            # a stray page number or running header now and then, as converters leave them
            if k % 9 == 0:
                add(d.pick('mdpage', ['%d', header + ' | %d']) % (k // 9 + 1))
    if refs:
        add('## References')
        for i, r in enumerate(refs, 1):
            add('%d. %s' % (i, r))
    if not perm_front:
        if cs:
            add('Copyright: ' + cs)
        if lic:
            add(lic)
    return '\n\n'.join(x for x in L if x is not None) + '\n'


LIG = {'fi': '\ufb01', 'fl': '\ufb02'}


def ligate(word, dice):
    if ('fi' in word or 'fl' in word) and dice.n('lig' + word, 2) == 0:
        return word.replace('fi', LIG['fi']).replace('fl', LIG['fl'])
    return word


def wrap(s, width, dice, indent='', first='', lig=True):
    """Greedy hard wrap; a long word that does not fit is sometimes split with a hyphen."""
    words = [ligate(w, dice) if lig else w for w in s.split(' ') if w]
    lines = []
    cur = first
    for w in words:
        if not cur.strip() or cur.endswith(' '):
            cur = cur + w
            continue
        if len(cur) + 1 + len(w) <= width:
            cur += ' ' + w
            continue
        room = width - len(cur) - 2
        if (len(w) >= 8 and room >= 3 and w.isalpha() and dice.n('hy' + w, 3) == 0):
            cut = min(room, len(w) - 3)
            lines.append(cur + ' ' + w[:cut] + '-')
            cur = indent + w[cut:]
            continue
        lines.append(cur)
        cur = indent + w
    if cur.strip():
        lines.append(cur)
    return lines


def plain_render(a):
    d = a.dice
    width = 72 + d.n('width', 15)
    paras = []  # each a list of lines; blank line between

    def para(s, indent='', first=''):
        if s:
            paras.append(wrap(s, width, d, indent, first))

    para(a.citation())
    lab = a.type_label()
    if lab:
        paras.append([lab.upper()])
    paras.append(wrap(a.title(), min(width, 64), d, lig=False))
    names, affs = a.authors()
    if names:
        para(', '.join(names))
    for n, t in affs:
        para('%d %s' % (n, t))
    em = a.emails()
    if em:
        para(d.pick('corr', CORR_FORMS) % '; '.join(em))
    para(a.history())
    doi = a.doi()
    if doi:
        paras.append([d.pick('doi', ['doi:%s', 'https://doi.org/%s']) % doi])
    cs, lic = a.permissions()
    perm_front = d.n('perm', 2) == 0
    if perm_front:
        if cs:
            para('Copyright: ' + cs)
        para(lic)
    at, ap = a.abstract()
    upper = d.n('plainhead', 2) == 0
    if ap:
        paras.append([at.upper() if upper else at])
        for p in ap:
            para(p)
    kw = a.keywords()
    if kw:
        para('Keywords: ' + d.pick('kwsep', [', ', '; ']).join(kw))
    blocks = a.body_blocks()
    back, refs = a.back_blocks()
    for kind, lev, s in blocks + back:
        if kind == 'h':
            # the generator never wraps a heading, however long
            paras.append([s.upper() if (upper and lev == 2) else s])
        elif kind == 'cap':
            lab, cap = s
            para(('%s. %s' % (lab.rstrip('.'), cap)) if lab else cap)
        elif kind == 'li':
            para('\u2022 ' + s, '  ')
        else:
            para(s)
    if refs:
        paras.append(['REFERENCES' if upper else 'References'])
        brack = d.n('refnum', 2) == 0
        for i, r in enumerate(refs, 1):
            para(r, '    ', ('[%d] ' if brack else '%d. ') % i)
    if not perm_front:
        if cs:
            para('Copyright: ' + cs)
        para(lic)
    # pages: every ~56 lines a page number, then the running header on the next page
    per = 54 + d.n('page', 7)
    header = a.citation()
    short = d.n('short', 3) == 0
    out = []
    n = 0
    page = 1
    for i, p in enumerate(paras):
        if i:
            out.append('')
            n += 1
        for ln in p:
            out.append(ln)
            n += 1
            if n >= per:
                out += ['', str(page)]
                page += 1
                hd = header.split(';')[0] if short and page % 2 else header
                out += [hd, '']
                n = 0
    out += ['', '', str(page)]
    return '\n'.join(out) + '\n'


def render(path, outdir, aid):
    a = Article(path, aid)
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, aid + '.md.txt'), 'w', encoding='utf-8') as f:
        f.write(md_render(a))
    with open(os.path.join(outdir, aid + '.plain.txt'), 'w', encoding='utf-8') as f:
        f.write(plain_render(a))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    sub = ap.add_subparsers(dest='cmd', required=True)
    r = sub.add_parser('render')
    r.add_argument('xml')
    r.add_argument('outdir')
    r.add_argument('--id')
    b = sub.add_parser('build')
    b.add_argument('--src', required=True, help='folder of published JATS (ID.xml)')
    b.add_argument('--truth', required=True, help='folder of ID.truth.json and ID.jatsify.json')
    b.add_argument('--out', required=True, help='written: OUT/public/ID.{md,plain}.txt, truth, sidecar')
    x = ap.parse_args()
    if x.cmd == 'render':
        aid = x.id or os.path.basename(x.xml)[:-4]
        render(x.xml, x.outdir, aid)
        return 0
    pub = os.path.join(x.out, 'public')
    os.makedirs(pub, exist_ok=True)
    done = 0
    for fn in sorted(os.listdir(x.src)):
        if not fn.endswith('.xml'):
            continue
        aid = fn[:-4]
        tr = os.path.join(x.truth, aid + '.truth.json')
        sc = os.path.join(x.truth, aid + '.jatsify.json')
        if not (os.path.exists(tr) and os.path.exists(sc)):
            continue
        try:
            render(os.path.join(x.src, fn), pub, aid)
        except ET.ParseError as e:
            print('%s: %s' % (aid, e), file=sys.stderr)
            continue
        shutil.copy(tr, pub)
        shutil.copy(sc, pub)
        done += 1
    print('%d articles written to %s' % (done, pub))
    return 0


if __name__ == '__main__':
    sys.exit(main())
