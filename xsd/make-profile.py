#!/usr/bin/env python3
"""make-profile.py - writes xsd/jatsify-profile.xsd, jatsify's profile of JATS
1.4 Journal Publishing. A maintainer's tool, not part of the build: the .xsd
it writes is committed, and the build embeds that file.

    xsd/make-profile.py /path/to/jats-1.4-publishing-mathml3 > xsd/jatsify-profile.xsd

How the profile stays a subset of the official schema (every document it
accepts, the official schema accepts too):
  - it keeps only the elements in KEEP; every content model is the official
    one with the particles of other elements removed, which only ever takes
    documents away (a required particle that would be removed makes its
    parent impossible, and the parent is dropped in turn);
  - only <article> may be the root (the official schema accepts any of its
    308 elements as a root);
  - attributes keep their official types, or a narrower one;
  - the tightenings below (TIGHTEN) narrow types or raise minOccurs: a
    required journal title, ISO 3166-1 codes in country/@country, the ISSN
    pattern, numeric date parts in publication and history dates;
  - no MathML, no xsd:any: those particles are removed; of ALI only
    ali:license_ref and ali:free_to_read (jatsify writes them in
    <permissions>), declared in jatsify-profile-ali.xsd as the official
    module-ali.xsd declares them.
tests/validate-profile.sh checks the claim on generated documents.

    xsd/make-profile.py --tables xsd > src/profile_tables.c

writes the profile compiled into C tables (src/profile_tables.h says what
they hold), read from the .xsd files above: what libxml2 compiles is
exactly what the tables say. Per element type: its content (empty, text
with a pattern, mixed, elements only), a DFA over child element names
(Thompson automaton of the particle tree, determinized and minimized;
the profile obeys UPA, so each child name leads to one element type),
and its attributes with their simple types. src/fastcheck.c walks a
document against them; tests/fastcheck.sh checks it against libxml2.
"""
import re
import sys
import xml.etree.ElementTree as ET

XS = "{http://www.w3.org/2001/XMLSchema}"

# What jatsify writes, and what deposited journal articles commonly use.
KEEP = """
article front body back sub-article response floats-group
journal-meta journal-id journal-title-group journal-title journal-subtitle abbrev-journal-title
issn issn-l isbn publisher publisher-name publisher-loc
article-meta article-id article-version article-categories subj-group subject series-title
title-group article-title subtitle trans-title-group trans-title trans-subtitle alt-title fn-group
contrib-group contrib contrib-id name name-alternatives string-name surname given-names prefix suffix
collab role degrees bio xref aff institution institution-wrap institution-id addr-line
city state postal-code country email phone fax uri ext-link address on-behalf-of
author-notes corresp fn label
pub-date pub-date-not-available day month year season string-date
volume issue issue-title fpage lpage page-range elocation-id product
history date permissions copyright-statement copyright-year copyright-holder license license-p
self-uri related-article abstract trans-abstract kwd-group kwd
funding-group award-group funding-source award-id principal-award-recipient funding-statement
counts fig-count table-count equation-count ref-count page-count word-count
custom-meta-group custom-meta meta-name meta-value
sec title p list list-item def-list def-item term def disp-quote attrib speech speaker statement
boxed-text preformat code fig fig-group caption graphic inline-graphic media
table-wrap table-wrap-foot table col colgroup thead tbody tfoot tr th td
supplementary-material ack app-group app notes glossary
ref-list ref element-citation mixed-citation person-group etal source chapter-title
edition publisher-loc conf-name conf-date conf-loc comment pub-id date-in-citation
part-title trans-source size
bold italic sc sub sup underline overline monospace strike roman sans-serif
named-content styled-content break hr inline-supplementary-material
tex-math disp-formula inline-formula
object-id nlm-citation alternatives textual-form issue-id issue-part front-stub related-object supplement
series access-date data-title conf-sponsor x
""".split()

ISO_CODES = None  # filled from the country table in src/country.c

# Elements of other namespaces that are kept, declared in imported parts.
FOREIGN = {"ali:license_ref", "ali:free_to_read"}


def tighten_rules():
    codes = "".join(f'<xsd:enumeration value="{c}"/>' for c in ISO_CODES)
    return {
        # (element, child): new minOccurs for that child particle
        "min": {("journal-meta", "journal-title-group"): 1,
                ("journal-title-group", "journal-title"): 1},
        # element/@attribute: a narrower simple type
        "attr": {("country", "country"): f'<xsd:restriction base="xsd:NMTOKEN">{codes}</xsd:restriction>'},
        # element: pattern of its whole text (element keeps its attributes)
        "text": {"issn": r"[0-9]{4}-[0-9]{3}[0-9X]", "issn-l": r"[0-9]{4}-[0-9]{3}[0-9X]"},
        # parents whose day/month/year must be numbers (references keep
        # "2009a" and named months, which the official schema allows)
        "dates": {"pub-date", "date"},
    }


DATE_PATTERNS = {"day": "0?[1-9]|[12][0-9]|3[01]", "month": "0?[1-9]|1[0-2]", "year": "[0-9]{4}"}


def load(folder):
    tree = ET.parse(folder + "/JATS-journalpublishing1-4-mathml3-elements.xsd")
    root = tree.getroot()
    elements = {e.get("name"): e for e in root.findall(XS + "element")}
    groups = {g.get("name"): g for g in root.findall(XS + "group")}
    return elements, groups


def occurs(node):
    lo = int(node.get("minOccurs", "1"))
    hi = node.get("maxOccurs", "1")
    return lo, (None if hi == "unbounded" else int(hi))


IMPOSSIBLE = "impossible"
EMPTY = "empty"


def particle(node, groups):
    """Official particle -> ('elem', name, lo, hi) / ('seq'|'choice', [..], lo, hi) / ('any', lo, hi)."""
    tag = node.tag[len(XS):]
    lo, hi = occurs(node)
    if tag == "element":
        return ("elem", node.get("ref") or node.get("name"), lo, hi)
    if tag == "any":
        return ("any", lo, hi)
    if tag == "group":
        inner = [c for c in groups[node.get("ref")] if c.tag in (XS + "sequence", XS + "choice", XS + "all")]
        return ("seq", [particle(inner[0], groups)], lo, hi)
    if tag in ("sequence", "choice"):
        kids = [particle(c, groups) for c in node if c.tag[len(XS):] in ("element", "any", "group", "sequence", "choice")]
        return (tag.replace("sequence", "seq"), kids, lo, hi)
    raise ValueError(tag)


def prune(p, keep):
    kind = p[0]
    if kind == "any":
        return EMPTY if p[1] == 0 else IMPOSSIBLE
    if kind == "elem":
        if p[1] in keep:
            return p
        return EMPTY if p[2] == 0 else IMPOSSIBLE
    kids, lo, hi = p[1], p[2], p[3]
    out = []
    if kind == "seq":
        for k in kids:
            r = prune(k, keep)
            if r == IMPOSSIBLE:
                return EMPTY if lo == 0 else IMPOSSIBLE
            if r != EMPTY:
                out.append(r)
        if not out:
            return EMPTY
        return ("seq", out, lo, hi)
    nullable = False
    for k in kids:
        r = prune(k, keep)
        if r == IMPOSSIBLE:
            continue
        if r == EMPTY:
            nullable = True
            continue
        out.append(r)
    if not out:
        if nullable or lo == 0:
            return EMPTY
        return IMPOSSIBLE
    # An alternative that matched nothing made the choice nullable in the
    # official model; minOccurs 0 says the same with it gone.
    return ("choice", out, 0 if nullable else lo, hi)


def content_of(decl, groups):
    ct = decl.find(XS + "complexType")
    if ct is None:
        return None, False, []
    mixed = ct.get("mixed") == "true"
    model = None
    for c in ct:
        if c.tag[len(XS):] in ("sequence", "choice", "group"):
            model = particle(c, groups)
    attrs = ct.findall(XS + "attribute")
    return model, mixed, attrs


def occ(lo, hi):
    s = ""
    if lo != 1:
        s += f' minOccurs="{lo}"'
    if hi != 1:
        s += f' maxOccurs="{"unbounded" if hi is None else hi}"'
    return s


def emit_particle(p, parent, rules, out, ind):
    kind = p[0]
    if kind == "elem":
        name, lo, hi = p[1], p[2], p[3]
        lo = rules["min"].get((parent, name), lo)
        if name in FOREIGN:
            out.append(f'{ind}<xsd:element ref="{name}"{occ(lo, hi)}/>')
            return
        tname = f"t-{name}"
        if parent in rules["dates"] and name in DATE_PATTERNS:
            tname = f"t-{name}-numeric"
        out.append(f'{ind}<xsd:element name="{name}" type="{tname}"{occ(lo, hi)}/>')
        return
    tag = "sequence" if kind == "seq" else "choice"
    out.append(f"{ind}<xsd:{tag}{occ(p[2], p[3])}>")
    for k in p[1]:
        emit_particle(k, parent, rules, out, ind + "  ")
    out.append(f"{ind}</xsd:{tag}>")


SIMPLE_TYPES = {}  # serialized restriction -> name, shared by attributes


def simple_type_name(restriction_xml):
    if restriction_xml not in SIMPLE_TYPES:
        SIMPLE_TYPES[restriction_xml] = f"s-{len(SIMPLE_TYPES) + 1}"
    return SIMPLE_TYPES[restriction_xml]


def restriction_of(st):
    r = st.find(XS + "restriction")
    if r is None:
        raise ValueError("attribute type is not a restriction")
    vals = [e.get("value") for e in r.findall(XS + "enumeration")]
    pats = [e.get("value") for e in r.findall(XS + "pattern")]
    body = "".join(f'<xsd:enumeration value="{v}"/>' for v in vals)
    body += "".join(f'<xsd:pattern value="{v}"/>' for v in pats)
    return f'<xsd:restriction base="{r.get("base")}">{body}</xsd:restriction>'


def attr_xml(a, elem, rules):
    keys = ["name", "ref", "use", "type", "fixed", "default"]
    attrs = {k: a.get(k) for k in keys if a.get(k) is not None}
    key = (elem, a.get("name"))
    st = a.find(XS + "simpleType")
    if key in rules["attr"]:
        attrs.pop("type", None)
        attrs["type"] = simple_type_name(rules["attr"][key])
    elif st is not None:
        attrs["type"] = simple_type_name(restriction_of(st))
    return "<xsd:attribute" + "".join(f' {k}="{v}"' for k, v in attrs.items()) + "/>"


def flatten(p):
    """A sequence or choice of one particle, occurring once, is that particle."""
    if p in (EMPTY, IMPOSSIBLE) or p[0] in ("elem", "any"):
        return p
    kids = [flatten(k) for k in p[1]]
    # Nested sequences inside a sequence, both once: splice.
    if p[0] == "seq":
        spliced = []
        for k in kids:
            if k[0] == "seq" and k[2] == 1 and k[3] == 1:
                spliced += k[1]
            else:
                spliced.append(k)
        kids = spliced
    if len(kids) == 1 and p[2] == 1 and p[3] == 1:
        return kids[0]
    if len(kids) == 1 and kids[0][0] != "elem" and kids[0][2] == 1 and kids[0][3] == 1:
        return (kids[0][0], kids[0][1], p[2], p[3])
    return (p[0], kids, p[2], p[3])


def main():
    global ISO_CODES
    folder = sys.argv[1]
    src = open(sys.argv[2] if len(sys.argv) > 2 else "src/country.c").read()
    ISO_CODES = sorted(set(re.findall(r'\{"[^"]*", "([A-Z]{2})"\}', src)))
    rules = tighten_rules()
    elements, groups = load(folder)
    keep = set(k for k in KEEP if k in elements)
    while True:
        models = {}
        dropped = set()
        for name in sorted(keep):
            model, mixed, attrs = content_of(elements[name], groups)
            r = flatten(prune(model, keep | FOREIGN)) if model else EMPTY
            if r == IMPOSSIBLE:
                dropped.add(name)
            models[name] = (r, mixed, attrs)
        if not dropped:
            break
        keep -= dropped
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- jatsify-profile.xsd: jatsify's profile of JATS 1.4 Journal Publishing.",
           "     Written by xsd/make-profile.py from the official XSD (see there why",
           "     every document it accepts the official schema accepts too); compiled",
           "     into libjatsify. Root: article. No MathML. -->",
           '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"'
           ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:ali="http://www.niso.org/schemas/ali/1.0/">',
           '  <xsd:import namespace="http://www.w3.org/1999/xlink" schemaLocation="jatsify-profile-xlink.xsd"/>',
           '  <xsd:import namespace="http://www.niso.org/schemas/ali/1.0/" schemaLocation="jatsify-profile-ali.xsd"/>',
           '  <xsd:import namespace="http://www.w3.org/XML/1998/namespace" schemaLocation="jatsify-profile-xml.xsd"/>',
           '  <xsd:element name="article" type="t-article"/>']
    for name in sorted(keep):
        model, mixed, attrs = models[name]
        attr_lines = [attr_xml(a, name, rules) for a in attrs]
        if name in rules["text"] or (name in DATE_PATTERNS):
            pass
        if name in rules["text"]:
            assert model == EMPTY, name
            out.append(f'  <xsd:complexType name="t-{name}"><xsd:simpleContent>'
                       f'<xsd:extension base="t-{name}-text">')
            out += ["    " + a for a in attr_lines]
            out.append("  </xsd:extension></xsd:simpleContent></xsd:complexType>")
            out.append(f'  <xsd:simpleType name="t-{name}-text"><xsd:restriction base="xsd:string">'
                       f'<xsd:pattern value="{rules["text"][name]}"/></xsd:restriction></xsd:simpleType>')
            continue
        mixed_attr = ' mixed="true"' if mixed else ""
        out.append(f'  <xsd:complexType name="t-{name}"{mixed_attr}>')
        if model != EMPTY:
            if model[0] == "elem":
                model = ("seq", [model], 1, 1)
            emit_particle(model, name, rules, out, "    ")
        out += ["    " + a for a in attr_lines]
        out.append("  </xsd:complexType>")
        if name in DATE_PATTERNS:
            assert model == EMPTY, name
            out.append(f'  <xsd:complexType name="t-{name}-numeric"><xsd:simpleContent>'
                       f'<xsd:extension base="t-{name}-number">')
            out += ["    " + a for a in attr_lines]
            out.append("  </xsd:extension></xsd:simpleContent></xsd:complexType>")
            out.append(f'  <xsd:simpleType name="t-{name}-number"><xsd:restriction base="xsd:string">'
                       f'<xsd:pattern value="{DATE_PATTERNS[name]}"/></xsd:restriction></xsd:simpleType>')
    for restriction, tname in sorted(SIMPLE_TYPES.items(), key=lambda kv: int(kv[1][2:])):
        out.append(f'  <xsd:simpleType name="{tname}">{restriction}</xsd:simpleType>')
    out.append("</xsd:schema>")
    print("\n".join(out))
    print(f"kept {len(keep)} elements; dropped as impossible: {sorted(set(KEEP) - keep)}", file=sys.stderr)


# ---------------------------------------------------------------------------
# --tables: the profile as C tables.

XLINK_NS = "http://www.w3.org/1999/xlink"
ALI_NS = "http://www.niso.org/schemas/ali/1.0/"
XML_NS = "http://www.w3.org/XML/1998/namespace"
BUILTIN = {"string": "JFYP_PT_STRING", "ID": "JFYP_PT_ID", "IDREF": "JFYP_PT_IDREF",
           "IDREFS": "JFYP_PT_IDREFS", "NMTOKEN": "JFYP_PT_NMTOKEN", "NMTOKENS": "JFYP_PT_NMTOKENS",
           "NCName": "JFYP_PT_NCNAME", "anyURI": "JFYP_PT_ANYURI", "language": "JFYP_PT_LANGUAGE",
           "integer": "JFYP_PT_INTEGER", "nonNegativeInteger": "JFYP_PT_NONNEGATIVEINTEGER",
           "positiveInteger": "JFYP_PT_POSITIVEINTEGER", "token": "JFYP_PT_TOKEN"}


def c_str(s):
    out = '"'
    for ch in s:
        if ch in '"\\':
            out += "\\" + ch
        elif 32 <= ord(ch) < 127:
            out += ch
        else:
            out += "".join(f"\\{b:03o}" for b in ch.encode("utf-8"))
    return out + '"'


class Tables:
    def __init__(self, folder):
        self.stypes = []      # (base, enums tuple, patterns tuple)
        self.stype_ids = {}
        self.named = {}       # simpleType name -> stype id, per schema file
        prof = ET.parse(folder + "/jatsify-profile.xsd").getroot()
        self.global_attrs = {}
        for ns, f in ((XLINK_NS, "jatsify-profile-xlink.xsd"), (XML_NS, "jatsify-profile-xml.xsd")):
            for a in ET.parse(folder + "/" + f).getroot().findall(XS + "attribute"):
                self.global_attrs[(ns, a.get("name"))] = self.attr_type(a, {})
        local = {st.get("name"): st for st in prof.findall(XS + "simpleType")}
        self.local = local
        self.ctypes = {ct.get("name"): ct for ct in prof.findall(XS + "complexType")}
        # The ALI elements' types, named "t-ali:NAME" as their particles refer to them.
        for e in ET.parse(folder + "/jatsify-profile-ali.xsd").getroot().findall(XS + "element"):
            self.ctypes["t-ali:" + e.get("name")] = e.find(XS + "complexType")
        roots = prof.findall(XS + "element")
        assert len(roots) == 1 and roots[0].get("name") == "article"
        self.root_type = roots[0].get("type")

    def stype(self, base, enums=(), patterns=()):
        assert base in BUILTIN, base
        key = (base, tuple(enums), tuple(patterns))
        if key not in self.stype_ids:
            self.stype_ids[key] = len(self.stypes)
            self.stypes.append(key)
        return self.stype_ids[key]

    def simple(self, st):
        r = st.find(XS + "restriction")
        assert r is not None and len([c for c in st]) == 1
        base = r.get("base")
        for c in r:
            assert c.tag in (XS + "enumeration", XS + "pattern"), c.tag
        enums = sorted(e.get("value") for e in r.findall(XS + "enumeration"))
        pats = [e.get("value") for e in r.findall(XS + "pattern")]
        assert len(pats) <= 1  # several patterns of one step are OR-ed: not needed here
        if base.startswith("xsd:"):
            return self.stype(base[4:], enums, pats)
        inner = self.local[base]  # a restriction of a restriction: not needed here
        raise ValueError(f"nested restriction {base}")

    def type_ref(self, t):
        if t.startswith("xsd:"):
            return self.stype(t[4:])
        return self.simple(self.local[t])

    def attr_type(self, a, _):
        st = a.find(XS + "simpleType")
        if st is not None:
            return self.simple(st)
        return self.type_ref(a.get("type", "xsd:string"))

    def attributes(self, holder):
        out = []
        for a in holder.findall(XS + "attribute"):
            use = a.get("use", "optional")
            assert use in ("optional", "required"), use
            if a.get("ref"):
                prefix, name = a.get("ref").split(":")
                ns = {"xlink": XLINK_NS, "xml": XML_NS}[prefix]
                st = self.global_attrs[(ns, name)]
                nsid = {XLINK_NS: "JFYP_PT_NS_XLINK", XML_NS: "JFYP_PT_NS_XML"}[ns]
            else:
                name, nsid = a.get("name"), "JFYP_PT_NS_NONE"
                st = self.attr_type(a, None)
            out.append((nsid, name, use == "required", st, a.get("fixed")))
        # fastcheck.c searches them by (namespace as numbered in
        # profile_tables.h, name)
        order = ["JFYP_PT_NS_NONE", "JFYP_PT_NS_XLINK", "JFYP_PT_NS_XML"]
        out.sort(key=lambda x: (order.index(x[0]), x[1]))
        return out


def particle_of(node):
    """Profile particle -> ('elem', name, type, lo, hi) / ('seq'|'choice', kids, lo, hi)."""
    tag = node.tag[len(XS):]
    lo, hi = occurs(node)
    if tag == "element":
        if node.get("ref"):  # "ali:license_ref": a foreign element's global declaration
            return ("elem", node.get("ref"), "t-" + node.get("ref"), lo, hi)
        return ("elem", node.get("name"), node.get("type"), lo, hi)
    assert tag in ("sequence", "choice"), tag
    return ("seq" if tag == "sequence" else "choice", [particle_of(c) for c in node], lo, hi)


class NFA:
    def __init__(self):
        self.eps = []   # state -> [state]
        self.edges = []  # state -> [(name, type, state)]

    def new(self):
        self.eps.append([])
        self.edges.append([])
        return len(self.eps) - 1

    def build(self, p):
        """Fragment (start, end) for particle p with its occurrence range."""
        lo, hi = p[-2], p[-1]
        s = self.new()
        cur = s
        for _ in range(lo):
            a, b = self.once(p)
            self.eps[cur].append(a)
            cur = b
        if hi is None:
            a, b = self.once(p)
            self.eps[cur].append(a)
            self.eps[b].append(a)
            e = self.new()
            self.eps[cur].append(e)
            self.eps[b].append(e)
            return s, e
        e = self.new()
        for _ in range(hi - lo):
            a, b = self.once(p)
            self.eps[cur].append(a)
            self.eps[cur].append(e)
            cur = b
        self.eps[cur].append(e)
        return s, e

    def once(self, p):
        s, e = self.new(), self.new()
        if p[0] == "elem":
            self.edges[s].append((p[1], p[2], e))
        elif p[0] == "seq":
            cur = s
            for k in p[1]:
                a, b = self.build(k)
                self.eps[cur].append(a)
                cur = b
            self.eps[cur].append(e)
        else:
            for k in p[1]:
                a, b = self.build(k)
                self.eps[s].append(a)
                self.eps[b].append(e)
        return s, e

    def closure(self, states):
        seen, todo = set(states), list(states)
        while todo:
            for t in self.eps[todo.pop()]:
                if t not in seen:
                    seen.add(t)
                    todo.append(t)
        return frozenset(seen)


def dfa_of(p):
    """Minimal DFA: list of (accepting, {name: (type, next)}), state 0 first."""
    nfa = NFA()
    start, final = nfa.build(p) if p else (nfa.new(), None)
    if final is None:
        final = start
    s0 = nfa.closure([start])
    index, states, todo = {s0: 0}, [s0], [s0]
    trans = []
    while todo:
        cur = todo.pop(0)
        moves = {}
        for st in cur:
            for name, typ, nxt in nfa.edges[st]:
                moves.setdefault(name, [set(), set()])
                moves[name][0].add(typ)
                moves[name][1].add(nxt)
        row = {}
        for name, (types, nxts) in sorted(moves.items()):
            # One name, one type in a content model (XSD "element
            # declarations consistent").
            assert len(types) == 1, (name, types)
            tgt = nfa.closure(nxts)
            if tgt not in index:
                index[tgt] = len(states)
                states.append(tgt)
                todo.append(tgt)
            row[name] = (next(iter(types)), index[tgt])
        trans.append(row)
    acc = [final in st for st in states]
    # Moore minimization: split by acceptance, then by successor classes.
    cls = [int(a) for a in acc]
    while True:
        sig = [(cls[i], tuple((n, t, cls[j]) for n, (t, j) in sorted(trans[i].items())))
               for i in range(len(states))]
        ids, new = {}, []
        for i in range(len(states)):
            # keep the start state's class first
            new.append(ids.setdefault(sig[i], len(ids)))
        if len(ids) == len(set(cls)):
            cls = new
            break
        cls = new
    n = len(set(cls))
    out = [None] * n
    for i in range(len(states)):
        c = cls[i]
        if out[c] is None:
            out[c] = (acc[i], {nm: (t, cls[j]) for nm, (t, j) in trans[i].items()})
    assert cls[0] == 0
    return out


def tables(folder):
    T = Tables(folder)
    types = sorted(T.ctypes)
    type_id = {t: i for i, t in enumerate(types)}
    names = set()
    rows = []  # per type: (content, stype, attrs, dfa)
    for t in types:
        ct = T.ctypes[t]
        sc = ct.find(XS + "simpleContent")
        if sc is not None:
            ext = sc.find(XS + "extension")
            stid = T.simple(T.local[ext.get("base")])
            rows.append(("JFYP_PT_SIMPLE", stid, T.attributes(ext), [(True, {})]))
            continue
        model = None
        for c in ct:
            if c.tag in (XS + "sequence", XS + "choice"):
                model = particle_of(c)
            elif c.tag != XS + "attribute":
                raise ValueError(f"{t}: {c.tag}")
        mixed = ct.get("mixed") == "true"
        kind = "JFYP_PT_MIXED" if mixed else ("JFYP_PT_ELEMENTS" if model else "JFYP_PT_EMPTY")
        dfa = dfa_of(model) if model else [(True, {})]
        for acc, row in dfa:
            names.update(row)
        rows.append((kind, -1, T.attributes(ct), dfa))
    names = sorted(names)
    name_id = {n: i for i, n in enumerate(names)}
    o = ["/* profile_tables.c - jatsify's profile of JATS 1.4 Journal Publishing as",
         " * tables (see profile_tables.h). Generated by",
         " * `xsd/make-profile.py --tables xsd` from xsd/jatsify-profile*.xsd; do not edit. */",
         '#include "profile_tables.h"', ""]
    o.append(f"const char *const jfyp_pt_names[{len(names)}] = {{")
    o += [f"    {c_str(n)}," for n in names]
    o.append("};")
    o.append(f"const unsigned jfyp_pt_nnames = {len(names)};")
    enums, pats = [], []
    st_rows = []
    for base, ev, pv in T.stypes:
        first = len(enums)
        enums += ev
        pi = -1
        if pv:
            if pv[0] not in pats:
                pats.append(pv[0])
            pi = pats.index(pv[0])
        st_rows.append(f"    {{{BUILTIN[base]}, {pi}, {first}, {len(ev)}}},")
    o.append(f"const char *const jfyp_pt_enums[{max(len(enums), 1)}] = {{")
    o += [f"    {c_str(e)}," for e in enums] or ["    0,"]
    o.append("};")
    o.append(f"const char *const jfyp_pt_patterns[{max(len(pats), 1)}] = {{")
    o += [f"    {c_str(p)}," for p in pats] or ["    0,"]
    o.append("};")
    o.append(f"const unsigned jfyp_pt_npatterns = {len(pats)};")
    o.append(f"const jfyp_pt_stype jfyp_pt_stypes[{len(st_rows)}] = {{")
    o += st_rows
    o.append("};")
    attrs, states, trans, trows = [], [], [], []
    lists = {}  # types with the same attributes share them
    for t, (kind, stid, al, dfa) in zip(types, rows):
        if tuple(al) not in lists:
            lists[tuple(al)] = len(attrs)
            for nsid, name, req, st, fixed in al:
                attrs.append(f"    {{{c_str(name)}, {nsid}, {int(req)}, {st}, "
                             f"{c_str(fixed) if fixed is not None else 0}}},")
        afirst = lists[tuple(al)]
        sfirst = len(states)
        for acc, row in dfa:
            tfirst = len(trans)
            for nm in sorted(row, key=lambda n: name_id[n]):
                ty, nxt = row[nm]
                trans.append(f"    {{{name_id[nm]}, {type_id[ty]}, {sfirst + nxt}}},")
            states.append(f"    {{{tfirst}, {len(row)}, {int(acc)}}},")
        nreq = sum(1 for a in al if a[2])
        trows.append(f"    {{{c_str(t[2:])}, {kind}, {stid}, {afirst}, {len(al)}, {nreq}, {sfirst}}},")
    o.append(f"const jfyp_pt_attr jfyp_pt_attrs[{len(attrs)}] = {{")
    o += attrs
    o.append("};")
    o.append(f"const jfyp_pt_trans jfyp_pt_trans_[{len(trans)}] = {{")
    o += trans
    o.append("};")
    o.append(f"const jfyp_pt_state jfyp_pt_states[{len(states)}] = {{")
    o += states
    o.append("};")
    o.append(f"const jfyp_pt_type jfyp_pt_types[{len(types)}] = {{")
    o += trows
    o.append("};")
    o.append(f"const unsigned jfyp_pt_ntypes = {len(types)};")
    o.append(f"const unsigned jfyp_pt_root_type = {type_id[T.root_type]}; /* article */")
    print("\n".join(o))
    print(f"{len(types)} types, {len(names)} names, {len(states)} states, {len(trans)} transitions, "
          f"{len(attrs)} attributes, {len(T.stypes)} simple types, {len(pats)} patterns", file=sys.stderr)
    return len(pats)


if len(sys.argv) > 2 and sys.argv[1] == "--tables":
    tables(sys.argv[2])
else:
    main()
