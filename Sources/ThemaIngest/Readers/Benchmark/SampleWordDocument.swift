import Foundation

/// Generates large, deterministic Dutch Word documents (meeting minutes) for the reader benchmark, in
/// the shape Word writes them: revision ids (`w:rsidR`, `w14:paraId`) on every paragraph, runs with
/// their own properties (fonts, language, bold), proofing marks and bookmarks between runs, headings,
/// bulleted and numbered items, tables with a header row, tracked insertions and deletions. The text
/// is Thema's own vocabulary (``SampleTranscripts/sentence(_:)``).
///
/// The XML is produced in pieces, so a .docx of any size can be written with little memory:
///
/// ```swift
/// try SampleWordDocument.writeDocx(to: url, xmlBytes: 300_000_000, seed: 2019)   // streams to disk
/// let xml = SampleWordDocument.xml(bytes: 1_000_000, seed: 7)                     // small, in memory
/// ```
enum SampleWordDocument {
  static let namespaces =
    "xmlns:w=\"\(DocxPackage.wordNamespace)\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "
    + "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""

  /// About `bytes` of `word/document.xml`, in memory.
  static func xml(bytes: Int, seed: UInt64) -> Data {
    var data = Data()
    data.reserveCapacity(bytes + 10_000)
    generate(bytes: bytes, seed: seed) { piece in data.append(contentsOf: piece.utf8) }
    return data
  }

  /// Writes about `bytes` of `word/document.xml` to `url` (buffered in 1 MB pieces); returns its size.
  @discardableResult
  static func writeXML(to url: URL, bytes: Int, seed: UInt64) throws -> Int {
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    var buffer = Data()
    buffer.reserveCapacity(1 << 20 + 100_000)
    var written = 0
    var failure: (any Error)?
    generate(bytes: bytes, seed: seed) { piece in
      buffer.append(contentsOf: piece.utf8)
      if buffer.count >= 1 << 20, failure == nil {
        do { try handle.write(contentsOf: buffer) } catch { failure = error }
        written += buffer.count
        buffer.removeAll(keepingCapacity: true)
      }
    }
    if let failure { throw failure }
    try handle.write(contentsOf: buffer)
    return written + buffer.count
  }

  /// Writes a .docx to `url` whose `word/document.xml` has about `xmlBytes` bytes, with the styles and
  /// numbering it refers to, going through a temporary file (never the whole XML in memory). Returns the
  /// size of the document XML.
  @discardableResult
  static func writeDocx(to url: URL, xmlBytes: Int, seed: UInt64) throws -> Int {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-docx-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let xml = folder.appendingPathComponent("document.xml")
    let size = try writeXML(to: xml, bytes: xmlBytes, seed: seed)
    try DocxPackage.write(to: url, documentXML: xml, styles: styles, numbering: numbering)
    return size
  }

  /// The .docx size per byte of document XML, measured on a 4 MB sample: to aim at a file size.
  static func compressionRatio(seed: UInt64) throws -> Double {
    let sample = xml(bytes: 4_000_000, seed: seed)
    let package = try DocxPackage.make(documentData: sample, styles: styles, numbering: numbering)
    return Double(sample.count) / Double(package.count)
  }

  // MARK: - Generating

  /// Calls `emit` with consecutive pieces of about `bytes` of document XML.
  static func generate(bytes: Int, seed: UInt64, _ emit: (String) -> Void) {
    var rng = SplitMix64(state: seed)
    var size = 0
    func put(_ piece: String) {
      size += piece.utf8.count
      emit(piece)
    }
    func hex(_ digits: Int) -> String {
      let value = rng.next() & ((1 << (4 * UInt64(digits))) - 1)
      let text = String(value, radix: 16, uppercase: true)
      return String(repeating: "0", count: digits - text.count) + text
    }
    func rsid() -> String { "00" + hex(6) }
    let font = "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\" w:cstheme=\"minorHAnsi\"/>"
    func run(_ text: String, bold: Bool = false) -> String {
      let properties = "<w:rPr>\(font)\(bold ? "<w:b/><w:bCs/>" : "")<w:lang w:val=\"nl-NL\"/></w:rPr>"
      return "<w:r w:rsidRPr=\"\(rsid())\">\(properties)<w:t xml:space=\"preserve\">\(text)</w:t></w:r>"
    }
    /// A sentence as Word stores it after a few editing sessions: split into runs, with a proofing
    /// mark around a word now and then.
    func runs(_ sentence: String) -> String {
      var out = ""
      var words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      while !words.isEmpty {
        let take = min(words.count, Int(rng.next() % 9) + 3)
        var text = words.prefix(take).joined(separator: " ")
        words.removeFirst(take)
        if !words.isEmpty { text += " " }
        if rng.next() % 6 == 0 { out += "<w:proofErr w:type=\"spellStart\"/>" }
        out += run(text, bold: rng.next() % 11 == 0)
        if rng.next() % 6 == 0 { out += "<w:proofErr w:type=\"spellEnd\"/>" }
      }
      return out
    }
    func paragraph(_ properties: String, _ content: String) -> String {
      "<w:p w:rsidR=\"\(rsid())\" w:rsidRDefault=\"\(rsid())\" w:rsidP=\"\(rsid())\" w14:paraId=\"\(hex(8))\" "
        + "w14:textId=\"\(hex(8))\"><w:pPr>\(properties)<w:rPr>\(font)<w:lang w:val=\"nl-NL\"/></w:rPr></w:pPr>\(content)</w:p>"
    }
    put("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document \(namespaces)><w:body>")
    var count = 0
    var bookmark = 0
    while size < bytes - 200 {
      count += 1
      switch count % 40 {
      case 1:
        put(paragraph("<w:pStyle w:val=\"Kop1\"/>", run("Agendapunt \(count / 40 + 1): " + SampleTranscripts.sentence(&rng))))
      case 2, 20:
        put(paragraph("<w:pStyle w:val=\"Kop2\"/>", run(SampleTranscripts.sentence(&rng))))
      case 5, 6, 7:
        put(
          paragraph(
            "<w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>",
            runs(SampleTranscripts.sentence(&rng))))
      case 10, 11:
        put(
          paragraph(
            "<w:pStyle w:val=\"Lijstalinea\"/><w:numPr><w:ilvl w:val=\"\(count % 2)\"/><w:numId w:val=\"2\"/></w:numPr>",
            runs(SampleTranscripts.sentence(&rng))))
      case 30:
        var table =
          "<w:tbl><w:tblPr><w:tblStyle w:val=\"Tabelraster\"/><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLook w:val=\"04A0\" "
          + "w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
          + "<w:tblGrid><w:gridCol w:w=\"3020\"/><w:gridCol w:w=\"3021\"/><w:gridCol w:w=\"3021\"/></w:tblGrid>"
        for row in 0..<5 {
          table += "<w:tr w:rsidR=\"\(rsid())\" w:rsidTr=\"\(rsid())\">" + (row == 0 ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
          for column in 0..<3 {
            let text = row == 0 ? run(["Maand", "Activiteit", "Wie"][column], bold: true) : runs(SampleTranscripts.sentence(&rng))
            table += "<w:tc><w:tcPr><w:tcW w:w=\"3020\" w:type=\"dxa\"/></w:tcPr>\(paragraph("<w:spacing w:after=\"0\"/>", text))</w:tc>"
          }
          table += "</w:tr>"
        }
        put(table + "</w:tbl>")
      case 15:
        let date = "w:author=\"Notulist\" w:date=\"2019-03-12T10:00:00Z\""
        let inserted = "<w:ins w:id=\"\(count)\" \(date)>\(run(SampleTranscripts.sentence(&rng) + " "))</w:ins>"
        let deleted =
          "<w:del w:id=\"\(count + 1)\" \(date)><w:r><w:rPr>\(font)</w:rPr><w:delText xml:space=\"preserve\">"
          + "\(SampleTranscripts.sentence(&rng)) </w:delText></w:r></w:del>"
        put(
          paragraph(
            "<w:jc w:val=\"both\"/>",
            runs(SampleTranscripts.sentence(&rng) + " ") + inserted + deleted + runs(SampleTranscripts.sentence(&rng))))
      default:
        var content = ""
        if rng.next() % 25 == 0 {
          bookmark += 1
          content += "<w:bookmarkStart w:id=\"\(bookmark)\" w:name=\"_Toc\(hex(8))\"/><w:bookmarkEnd w:id=\"\(bookmark)\"/>"
        }
        for index in 0..<(Int(rng.next() % 4) + 1) {
          content += runs((index > 0 ? " " : "") + SampleTranscripts.sentence(&rng))
        }
        put(paragraph("<w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:jc w:val=\"both\"/>", content))
      }
    }
    put(
      "<w:sectPr w:rsidR=\"\(rsid())\"><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" "
        + "w:bottom=\"1417\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>")
  }

  // MARK: - Parts the document refers to

  static let styles = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:styles xmlns:w="\(DocxPackage.wordNamespace)"><w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/></w:style><w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="Lijstalinea"><w:name w:val="List Paragraph"/></w:style></w:styles>
    """

  static let numbering = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <w:numbering xmlns:w="\(DocxPackage.wordNamespace)"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num></w:numbering>
    """
}
