#!/usr/bin/env python3
"""xmlmutate.py OUTDIR SEED... - byte-level variants of JATS documents at
the edges of plain XML, for tests/fastscan.sh: each variant either stays
plain (the scanner must build libxml2's tree, lines included) or is one the
scanner must leave to libxml2 (an entity it does not know, CDATA, a lone
carriage return, a bad byte...). Some are well-formed, some not."""
import os
import re
import sys

# (name, old regex, new text): applied to the first match only.
EDITS = [
    ("entity-undeclared", r"<article-title>", "<article-title>&nbsp;"),
    ("entity-amp-text", r"<article-title>", "<article-title>A &amp; B &lt;c&gt; &quot;d&apos; "),
    ("charref-dec", r"<article-title>", "<article-title>&#233;&#x1F600;&#10;"),
    ("charref-zero", r"<article-title>", "<article-title>&#0;"),
    ("charref-surrogate", r"<article-title>", "<article-title>&#xD800;"),
    ("charref-fffe", r"<article-title>", "<article-title>&#xFFFE;"),
    ("charref-big", r"<article-title>", "<article-title>&#x110000;"),
    ("charref-bad", r"<article-title>", "<article-title>&#x;"),
    ("amp-bare", r"<article-title>", "<article-title>A & B"),
    ("lt-bare", r"<article-title>", "<article-title>A < B"),
    ("cdata-end-in-text", r"<article-title>", "<article-title>a]]>b"),
    ("brackets-in-text", r"<article-title>", "<article-title>a]]b]>c]"),
    ("gt-in-text", r"<article-title>", "<article-title>a > b"),
    ("cdata", r"<article-title>", "<article-title><![CDATA[x < y]]>"),
    ("comment", r"<article-title>", "<article-title><!-- a comment -->"),
    ("comment-lines", r"<front>", "<!--\nline\nline\n--><front>"),
    ("comment-double-hyphen", r"<article-title>", "<article-title><!-- a -- b -->"),
    ("comment-hyphen-end", r"<article-title>", "<article-title><!-- a --->"),
    ("comment-empty", r"<article-title>", "<article-title><!---->"),
    ("comment-in-simple", r"<day>", "<day><!--c-->"),
    ("pi", r"<front>", "<?foo bar?><front>"),
    ("pi-empty", r"<front>", "<?foo?><front>"),
    ("pi-xml-inside", r"<front>", "<?xml version='1.0'?><front>"),
    ("pi-xml-stylesheet", r"<front>", "<?xml-stylesheet href='a.css'?><front>"),
    ("pi-colon", r"<front>", "<?a:b c?><front>"),
    ("pi-no-space", r"<front>", "<?foo-bar?><front>"),
    ("pi-before-root", r"<article", "<?pi x?>\n<article"),
    ("comment-before-root", r"<article", "<!-- c -->\n<article"),
    ("comment-after-root", r"</article>\s*$", "</article>\n<!-- after -->\n<?pi after?>\n"),
    ("text-after-root", r"</article>\s*$", "</article>\ntext\n"),
    ("second-root", r"</article>\s*$", "</article>\n<article/>\n"),
    ("lone-cr-text", r"<article-title>", "<article-title>a\rb"),
    ("crlf-text", r"<article-title>", "<article-title>a\r\nb\r\n"),
    ("crlf-in-tag", r"<article ", "<article\r\n "),
    ("cr-in-attr", r'<article ', '<article class="a\r\nb" '),
    ("tab-in-attr", r'<article ', '<article class="a\tb" '),
    ("nl-in-attr", r'<article ', '<article class="a\nb" '),
    ("lt-in-attr", r'<article ', '<article class="a<b" '),
    ("gt-in-attr", r'<article ', '<article class="a>b" '),
    ("amp-in-attr", r'<article ', '<article class="a&amp;b&lt;&quot;&apos;" '),
    ("charref-in-attr", r'<article ', '<article class="a&#65;b" '),
    ("entity-in-attr", r'<article ', '<article class="a&nbsp;b" '),
    ("single-quotes", r'<article ', "<article class='a\"b' "),
    ("attr-no-space", r'<article ([a-z-]+="[^"]*")', r'<article \1class="x"'),
    ("attr-spaces-eq", r'<article ', '<article class = "x" '),
    ("attr-dup", r'<article ', '<article class="x" class="y" '),
    ("attr-dup-ns", r'<article ', '<article xmlns:a="urn:x" xmlns:b="urn:x" a:k="1" b:k="2" '),
    ("attr-same-local", r'<article ', '<article xmlns:a="urn:x" a:class="1" class="2" '),
    ("attr-unquoted", r'<article ', '<article class=x '),
    ("ns-default", r'<article ', '<article xmlns="http://example.org/x" '),
    ("ns-default-empty", r'<article ', '<article xmlns="" '),
    ("ns-empty", r'<article ', '<article xmlns:e="" '),
    ("ns-xml", r'<article ', '<article xmlns:xml="http://www.w3.org/XML/1998/namespace" '),
    ("ns-dup", r'<article ', '<article xmlns:q="urn:a" xmlns:q="urn:b" '),
    ("ns-undeclared-elem", r"<article-title>", "<article-title><q:x/>"),
    ("ns-undeclared-attr", r'<article ', '<article q:x="1" '),
    ("ns-declared-elem", r"<article-title>", "<article-title><q:x xmlns:q='urn:q'>t</q:x>"),
    ("ns-rebind-xlink", r'<article ', '<article xmlns:xlink="urn:not-xlink" '),
    ("ns-relative", r'<article ', '<article xmlns:r="relative/uri" '),
    ("xml-lang", r'<article ', '<article xml:lang="en" '),
    ("xml-space", r'<article ', '<article xml:space="preserve" '),
    ("name-colons", r"<article-title>", "<article-title><a:b:c/>"),
    ("name-digit", r"<article-title>", "<article-title><1a/>"),
    ("name-nonascii", r"<article-title>", "<article-title><caf\u00e9/>"),
    ("mismatched-end", r"</article-title>", "</article-titl>"),
    ("end-tag-space", r"</article-title>", "</article-title  \n>"),
    ("empty-elem-space", r"<article-title>", "<article-title><break  \n/>"),
    ("tag-multiline", r"<article ", "<article\n\n  "),
    ("control-char", r"<article-title>", "<article-title>a\x01b"),
    ("nul", r"<article-title>", "<article-title>a\x00b"),
    ("bad-utf8", r"<article-title>", b"<article-title>a\xc3(b"),
    ("overlong-utf8", r"<article-title>", b"<article-title>a\xc0\xafb"),
    ("utf8-fffe", r"<article-title>", b"<article-title>a\xef\xbf\xbeb"),
    ("utf8-surrogate", r"<article-title>", b"<article-title>a\xed\xa0\x80b"),
    ("utf8-4byte", r"<article-title>", b"<article-title>a\xf0\x9f\x98\x80b"),
    ("utf8-too-big", r"<article-title>", b"<article-title>a\xf4\x90\x80\x80b"),
    ("bom", r"^", b"\xef\xbb\xbf"),
    ("decl-none", r"^<\?xml[^>]*\?>\s*", ""),
    ("decl-latin1", r"^<\?xml[^>]*\?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"),
    ("decl-standalone", r"^<\?xml[^>]*\?>", "<?xml version='1.0' encoding='utf-8' standalone='yes'?>"),
    ("decl-v11", r"^<\?xml[^>]*\?>", "<?xml version=\"1.1\"?>"),
    ("decl-order", r"^<\?xml[^>]*\?>", "<?xml encoding=\"UTF-8\" version=\"1.0\"?>"),
    ("decl-late", r"^", "\n"),
    ("doctype-system", r"<article", "<!DOCTYPE article SYSTEM \"JATS.dtd\">\n<article"),
    ("doctype-bare", r"<article", "<!DOCTYPE article>\n<article"),
    ("doctype-subset", r"<article", "<!DOCTYPE article [ <!ENTITY nbsp \"&#160;\"> ]>\n<article"),
    ("doctype-subset-used", r"<article", "<!DOCTYPE article [ <!ENTITY x \"ex\"> ]>\n<article"),
    ("doctype-public-lines", r"<article", "<!DOCTYPE article\n  PUBLIC \"-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.1 20151215//EN\"\n  \"JATS-journalpublishing1.dtd\">\n<article"),
    ("doctype-public-nosys", r"<article", "<!DOCTYPE article PUBLIC \"-//X//EN\">\n<article"),
    ("doctype-bad-pubid", r"<article", "<!DOCTYPE article PUBLIC \"-//X{}//EN\" \"x.dtd\">\n<article"),
    ("doctype-twice", r"<article", "<!DOCTYPE article>\n<!DOCTYPE article>\n<article"),
    ("doctype-after-root", r"</article>\s*$", "</article>\n<!DOCTYPE article>\n"),
    ("deep", r"<article-title>", "<article-title>" + "<bold>" * 230 + "x" + "</bold>" * 230),
    ("deepish", r"<article-title>", "<article-title>" + "<bold>" * 150 + "x" + "</bold>" * 150),
    ("one-line", None, None),
    ("truncated", None, None),
]


def apply(data, name, old, new):
    if name == "one-line":
        return re.sub(rb"\n", b" ", data)
    if name == "truncated":
        return data[: len(data) * 2 // 3]
    if isinstance(new, str):
        new = new.encode("utf-8")
    pat = re.compile(old.encode("utf-8"), re.M if old.startswith("^") else 0)
    m = pat.search(data)
    if not m:
        return None
    rep = m.expand(new) if b"\\1" in new else new
    return data[: m.start()] + rep + data[m.end():]


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for seed in sys.argv[2:]:
        data = open(seed, "rb").read()
        base = os.path.splitext(os.path.basename(seed))[0]
        for name, old, new in EDITS:
            v = apply(data, name, old, new)
            if v is not None and v != data:
                with open(os.path.join(out, f"{base}--{name}.xml"), "wb") as f:
                    f.write(v)


main()
