#!/usr/bin/env python3
"""Writes notulen/overleg-aeres-2019-10.docx: meeting minutes as a Word document, with the standard library only.

The minutes are fictional and written for Thema. The document exercises what the .docx reader must handle:

- headings: styles Heading1 and Heading2 (with outline levels), a Dutch style named "Kop 1" (styleId Kop1,
  recognisable only by its name), and one paragraph that is a heading only through a direct outline level;
- bulleted items (two levels) and numbered items from word/numbering.xml;
- a table with a repeated header row (one table row = one segment, cells keep their column header);
- a line break (w:br) and a tab (w:tab) inside a paragraph;
- a tracked change (w:del + w:ins: the accepted text is the inserted one);
- a comment (word/comments.xml) and a footnote (word/footnotes.xml), which are notes, not body text.

The output is byte-for-byte reproducible (fixed timestamps, fixed member order). Run:
    python3 Corpora/mli/tools/make_docx.py
"""

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
STAMP = (2019, 10, 16, 12, 0, 0)


# MARK: - Small builders for WordprocessingML

def t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def run(text: str, bold: bool = False, italic: bool = False) -> str:
    props = ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f"<w:r>{rpr}{t(text)}</w:r>"


def para(*runs: str, style: str | None = None, num: tuple[int, int] | None = None,
         outline: int | None = None) -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        num_id, level = num
        ppr += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if outline is not None:
        ppr += f'<w:outlineLvl w:val="{outline}"/>'
    ppr = f"<w:pPr>{ppr}</w:pPr>" if ppr else ""
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def p(text: str, **kwargs) -> str:
    return para(run(text), **kwargs)


def cell(text: str, width: int, bold: bool = False) -> str:
    return (f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f"{para(run(text, bold=bold))}</w:tc>")


def table(header: list[str], rows: list[list[str]], widths: list[int]) -> str:
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    head = ('<w:tr><w:trPr><w:tblHeader/></w:trPr>'
            + "".join(cell(h, w, bold=True) for h, w in zip(header, widths)) + "</w:tr>")
    body = "".join("<w:tr>" + "".join(cell(c, w) for c, w in zip(row, widths)) + "</w:tr>" for row in rows)
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
            '<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="0" w:noVBand="1"/></w:tblPr>'
            f"<w:tblGrid>{grid}</w:tblGrid>{head}{body}</w:tbl>")


# MARK: - The minutes

BULLET, NUMBERED = 1, 2

BODY = [
    p("Verslag programmaoverleg Master Leren & Innoveren", style="Heading1"),
    para(run("Aeres Hogeschool, Wageningen – 15 oktober 2019"), "<w:r><w:br/></w:r>",
         run("Aanwezig:"), "<w:r><w:tab/></w:r>",
         run("Anouk (voorzitter), Bram, Gerrit, Lieke, Tamara (verslag)")),
    p("Opening", style="Heading2"),
    p("Anouk opent het overleg. Het belangrijkste punt is de terugkoppeling op het prototype van het nieuwe "
      "profiel, dat de landelijke werkgroep aan alle opleidingen heeft voorgelegd voor een member check."),
    p("Terugkoppeling prototype profiel", style="Heading2"),
    para(run("Het team heeft het prototype vooraf gelezen"),
         '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
         run(". Gerrit vat de eerste indrukken samen: "),
         '<w:commentRangeStart w:id="0"/>',
         run("\u201cHet profiel beschrijft eindelijk wat onze alumni al doen: ze trekken het team mee, "
             "ook zonder functie.\u201d"),
         '<w:commentRangeEnd w:id="0"/>',
         '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="0"/></w:r>'),
    p("Punten die het team herkent:"),
    p("informeel leiderschap op mesoniveau, binnen de eigen organisatie;", style="ListParagraph",
      num=(BULLET, 0)),
    p("een lerende cultuur in de hele organisatie stimuleren;", style="ListParagraph", num=(BULLET, 0)),
    p("onderzoeksmatig innoveren, samen met collega's;", style="ListParagraph", num=(BULLET, 0)),
    p("in de groene sector vaak in samenwerking met bedrijven in de regio.", style="ListParagraph",
      num=(BULLET, 1)),
    p("Reacties op de drie open vragen", style="Kop1"),
    p("Vraag 1: herkenbaarheid", style="Heading2"),
    p("Het profiel is herkenbaar voor het team. Lieke merkt op dat het verschil met het profiel uit 2006 groot "
      "is: daar ging het vooral om competenties in de eigen klas, nu om de rol in de school."),
    p("Vraag 2: betekenis voor de competentieset", style="Heading2"),
    p("Het team stelt voor de competentieset als volgt aan te passen:"),
    p("praktijkvragen verhelderen samen met betrokkenen als aparte competentie opnemen;", style="ListParagraph",
      num=(NUMBERED, 0)),
    p("ontwerpen een duidelijker plek geven naast onderzoeken;", style="ListParagraph", num=(NUMBERED, 0)),
    p("reflecteren ook richten op processen in de organisatie.", style="ListParagraph", num=(NUMBERED, 0)),
    para(run("De afgestudeerde werkt volgens het team vooral op "),
         '<w:del w:id="101" w:author="Gerrit" w:date="2019-10-16T10:02:00Z"><w:r>'
         '<w:delText xml:space="preserve">microniveau, in de eigen klas</w:delText></w:r></w:del>',
         '<w:ins w:id="102" w:author="Gerrit" w:date="2019-10-16T10:02:00Z">'
         + run("mesoniveau, binnen het eigen team") + "</w:ins>",
         run(", met de klas als basis van de geloofwaardigheid.")),
    p("Vraag 3: relevante ontwikkelingen", style="Heading2"),
    p("Bram noemt de krapte op de arbeidsmarkt, waardoor er minder tijd is voor onderzoek, en de groeiende "
      "samenwerking tussen mbo, hbo en bedrijven in regionale kenniscentra. Daar ligt een kans voor het "
      "macroniveau."),
    p("Planning en actiepunten", outline=1),
    table(["Actie", "Wie", "Wanneer"], [
        ["Reactie op het prototype naar de landelijke werkgroep", "Anouk", "1 november 2019"],
        ["Voorstel aanpassing competentieset", "Lieke en Gerrit", "15 november 2019"],
        ["Alumni uitnodigen voor terugkoppeling", "Tamara", "december 2019"],
        ["Bespreking in de opleidingscommissie", "Bram", "januari 2020"],
    ], [4800, 2200, 2000]),
    p("Rondvraag en sluiting", style="Heading2"),
    p("Er zijn geen punten voor de rondvraag. Anouk sluit het overleg om 16.30 uur."),
]

DOCUMENT = (DECL + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>' + "".join(BODY)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" '
            'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>')

STYLES = DECL + f"""<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="22"/><w:lang w:val="nl-NL"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kop1"><w:name w:val="Kop 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
</w:styles>"""

NUMBERING = DECL + f"""<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:hint="default"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="{BULLET}"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="{NUMBERED}"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""

COMMENTS = DECL + f"""<w:comments xmlns:w="{W}">
<w:comment w:id="0" w:author="Anouk" w:date="2019-10-16T09:12:00Z" w:initials="A"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>{run("Klopt dit citaat letterlijk? Graag nagaan bij Gerrit voordat het verslag naar de werkgroep gaat.")}</w:p></w:comment>
</w:comments>"""

FOOTNOTES = DECL + f"""<w:footnotes xmlns:w="{W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{run(" Het prototype is op 1 oktober 2019 aan alle opleidingen van het netwerk gestuurd.")}</w:p></w:footnote>
</w:footnotes>"""

SETTINGS = DECL + f"""<w:settings xmlns:w="{W}"><w:trackRevisions/><w:defaultTabStop w:val="708"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

CONTENT_TYPES = DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>
<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>
</Types>"""

ROOT_RELS = DECL + f"""<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>
</Relationships>"""

DOCUMENT_RELS = DECL + f"""<Relationships xmlns="{PKG_REL}">
<Relationship Id="rId1" Type="{REL}/styles" Target="styles.xml"/>
<Relationship Id="rId2" Type="{REL}/numbering" Target="numbering.xml"/>
<Relationship Id="rId3" Type="{REL}/settings" Target="settings.xml"/>
<Relationship Id="rId4" Type="{REL}/footnotes" Target="footnotes.xml"/>
<Relationship Id="rId5" Type="{REL}/comments" Target="comments.xml"/>
</Relationships>"""

CORE = DECL + """<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>Verslag programmaoverleg MLI Aeres, 15 oktober 2019</dc:title>
<dc:creator>Tamara</dc:creator>
<dc:language>nl-NL</dc:language>
<dcterms:created xsi:type="dcterms:W3CDTF">2019-10-15T15:00:00Z</dcterms:created>
<dcterms:modified xsi:type="dcterms:W3CDTF">2019-10-16T10:02:00Z</dcterms:modified>
</cp:coreProperties>"""

APP = DECL + """<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Thema corpus generator (make_docx.py)</Application></Properties>"""

PARTS = [
    ("[Content_Types].xml", CONTENT_TYPES),
    ("_rels/.rels", ROOT_RELS),
    ("word/document.xml", DOCUMENT),
    ("word/_rels/document.xml.rels", DOCUMENT_RELS),
    ("word/styles.xml", STYLES),
    ("word/numbering.xml", NUMBERING),
    ("word/settings.xml", SETTINGS),
    ("word/footnotes.xml", FOOTNOTES),
    ("word/comments.xml", COMMENTS),
    ("docProps/core.xml", CORE),
    ("docProps/app.xml", APP),
]


def main() -> None:
    target = Path(__file__).resolve().parent.parent / "notulen" / "overleg-aeres-2019-10.docx"
    with zipfile.ZipFile(target, "w") as archive:
        for name, xml in PARTS:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, xml.encode("utf-8"))
    print(f"wrote {target} ({target.stat().st_size} bytes, {len(PARTS)} parts)")


if __name__ == "__main__":
    main()
