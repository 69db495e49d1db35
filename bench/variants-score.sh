#!/bin/sh
# Converts the variant set written by bench/variants.py and scores it:
#   bench/variants-score.sh [VARIANT_DIR] [PRED_DIR] [JATSIFY]
# Prints score.py's table for all variants together, then the macro score
# and the fields that fall below 0.95 for each variant alone.
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
var=${1:-/tmp/jatsify-variants}
pred=${2:-/tmp/jatsify-variants-pred}
jatsify=${3:-$here/src/jatsify}
score=${SCORE_PY:-$here/../shared/corpus/score.py}
rm -rf "$pred"; mkdir -p "$pred"
ls "$var"/public/*.txt | xargs -P "${JOBS:-2}" -n 1 sh -c '
    f=$1; b=$(basename "$f" .txt); id=${b%.*}
    "$0" convert -q --no-validate --metadata "${f%/*}/$id.jatsify.json" "$f" -o "'"$pred"'/$b.xml" 2>/dev/null
    [ -s "'"$pred"'/$b.xml" ] || echo "conversion failed: $b" >&2' "$jatsify"
python3 "$score" "$pred" --corpus "$var" --split public --json "$pred.json" | tail -n 28
python3 - "$pred.json" "$pred" <<'PY'
import json, sys, collections, glob, re
d = json.load(open(sys.argv[1]))
# score.py cannot see an invented title (an empty truth never matches):
# count mid-article pages that show a title or authors they do not have.
mids = sorted(glob.glob(sys.argv[2] + '/*--mid.*.xml'))
bad = [f for f in mids if re.search(r'<article-title>[^<]', open(f, encoding='utf-8').read())
       or '<contrib contrib-type="author"' in open(f, encoding='utf-8').read()]
print('mid-article pages with an invented title or author: %d of %d' % (len(bad), len(mids)))
by = collections.defaultdict(lambda: collections.defaultdict(list))
for case, fields in d['per_case'].items():
    vid, style = case.rsplit('.', 1)
    v = vid.split('--')[-1]
    for f, x in fields.items():
        if isinstance(x, list):
            by[v][f + '.tp'].append(x[0]); by[v][f + '.np'].append(x[1]); by[v][f + '.nt'].append(x[2])
        elif x is not None:
            by[v][f].append(float(x))
print('\nper variant (fields < 0.95; P/R/F1 micro):')
for v in sorted(by):
    fs, low = by[v], []
    for f in sorted(k for k in fs if not k.endswith(('.np', '.nt'))):
        if f.endswith('.tp'):
            name = f[:-3]; tp, np_, nt = sum(fs[f]), sum(fs[name + '.np']), sum(fs[name + '.nt'])
            P = tp / np_ if np_ else (1.0 if nt == 0 else 0.0); R = tp / nt if nt else (1.0 if np_ == 0 else 0.0)
            s = 2 * P * R / (P + R) if P + R else 0.0
        else:
            name, s = f, sum(fs[f]) / len(fs[f])
        if s < 0.95:
            low.append('%s %.3f' % (name, s))
    print('  %-11s %s' % (v, ', '.join(low) or 'all >= 0.95'))
PY
