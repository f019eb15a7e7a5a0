import Foundation

@testable import ThemaIngest

/// Small Word documents written for the tests (Dutch minutes of a programme meeting).
enum DocxFixtures {
  static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

  static func paragraph(_ text: String, style: String? = nil, num: (Int, Int)? = nil, outline: Int? = nil) -> String {
    var properties = ""
    if let style { properties += "<w:pStyle w:val=\"\(style)\"/>" }
    if let num { properties += "<w:numPr><w:ilvl w:val=\"\(num.1)\"/><w:numId w:val=\"\(num.0)\"/></w:numPr>" }
    if let outline { properties += "<w:outlineLvl w:val=\"\(outline)\"/>" }
    let pPr = properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>"
    return "<w:p>\(pPr)<w:r><w:t xml:space=\"preserve\">\(text)</w:t></w:r></w:p>"
  }

  static func cell(_ text: String) -> String { "<w:tc><w:tcPr><w:tcW w:w=\"2000\"/></w:tcPr>\(paragraph(text))</w:tc>" }

  static func row(_ cells: [String]) -> String { "<w:tr>\(cells.map(cell).joined())</w:tr>" }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles \(w)>
    <w:style w:type="paragraph" w:styleId="Standaard"><w:name w:val="Normal"/></w:style>
    <w:style w:type="paragraph" w:styleId="Titel"><w:name w:val="Title"/></w:style>
    <w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
    <w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="Kop 2"/></w:style>
    <w:style w:type="paragraph" w:styleId="MijnKop"><w:name w:val="Mijn kop"/><w:basedOn w:val="Kop2"/></w:style>
    <w:style w:type="paragraph" w:styleId="Lijstopsomteken"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
    </w:styles>
    """

  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering \(w)>
    <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u{F0B7}"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
    <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum>
    <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
    <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
    </w:numbering>
    """

  static let comments = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:comments \(w)><w:comment w:id="0" w:author="Marije"><w:p><w:r><w:t>Graag een voorbeeld toevoegen.</w:t></w:r></w:p></w:comment></w:comments>
    """

  static let footnotes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:footnotes \(w)><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:id="1"><w:p><w:r><w:t>Zie het opleidingsprofiel van 2006.</w:t></w:r></w:p></w:footnote></w:footnotes>
    """

  static var body: String {
    [
      paragraph("Verslag programmaoverleg", style: "Titel"),
      paragraph("Opening", style: "Kop1"),
      paragraph("De voorzitter opent de vergadering &amp; heet iedereen welkom."),
      paragraph("Leren en innoveren", style: "Kop1"),
      paragraph("Werkplekleren", style: "Kop2"),
      "<w:p><w:r><w:t xml:space=\"preserve\">Docenten </w:t></w:r><w:ins w:id=\"5\" w:author=\"Jan\"><w:r><w:t xml:space=\"preserve\">onderzoeken </w:t></w:r></w:ins><w:del w:id=\"6\" w:author=\"Jan\"><w:r><w:delText>bestuderen </w:delText></w:r></w:del><w:r><w:t>hun eigen praktijk.</w:t></w:r><w:commentRangeStart w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>",
      paragraph("Eerste punt", num: (1, 0)),
      paragraph("Subpunt", num: (1, 1)),
      paragraph("Tweede punt", style: "Lijstopsomteken"),
      paragraph("Stap een", num: (2, 0)),
      paragraph("Stap twee", num: (2, 0)),
      paragraph("Stap twee a", num: (2, 1)),
      "<w:p><w:r><w:t>Kolom</w:t></w:r><w:r><w:tab/><w:t>waarde</w:t><w:br/><w:t>tweede regel</w:t></w:r></w:p>",
      paragraph("Eigen kop", style: "MijnKop"),
      paragraph("Kop via overzichtsniveau", outline: 0),
      "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2000\"/></w:tblGrid>",
      row(["Maand", "Activiteit", "Wie"]),
      row(["september", "Startbijeenkomst", "Team"]),
      row(["oktober", "Intervisie", ""]),
      "</w:tbl>",
      paragraph("Slot"),
    ].joined()
  }

  static var document: String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document \(w)><w:body>\(body)<w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr></w:body></w:document>"
  }

  static func minutes() throws -> Data {
    try DocxPackage.make(
      document: document, styles: styles, numbering: numbering, comments: comments, footnotes: footnotes)
  }
}
