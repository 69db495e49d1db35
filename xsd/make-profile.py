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
  - no MathML, no ALI, no xsd:any: those particles are removed.
tests/validate-profile.sh checks the claim on generated documents.
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
""".split()

ISO_CODES = None  # filled from the country table in src/country.c


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
            r = flatten(prune(model, keep)) if model else EMPTY
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
           ' xmlns:xlink="http://www.w3.org/1999/xlink">',
           '  <xsd:import namespace="http://www.w3.org/1999/xlink" schemaLocation="jatsify-profile-xlink.xsd"/>',
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


main()
