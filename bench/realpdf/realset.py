#!/usr/bin/env python3
"""Truth and sidecar files for the real-PDF set, made as the public corpus makes them.

  realset.py truth ID PUBLISHER JATS OUT.truth.json
  realset.py sidecar JATS OUT.jatsify.json
  realset.py selftest             # remakes the corpus's 36 truths and sidecars and compares

The fields come from score.py's own extract(), imported from the shared corpus
($JATSIFY_SHARED_DIR/corpus, else ../shared/corpus beside the repo), so the truth
can never drift from what the scorer reads.
"""
import importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))


def shared_corpus():
    env = os.environ.get('JATSIFY_SHARED_DIR')
    cands = [os.path.join(env, 'corpus')] if env else []
    cands.append(os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'corpus')))
    for c in cands:
        if os.path.isfile(os.path.join(c, 'score.py')):
            return c
    sys.exit('realset.py: no shared corpus with score.py; set JATSIFY_SHARED_DIR')


def load_score():
    path = os.path.join(shared_corpus(), 'score.py')
    spec = importlib.util.spec_from_file_location('jatsify_score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


S = load_score()

# The corpus scores a field only where the truth has it, except the body-shaped
# fields (sections, paragraphs, references), which are scored even when empty so
# that a converter inventing a body for a letter or a correction is penalised.
ORDER = ['journal_title', 'article_type', 'title', 'authors', 'affiliations', 'emails',
         'received', 'accepted', 'pub_date', 'doi', 'copyright_statement', 'license',
         'abstract', 'keywords', 'section_titles', 'paragraph_count', 'references']
ALWAYS = {'section_titles', 'paragraph_count', 'references'}


def make_truth(case_id, publisher, data, split='public'):
    root = S.parse_jats(data)
    f = S.extract(root)
    t = {'id': case_id, 'split': split, 'publisher': publisher}
    for k in ['article_type', 'title', 'doi', 'journal_title', 'authors', 'affiliations',
              'emails', 'abstract', 'keywords', 'section_titles', 'paragraph_count',
              'references', 'pub_date', 'copyright_statement', 'license', 'received',
              'accepted']:
        t[k] = f[k]
    t['present'] = [k for k in ORDER if k in ALWAYS or f[k] not in ('', None, [])]
    return t


# issn pub-type (JATS 1.0) and publication-format (1.1+) name the same two things.
ISSN_KIND = {'epub': 'electronic', 'electronic': 'electronic', 'ppub': 'print', 'print': 'print'}


def make_sidecar(data):
    root = S.parse_jats(data)
    front = root.find('front')
    jm = S.first(front, 'journal-meta') if front is not None else None
    if jm is None:
        jm = root.find('.//journal-meta')
    j = {}
    if jm is not None:
        ids = {}
        for e in jm.findall('journal-id'):
            k, v = e.get('journal-id-type') or 'other', S.text_of(e)
            if v and k not in ids:
                ids[k] = v
        if ids:
            j['id'] = ids
        jt = jm.find('.//journal-title')
        if jt is not None and S.text_of(jt):
            j['title'] = S.text_of(jt)
        ab = jm.find('.//abbrev-journal-title')
        if ab is not None and S.text_of(ab):
            j['abbrev_title'] = S.text_of(ab)
        issn = {}
        for e in jm.findall('issn'):
            kind = e.get('pub-type') or e.get('publication-format') or ''
            kind = ISSN_KIND.get(kind.lower(), kind.lower() or 'other')
            v = S.text_of(e)
            if v and kind not in issn:
                issn[kind] = v
        if issn:
            j['issn'] = issn
        pub = jm.find('publisher')
        if pub is not None:
            p = {}
            n, loc = pub.find('publisher-name'), pub.find('publisher-loc')
            if n is not None and S.text_of(n):
                p['name'] = S.text_of(n)
            if loc is not None and S.text_of(loc):
                p['location'] = S.text_of(loc)
            if p:
                j['publisher'] = p
    return {'journal': j}


def dump(obj, path):
    with open(path, 'w', encoding='utf-8') as fh:
        json.dump(obj, fh, indent=1, ensure_ascii=False)


def selftest():
    corpus = shared_corpus()
    pubs = {}
    with open(os.path.join(corpus, 'manifest.tsv'), encoding='utf-8') as fh:
        head = fh.readline().rstrip('\n').split('\t')
        for line in fh:
            row = dict(zip(head, line.rstrip('\n').split('\t')))
            pubs[row['id']] = (row['publisher'], row['split'])
    bad = 0
    for cid, (pub, split) in sorted(pubs.items()):
        src = os.path.join(corpus, 'src', cid + '.xml')
        if split != 'public' or not os.path.exists(src):
            continue
        data = open(src, 'rb').read()
        for kind, made in (('truth', make_truth(cid, pub, data, split)),
                           ('jatsify', make_sidecar(data))):
            want = json.load(open(os.path.join(corpus, split, '%s.%s.json' % (cid, kind)),
                                  encoding='utf-8'))
            if made != want:
                bad += 1
                diff = [k for k in set(made) | set(want) if made.get(k) != want.get(k)]
                print('%s %s differs: %s' % (cid, kind, diff))
    print('selftest: %d corpus cases, %d differences' % (len(pubs), bad))
    return 1 if bad else 0


def main(argv):
    if argv[:1] == ['truth'] and len(argv) == 5:
        dump(make_truth(argv[1], argv[2], open(argv[3], 'rb').read()), argv[4])
    elif argv[:1] == ['sidecar'] and len(argv) == 3:
        dump(make_sidecar(open(argv[1], 'rb').read()), argv[2])
    elif argv == ['selftest']:
        return selftest()
    else:
        sys.exit(__doc__)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
