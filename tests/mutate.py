#!/usr/bin/env python3
"""mutate.py OUTDIR SEED.xml... - 40 documents per seed in OUTDIR (d0000.xml...):
the seed itself, then 39 copies each changed by 1-3 random mutations
(elements deleted, duplicated, swapped, moved, renamed, grafted from another
seed; attributes changed or dropped; text replaced by telling values: date
parts, ISSNs, country codes, ids; MUTATE_FOCUS below). Seeded: the same
files every run. Used by
tests/validate-profile.sh and tests/fastcheck.sh."""
import copy, random, sys, xml.etree.ElementTree as ET
out, seeds = sys.argv[1], sys.argv[2:]
rng = random.Random(20241025)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")
ET.register_namespace("mml", "http://www.w3.org/1998/Math/MathML")
ET.register_namespace("ali", "http://www.niso.org/schemas/ali/1.0/")
trees = [ET.parse(s) for s in seeds]
names = sorted({e.tag for t in trees for e in t.iter() if isinstance(e.tag, str)})
values = ["", "x", "01", "13", "31", "29", "2021", "20201", "GB", "UK", "gb", "1234-5678", "1234-567X",
          "12345678", "yes", "no", "author", "pub", "electronic", "doi", "bibr", "aff1", "r1", "en", "EN-gb"]
def parent_map(root):
    return {c: p for p in root.iter() for c in p}
# MUTATE_FOCUS="a b c": mutations hit those elements and what they hold
# (four times in five), so that a few kinds of element in large seeds are
# each mutated many times.
focus = set(__import__("os").environ.get("MUTATE_FOCUS", "").split())
def focused(root):
    out = []
    def walk(e, inside):
        inside = inside or e.tag in focus
        if inside: out.append(e)
        for c in e: walk(c, inside)
    walk(root, False)
    return [e for e in out if e is not root]
def mutate(root):
    elems = [e for e in root.iter()][1:]
    if focus and rng.randrange(5):
        elems = focused(root) or elems
    pm = parent_map(root)
    e = rng.choice(elems)
    p = pm[e]
    op = rng.randrange(9)
    if op == 0:
        p.remove(e)
    elif op == 1:
        p.insert(list(p).index(e), copy.deepcopy(e))
    elif op == 2 and len(p) > 1:
        kids = list(p); i, j = rng.sample(range(len(kids)), 2)
        kids[i], kids[j] = kids[j], kids[i]
        for k in list(p): p.remove(k)
        for k in kids: p.append(k)
    elif op == 3:
        target = rng.choice([x for x in root.iter() if x is not e and e not in x.iter()] or [root])
        if e not in list(target.iter()):
            p.remove(e); target.insert(rng.randrange(len(target) + 1), e)
    elif op == 4:
        e.tag = rng.choice(names)
    elif op == 5 and e.attrib:
        k = rng.choice(sorted(e.attrib)); e.set(k, rng.choice(values))
    elif op == 6 and e.attrib:
        del e.attrib[rng.choice(sorted(e.attrib))]
    elif op == 7:
        if len(e) == 0: e.text = rng.choice(values)
    else:
        donor = rng.choice(trees).getroot()
        d = rng.choice([x for x in donor.iter()][1:])
        p.insert(rng.randrange(len(p) + 1), copy.deepcopy(d))
n = 0
for t in trees:
    for k in range(40):
        root = copy.deepcopy(t.getroot())
        for _ in range(0 if k == 0 else 1 + rng.randrange(3)):
            try: mutate(root)
            except (ValueError, IndexError): pass
        ET.ElementTree(root).write(f"{out}/d{n:04d}.xml", encoding="UTF-8", xml_declaration=True)
        n += 1
