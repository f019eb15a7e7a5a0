import Foundation

/// Generates large, deterministic Dutch TEI transcripts and Word documents for the reader benchmark.
/// The vocabulary is written for Thema (no published text).
///
/// ```swift
/// let tei = SampleTranscripts.tei(bytes: 1_000_000, seed: 7)           // about 1 MB of TEI
/// let xml = SampleTranscripts.wordDocumentXML(bytes: 1_000_000, seed: 7)
/// ```
enum SampleTranscripts {
  static let words = [
    "docenten", "team", "onderzoek", "leerlingen", "innovatie", "leren", "praktijk", "school", "opleiding",
    "collega's", "samen", "ontwerpen", "reflecteren", "lesgeven", "werkplaats", "schoolleiding", "ideeën",
    "feedback", "leiderschap", "verandering", "kennis", "cultuur", "visie", "begeleiding", "stage",
    "studenten", "vaardigheden", "ervaring", "werkgroep", "onderwijs", "klas", "organisatie", "netwerk",
    "masteropleiding", "professionalisering", "beleid", "rol", "eigen", "nieuwe", "belangrijk", "vaak",
    "soms", "echt", "misschien", "natuurlijk", "eigenlijk", "duidelijk", "lastig", "mooi", "moeilijk",
    "we", "ik", "jullie", "zij", "het", "de", "een", "en", "maar", "dus", "omdat", "want", "dat", "die",
    "met", "voor", "over", "in", "op", "bij", "naar", "van", "werken", "denken", "zien", "merken",
    "proberen", "delen", "vragen", "bespreken", "evalueren", "ontwikkelen", "geven", "nemen", "hebben",
    "zijn", "doen", "maken", "gaan", "ook", "nog", "al", "niet", "wel", "heel", "meer", "minder",
    "café-gesprek", "één", "coördinatie", "financiën", "überhaupt", "zó",
  ]

  static func sentence(_ rng: inout SplitMix64) -> String {
    let count = Int(rng.next() % 13) + 5
    var parts: [String] = []
    for index in 0..<count {
      var word = words[Int(rng.next() % UInt64(words.count))]
      if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
      parts.append(word)
    }
    let end = [".", ".", ".", "?", "!"][Int(rng.next() % 5)]
    return parts.joined(separator: " ") + end
  }

  // MARK: - TEI

  /// About `bytes` of TEI P5 spoken text: 12 participants, a timeline with one `<when>` per utterance,
  /// `<div>`s with heads, pauses, incidents and escaped characters.
  static func tei(bytes: Int, seed: UInt64) -> Data {
    var rng = SplitMix64(state: seed)
    var body = ""
    body.reserveCapacity(bytes)
    var utterance = 0
    var division = 0
    while body.utf8.count < bytes - 4000 {
      division += 1
      body += "<div type=\"thema\"><head>Thema \(division): \(sentence(&rng))</head>\n"
      for _ in 0..<150 {
        utterance += 1
        let speaker = utterance % 4 == 1 ? "I" : "R\(Int(rng.next() % 11) + 1)"
        var text = ""
        for s in 0..<(Int(rng.next() % 4) + 1) {
          if s > 0 {
            switch rng.next() % 10 {
            case 0: text += " <pause dur=\"PT2S\"/> "
            case 1: text += " <incident><desc>lacht</desc></incident> "
            case 2: text += " &amp; "
            default: text += "\n      "
            }
          }
          text += sentence(&rng)
        }
        body += "    <u xml:id=\"u\(utterance)\" who=\"#\(speaker)\" start=\"#T\(utterance - 1)\" end=\"#T\(utterance)\">\(text)</u>\n"
      }
      body += "</div>\n"
    }
    var people = "<person xml:id=\"I\" role=\"interviewer\"><persName>Gespreksleider</persName></person>\n"
    for r in 1...11 { people += "<person xml:id=\"R\(r)\" role=\"respondent\"><persName>Deelnemer \(r)</persName></person>\n" }
    var timeline = "<timeline unit=\"s\" origin=\"#T0\"><when xml:id=\"T0\" absolute=\"09:00:00\"/>\n"
    var seconds = 0.0
    for index in 1...max(utterance, 1) {
      seconds += Double(rng.next() % 300) / 10 + 1
      timeline += "<when xml:id=\"T\(index)\" interval=\"\(seconds)\" since=\"#T0\"/>\n"
    }
    timeline += "</timeline>\n"
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader><fileDesc><titleStmt><title>Focusgroep (gegenereerd)</title></titleStmt></fileDesc>
      <profileDesc><particDesc><listPerson>
      \(people)</listPerson></particDesc></profileDesc></teiHeader>
      <text><front>\(timeline)</front><body>
      \(body)</body></text></TEI>

      """
    return Data(document.utf8)
  }

  // MARK: - Word

  /// About `bytes` of WordprocessingML (`word/document.xml`) as Word writes it: revision ids on every
  /// paragraph, runs with properties, headings, bullets and numbered items, tables, tracked changes.
  static func wordDocumentXML(bytes: Int, seed: UInt64) -> Data {
    var rng = SplitMix64(state: seed)
    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    out += "<w:document xmlns:w=\"\(DocxPackage.wordNamespace)\"><w:body>"
    out.reserveCapacity(bytes + 10_000)
    var count = 0
    func rsid() -> String { String(format: "00%06X", UInt32(truncatingIfNeeded: rng.next()) & 0xFFFFFF) }
    func run(_ text: String, bold: Bool = false) -> String {
      let properties = bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "<w:rPr><w:lang w:val=\"nl-NL\"/></w:rPr>"
      return "<w:r w:rsidRPr=\"\(rsid())\">\(properties)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    func paragraph(_ properties: String, _ runs: String) -> String {
      "<w:p w:rsidR=\"\(rsid())\" w:rsidRDefault=\"\(rsid())\" w:rsidP=\"\(rsid())\"><w:pPr>\(properties)</w:pPr>\(runs)</w:p>"
    }
    while out.utf8.count < bytes - 200 {
      count += 1
      switch count % 40 {
      case 1:
        out += paragraph("<w:pStyle w:val=\"Kop1\"/>", run("Agendapunt \(count / 40 + 1): " + sentence(&rng)))
      case 2, 20:
        out += paragraph("<w:pStyle w:val=\"Kop2\"/>", run(sentence(&rng)))
      case 5, 6, 7:
        out += paragraph("<w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>", run(sentence(&rng)))
      case 10, 11:
        out += paragraph("<w:numPr><w:ilvl w:val=\"\(count % 2)\"/><w:numId w:val=\"2\"/></w:numPr>", run(sentence(&rng)))
      case 30:
        var table = "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabelraster\"/><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid>"
        for row in 0..<5 {
          table += "<w:tr w:rsidR=\"\(rsid())\">"
          for column in 0..<3 {
            let text = row == 0 ? ["Maand", "Activiteit", "Wie"][column] : sentence(&rng)
            table += "<w:tc><w:tcPr><w:tcW w:w=\"3000\" w:type=\"dxa\"/></w:tcPr>\(paragraph("<w:spacing w:after=\"0\"/>", run(text)))</w:tc>"
          }
          table += "</w:tr>"
        }
        out += table + "</w:tbl>"
      case 15:
        let inserted = "<w:ins w:id=\"\(count)\" w:author=\"Notulist\" w:date=\"2019-03-12T10:00:00Z\">\(run(sentence(&rng) + " "))</w:ins>"
        let deleted = "<w:del w:id=\"\(count + 1)\" w:author=\"Notulist\" w:date=\"2019-03-12T10:00:00Z\"><w:r><w:delText xml:space=\"preserve\">\(sentence(&rng)) </w:delText></w:r></w:del>"
        out += paragraph("<w:jc w:val=\"both\"/>", run(sentence(&rng) + " ") + inserted + deleted + run(sentence(&rng)))
      default:
        var runs = ""
        for index in 0..<(Int(rng.next() % 4) + 1) {
          runs += run((index > 0 ? " " : "") + sentence(&rng), bold: rng.next() % 7 == 0)
        }
        out += paragraph("<w:spacing w:after=\"120\"/><w:jc w:val=\"both\"/>", runs)
      }
    }
    out += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"
    return Data(out.utf8)
  }

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(DocxPackage.wordNamespace)"><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style></w:styles>
    """

  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="\(DocxPackage.wordNamespace)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>
    """
}
