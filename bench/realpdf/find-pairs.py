#!/usr/bin/env python3
"""Lists candidate (PDF, published JATS) pairs in fetched git mirrors.

  find-pairs.py MIRRORS_DIR [owner+name[@COMMIT] ...] > candidates.tsv

A repository is searched at its newest commit, or at COMMIT (test data that a
project later deleted is still in its history). How the set in manifest.tsv was found; the build does not need it. A PDF pairs
with a JATS file in its own folder (or a paper.jats/ folder under it, or one
sharing its stem) when the JATS has a full article-meta (title, and authors or a
body or a back) and most of the JATS title's words appear in the PDF's first
pages of pdftotext output. Duplicates (same DOI or title) are listed once.
Output columns: key repo commit pdf_path jats_path doi title.
"""
import os, re, subprocess, sys, tempfile, unicodedata

# no __pycache__ beside the scripts: bench/ ships whole in the tarball (EXTRA_DIST)
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import realset  # noqa: E402

S = realset.S


def git_dir(mirrors, name):
    for sub in ('repo/.git', 'repo', '.git', ''):
        d = os.path.join(mirrors, name, sub)
        if os.path.isfile(os.path.join(d, 'HEAD')) and os.path.isdir(os.path.join(d, 'objects')):
            return d
    return None


def git(gd, *args, binary=False):
    r = subprocess.run(['git', '--git-dir=' + gd] + list(args), capture_output=True)
    if r.returncode:
        return None
    return r.stdout if binary else r.stdout.decode('utf-8', 'replace')


def words(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return [w for w in re.findall(r'[a-z0-9]+', s) if len(w) >= 4]


def pdf_text(blob):
    with tempfile.NamedTemporaryFile(suffix='.pdf') as fh:
        fh.write(blob)
        fh.flush()
        r = subprocess.run(['pdftotext', '-l', '3', fh.name, '-'], capture_output=True)
        return r.stdout.decode('utf-8', 'replace')


def jats_info(blob):
    try:
        root = S.parse_jats(blob)
    except Exception:
        return None
    f = S.extract(root)
    if not f['title'] or not (f['authors'] or f['section_titles'] or f['paragraph_count']
                              or f['references']):
        return None
    return f


def main(argv):
    mirrors = argv[0]
    names = argv[1:] or sorted(n for n in os.listdir(mirrors) if '+' in n)
    seen = set()
    for arg in names:
        name, _, at = arg.partition('@')
        gd = git_dir(mirrors, name)
        if not gd:
            print('# no mirror for', name, file=sys.stderr)
            continue
        commit = git(gd, 'rev-parse', (at or 'HEAD') + '^{commit}').strip()
        paths = git(gd, 'ls-tree', '-r', '--name-only', commit).splitlines()
        byname = set(paths)
        xmls = [p for p in paths if re.search(r'\.(xml|nxml|jats)$', p, re.I)]
        bydir = {}
        for p in xmls:
            bydir.setdefault(os.path.dirname(p), []).append(p)
        for pdf in (p for p in paths if p.lower().endswith('.pdf')):
            d = os.path.dirname(pdf)
            stem = os.path.splitext(pdf)[0]
            cands = [stem + e for e in ('.xml', '.nxml', '.jats') if stem + e in byname]
            cands += bydir.get(d, []) + bydir.get(os.path.join(d, 'paper.jats'), [])
            cands = [c for c in dict.fromkeys(cands) if 'crossref' not in c]
            if not cands:
                continue
            blob = git(gd, 'show', commit + ':' + pdf, binary=True)
            if not blob or not blob.startswith(b'%PDF'):
                continue
            text = None
            for c in cands:
                xb = git(gd, 'show', commit + ':' + c, binary=True)
                if not xb or b'article-meta' not in xb:
                    continue
                f = jats_info(xb)
                if f is None:
                    continue
                tw = words(f['title'])
                if text is None:
                    text = set(words(pdf_text(blob)))
                if not tw or sum(w in text for w in tw) < 0.7 * len(tw):
                    continue
                key = S.norm_doi(f['doi']) if f['doi'] else S.norm(f['title'])
                if key in seen:
                    break
                seen.add(key)
                print('\t'.join([key, name.replace('+', '/', 1), commit, pdf, c,
                                 f['doi'], re.sub(r'\s+', ' ', f['title'])[:100]]))
                sys.stdout.flush()
                break


if __name__ == '__main__':
    main(sys.argv[1:])
