#!/bin/sh
# Scores jatsify and pandoc side by side on the public corpus, in one run:
#   bench/corpus-score.sh [JATSIFY] [SHARED_DIR]
# Prints score.py's table for each tool. pandoc gets the same inputs as
# `pandoc -f markdown -t jats -s` (how its users run it).
set -u
here=$(cd "$(dirname "$0")/.." && pwd)
jatsify=${1:-$here/src/jatsify}
shared=${2:-$here/../shared}
corpus=$shared/corpus
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/jatsify" "$tmp/pandoc"
for f in "$corpus"/public/*.txt; do
    b=$(basename "$f" .txt); id=${b%.*}
    "$jatsify" convert -q --no-validate --metadata "$corpus/public/$id.jatsify.json" "$f" -o "$tmp/jatsify/$b.xml" 2>/dev/null
    if command -v pandoc >/dev/null; then
        pandoc -f markdown -t jats -s "$f" -o "$tmp/pandoc/$b.xml" 2>/dev/null
    fi
done
echo "== jatsify"
python3 "$corpus/score.py" "$tmp/jatsify" --corpus "$corpus" --split public | tail -n 28
if command -v pandoc >/dev/null; then
    echo "== pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2)"
    python3 "$corpus/score.py" "$tmp/pandoc" --corpus "$corpus" --split public | tail -n 28
fi
