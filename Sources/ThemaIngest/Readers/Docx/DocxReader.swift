import Foundation
import ThemaXML

/// Reads Word documents (.docx): minutes, profiles, placemat tables.
///
/// - Paragraphs become segments; heading levels come from the paragraph style (Heading 1–9, Dutch
///   "Kop 1–9", Title; via `word/styles.xml`) or the outline level, and build the heading path.
/// - Numbered and bulleted paragraphs (`w:numPr`, directly or through the style) become list items with
///   their nesting level and the marker Word shows ("1.", "a)", "•"; via `word/numbering.xml`).
/// - A table row becomes one segment, its cells joined by " | "; the first row is taken as the header
///   row, and each cell of the other rows is kept in `attributes` under its column header.
/// - `<w:tab/>` becomes a tab, `<w:br/>` a line break. Tracked changes are read as accepted: inserted text
///   is kept, deleted (`w:del`, `w:moveFrom`) text left out.
/// - Comments, footnotes and endnotes become `notes` of the segment that refers to them.
/// - Offsets refer to `word/document.xml` inside the package (`Segment.part`).
/// - Package guards: see ``SafeZipArchive`` (path traversal, decompression bombs).
/// - Memory: `word/document.xml` is inflated chunk by chunk straight into the streaming XML parser,
///   never held whole; the small parts (styles, numbering, comments, notes) are read whole.
///
/// ```swift
/// let document = try DocxReader().read(data, name: "verslag-overleg.docx")
/// document.segments.filter { $0.kind == .heading }.map(\.text)
/// ```
public struct DocxReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    var parse = try DocxParse(data, name: name, keepsTables: false, consumer: nil)
    try parse.run()
    return IngestedDocument(format: .docx, encoding: nil, segments: parse.segments, warnings: parse.warnings)
  }

  /// Streams the segments: each goes to `consume` as soon as the next one is complete, and none is
  /// kept, so memory does not grow with the document (see ``DocumentReader/read(_:name:segments:)``).
  public func read(_ data: Data, name: String, segments consume: (Segment) throws -> Void) throws -> IngestedDocument {
    try withoutActuallyEscaping(consume) { consume in
      var parse = try DocxParse(data, name: name, keepsTables: false, consumer: consume)
      try parse.run()
      return IngestedDocument(format: .docx, encoding: nil, segments: [], warnings: parse.warnings)
    }
  }

  /// The tables of a .docx: per table, per row, the cells' text with their maps (for the placemat reader).
  static func tables(_ data: Data, name: String) throws -> (tables: [[DocxParse.Row]], warnings: [String]) {
    var parse = try DocxParse(data, name: name, keepsTables: true, consumer: nil)
    try parse.run()
    return (parse.tables, parse.warnings)
  }
}

/// One pass over a .docx package.
struct DocxParse {
  /// A table row: the row segment and each cell's text as a segment of its own (same part and map
  /// coordinates).
  struct Row {
    var segment: Segment
    var cells: [Segment]
    var isHeader: Bool
  }

  private struct Paragraph {
    var builder = SegmentTextBuilder(collapsesWhitespace: false)
    var styleID: String?
    var numID: String?
    var numLevel: Int?
    var outlineLevel: Int?
    var notes: [String] = []
    /// Whether the paragraph sits in a table cell: its text then goes into the row.
    var inCell = false
  }

  private struct Table {
    var headers: [String]?
    var rows: [Row] = []
    var row: SegmentTextBuilder?
    /// The current cell's own text (built alongside the row's) and the finished cells of the row.
    var cell = SegmentTextBuilder(collapsesWhitespace: false)
    var cells: [Segment?] = []
    var rowIsHeader = false
    var rowNotes: [String] = []
    var cellParagraphs = 0
    var cellOpen = false
  }

  let name: String
  let part: String
  private let zip: SafeZipArchive
  /// Whether the rows of each table are kept in ``tables`` (for the placemat reader; the segments have
  /// them already, so the plain reader does not keep a second copy).
  private let keepsTables: Bool
  private var styles = DocxStyles()
  private var numbering = DocxNumbering()
  /// Heading level and list numbering per paragraph style, looked up once per style.
  private var styleCache: [String: (level: Int?, list: (id: String, level: Int)?)] = [:]
  private var comments: [String: String] = [:]
  private var footnotes: [String: String] = [:]
  private var endnotes: [String: String] = [:]
  /// The finished segments, when they are kept (no `consumer`).
  private(set) var segments: [Segment] = []
  /// Where finished segments go instead of `segments`.
  private let consumer: ((Segment) throws -> Void)?
  /// The last finished segment, held back until the next one is finished: a paragraph without text of
  /// its own may still attach a note to it.
  private var pending: Segment?
  private(set) var tables: [[Row]] = []
  private(set) var warnings: [String] = []

  private var paragraphs: [Paragraph] = []
  private var tableStack: [Table] = []
  private var headingStack: [(level: Int, text: String)] = [] {
    didSet { headingPath = headingStack.map(\.text) }
  }
  /// The texts of `headingStack`, built once per heading: every segment under it shares this array's
  /// storage instead of holding a copy.
  private var headingPath: [String] = []
  private var skipDepth = 0
  private var runDepth = 0
  private var inText = false
  private var inProperties = 0
  private var unlocated = false
  /// Unexpanded entity references by name, in order of first appearance, and missing notes already
  /// reported: one warning each, however often they occur (warnings must not grow with the document).
  private var entityReferences: [(name: String, count: Int)] = []
  private var entityIndex: [String: Int] = [:]
  private var missingNotes: Set<String> = []

  static let skippedElements: Set<String> = [
    "del", "moveFrom", "pPrChange", "rPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange",
    "Fallback", "instrText", "delText",
  ]

  init(_ data: Data, name: String, keepsTables: Bool, consumer: ((Segment) throws -> Void)?) throws {
    self.name = name
    self.keepsTables = keepsTables
    self.consumer = consumer
    let zip = try SafeZipArchive(data, name: name)
    let rels = try Self.relationships(zip, from: "_rels/.rels", base: "")
    let main = rels["officeDocument"] ?? "word/document.xml"
    guard zip.paths.contains(main) else {
      throw IngestError.invalid(file: name, reason: "the package has no main document part (\(main)); is it a Word document?")
    }
    part = main
    self.zip = zip
    let folder = main.split(separator: "/").dropLast().joined(separator: "/")
    let relsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/" + (main.split(separator: "/").last ?? "") + ".rels"
    let parts = try Self.relationships(zip, from: relsPath, base: folder)
    func load(_ type: String, _ fallback: String) throws -> (String, Data)? {
      let path = parts[type] ?? fallback
      return try zip.contents(of: path).map { (path, $0) }
    }
    if let (_, xml) = try load("styles", "word/styles.xml") { styles = try DocxStyles(xml: xml, file: name) }
    if let (_, xml) = try load("numbering", "word/numbering.xml") { numbering = try DocxNumbering(xml: xml, file: name) }
    if let (path, xml) = try load("comments", "word/comments.xml") {
      comments = try DocxNotes.read(xml, part: path, element: "comment", file: name)
    }
    if let (path, xml) = try load("footnotes", "word/footnotes.xml") {
      footnotes = try DocxNotes.read(xml, part: path, element: "footnote", file: name)
    }
    if let (path, xml) = try load("endnotes", "word/endnotes.xml") {
      endnotes = try DocxNotes.read(xml, part: path, element: "endnote", file: name)
    }
  }

  /// Relationship type (last path component, e.g. "styles") → part path, from a .rels part.
  static func relationships(_ zip: SafeZipArchive, from path: String, base: String) throws -> [String: String] {
    guard let xml = try zip.contents(of: path) else { return [:] }
    let document = try DocxXML.parse(xml, file: zip.name, part: path)
    var result: [String: String] = [:]
    for node in try DocxXML.select(document, "//*[local-name()='Relationship']", [:], zip.name) {
      guard let type = node.attribute("Type")?.split(separator: "/").last, let target = node.attribute("Target"),
        node.attribute("TargetMode") != "External"
      else { continue }
      var resolved = target.hasPrefix("/") ? String(target.dropFirst()) : (base.isEmpty ? target : base + "/" + target)
      // Normalise "word/../x" (still inside the package; SafeZipArchive refuses entries outside it).
      var components: [Substring] = []
      for component in resolved.split(separator: "/") {
        if component == ".." { _ = components.popLast() } else if component != "." { components.append(component) }
      }
      resolved = components.joined(separator: "/")
      if result[String(type)] == nil { result[String(type)] = resolved }
    }
    return result
  }

  // MARK: - The main document

  mutating func run() throws {
    let file = "\(name) (\(part))"
    let (zip, part) = (zip, part)
    do {
      try XMLStreamReader.read(name: file, feeding: { session in
        try zip.inflate(part) { chunk in try session.feed(chunk) }
      }) { event in try self.handle(event) }
    } catch let error as XMLParseError {
      throw IngestError(error)
    }
    try deliverPending()
    for (entity, count) in entityReferences {
      warnings.append("\(name): entity reference &\(entity); in \(part) left unexpanded" + (count > 1 ? " (\(count) times)." : "."))
    }
    if unlocated {
      warnings.append("\(name): some text of \(part) could not be located (not UTF-8?); its offsets point at the nearest known position.")
    }
  }

  private mutating func handle(_ event: XMLEvent) throws {
    switch event {
    case .start(let tag):
      if skipDepth > 0 {
        skipDepth += 1
        return
      }
      start(tag)
    case .end(let local, _, _):
      if skipDepth > 0 {
        skipDepth -= 1
        return
      }
      try end(local)
    case .text(let text):
      if skipDepth == 0, inText { appendText(text) }
    case .entityReference(let entity):
      if let index = entityIndex[entity] {
        entityReferences[index].count += 1
      } else {
        entityIndex[entity] = entityReferences.count
        entityReferences.append((entity, 1))
      }
    }
  }

  private func value(_ tag: XMLStartTag) -> String? {
    tag.attribute("val", namespace: XMLNamespace.wordprocessingML)
  }

  private mutating func start(_ tag: XMLStartTag) {
    let local = tag.localName
    if Self.skippedElements.contains(local) {
      skipDepth = 1
      return
    }
    switch local {
    case "p":
      var paragraph = Paragraph()
      if var table = tableStack.last, table.cellOpen {
        // A paragraph inside a table cell: its text goes into the row, paragraphs separated by "\n".
        if table.cellParagraphs > 0 {
          table.row?.appendSynthetic("\n")
          table.cell.appendSynthetic("\n")
        }
        table.cellParagraphs += 1
        tableStack[tableStack.count - 1] = table
        paragraph.inCell = true
      }
      paragraphs.append(paragraph)
    case "pPr", "rPr", "tblPr", "tcPr", "sectPr", "tblGrid":
      inProperties += 1
    case "pStyle" where inProperties > 0 && !paragraphs.isEmpty:
      paragraphs[paragraphs.count - 1].styleID = value(tag)
    case "numId" where inProperties > 0 && !paragraphs.isEmpty:
      paragraphs[paragraphs.count - 1].numID = value(tag)
    case "ilvl" where inProperties > 0 && !paragraphs.isEmpty:
      paragraphs[paragraphs.count - 1].numLevel = value(tag).flatMap(Int.init)
    case "outlineLvl" where inProperties > 0 && !paragraphs.isEmpty:
      paragraphs[paragraphs.count - 1].outlineLevel = value(tag).flatMap(Int.init)
    case "tblHeader":
      if !tableStack.isEmpty { tableStack[tableStack.count - 1].rowIsHeader = true }
    case "r":
      runDepth += 1
    case "t" where runDepth > 0:
      inText = true
    case "tab" where runDepth > 0 && inProperties == 0:
      appendSynthetic("\t")
    case "br" where runDepth > 0, "cr" where runDepth > 0:
      appendSynthetic("\n")
    case "noBreakHyphen" where runDepth > 0:
      appendSynthetic("-")
    case "commentReference":
      attachNote(tag, from: comments, kind: "comment")
    case "footnoteReference":
      attachNote(tag, from: footnotes, kind: "footnote")
    case "endnoteReference":
      attachNote(tag, from: endnotes, kind: "endnote")
    case "tbl":
      tableStack.append(Table())
    case "tr" where !tableStack.isEmpty:
      var table = tableStack[tableStack.count - 1]
      table.row = SegmentTextBuilder(collapsesWhitespace: false)
      table.cells = []
      table.rowIsHeader = false
      table.rowNotes = []
      tableStack[tableStack.count - 1] = table
    case "tc" where !tableStack.isEmpty:
      var table = tableStack[tableStack.count - 1]
      if !table.cells.isEmpty { table.row?.appendSynthetic(" | ") }
      table.cell = SegmentTextBuilder(collapsesWhitespace: false)
      table.cellParagraphs = 0
      table.cellOpen = true
      tableStack[tableStack.count - 1] = table
    default:
      break
    }
  }

  private mutating func end(_ local: String) throws {
    switch local {
    case "pPr", "rPr", "tblPr", "tcPr", "sectPr", "tblGrid":
      inProperties = max(0, inProperties - 1)
    case "r":
      runDepth = max(0, runDepth - 1)
    case "t":
      inText = false
    case "p":
      guard let paragraph = paragraphs.popLast() else { return }
      if paragraph.inCell {
        finishCellParagraph(paragraph)
      } else {
        try finishParagraph(paragraph)
      }
    case "tc" where !tableStack.isEmpty:
      var table = tableStack[tableStack.count - 1]
      table.cells.append(table.cell.segment(kind: .tableRow, headingPath: headingPath, part: part)?.0)
      table.cellOpen = false
      tableStack[tableStack.count - 1] = table
    case "tr" where !tableStack.isEmpty:
      try finishRow()
    case "tbl" where !tableStack.isEmpty:
      let table = tableStack.removeLast()
      if keepsTables { tables.append(table.rows) }
    default:
      break
    }
  }

  /// Whether text now goes into a table row (the innermost paragraph sits in a cell).
  private var writesToRow: Bool {
    paragraphs.last?.inCell == true && tableStack.last?.row != nil
  }

  private mutating func appendText(_ text: XMLText) {
    if writesToRow {
      tableStack[tableStack.count - 1].row!.append(text)
      tableStack[tableStack.count - 1].cell.append(text)
    } else if !paragraphs.isEmpty {
      paragraphs[paragraphs.count - 1].builder.append(text)
    }
  }

  private mutating func appendSynthetic(_ string: String) {
    if writesToRow {
      tableStack[tableStack.count - 1].row!.appendSynthetic(string)
      tableStack[tableStack.count - 1].cell.appendSynthetic(string)
    } else if !paragraphs.isEmpty {
      paragraphs[paragraphs.count - 1].builder.appendSynthetic(string)
    }
  }

  private mutating func attachNote(_ tag: XMLStartTag, from notes: [String: String], kind: String) {
    guard let id = tag.attribute("id", namespace: XMLNamespace.wordprocessingML) else { return }
    let note = notes[id] ?? {
      if missingNotes.insert("\(kind) \(id)").inserted {
        warnings.append("\(name): the \(kind) \(id) referred to in \(part) is missing.")
      }
      return "(\(kind) \(id) ontbreekt)"
    }()
    if writesToRow {
      tableStack[tableStack.count - 1].rowNotes.append(note)
    } else if !paragraphs.isEmpty {
      paragraphs[paragraphs.count - 1].notes.append(note)
    }
  }

  // MARK: - Finishing units

  private mutating func finishCellParagraph(_ paragraph: Paragraph) {
    if !paragraph.notes.isEmpty { tableStack[tableStack.count - 1].rowNotes += paragraph.notes }
  }

  private mutating func finishParagraph(_ paragraph: Paragraph) throws {
    guard let (segment, lost) = paragraph.builder.segment(kind: .paragraph, part: part) else {
      if !paragraph.notes.isEmpty { pending?.notes += paragraph.notes }
      return
    }
    unlocated = unlocated || lost
    var result = segment
    result.notes = paragraph.notes
    let styleID = paragraph.styleID ?? ""
    let style: (level: Int?, list: (id: String, level: Int)?)
    if styleID.isEmpty {
      style = (nil, nil)
    } else if let cached = styleCache[styleID] {
      style = cached
    } else {
      style = (styles.headingLevel(of: styleID), styles.numbering(of: styleID))
      styleCache[styleID] = style
    }
    var level = style.level
    if let outline = paragraph.outlineLevel { level = (0...8).contains(outline) ? outline + 1 : nil }
    let styleList = style.list
    let numID = paragraph.numID ?? styleList?.id
    if let level {
      let title = result.text.trimmingCharacters(in: .whitespaces)
      while let last = headingStack.last, last.level >= level { headingStack.removeLast() }
      headingStack.append((level, title))
      result.kind = .heading
      result.headingPath = headingPath
    } else if let numID, numbering.isList(numID) {
      let listLevel = paragraph.numLevel ?? styleList?.level ?? 0
      result.kind = .listItem
      result.listLevel = listLevel
      result.marker = numbering.nextMarker(numID: numID, level: listLevel)
      result.headingPath = headingPath
    } else {
      result.headingPath = headingPath
    }
    try deliver(result)
  }

  private mutating func finishRow() throws {
    var table = tableStack[tableStack.count - 1]
    defer {
      table.row = nil
      tableStack[tableStack.count - 1] = table
    }
    guard let builder = table.row, let (rowSegment, lost) = builder.segment(kind: .tableRow, part: part) else {
      return
    }
    unlocated = unlocated || lost
    // An empty cell is an empty segment at the start of the row.
    let cells: [Segment] = table.cells.map { cell in
      cell
        ?? Segment(
          kind: .tableRow, headingPath: headingPath, text: "", start: rowSegment.start,
          end: rowSegment.start, byteStart: rowSegment.byteStart, byteEnd: rowSegment.byteStart, map: OffsetMap(),
          part: part)
    }
    var segment = rowSegment
    segment.headingPath = headingPath
    segment.notes = table.rowNotes
    let isHeader = table.headers == nil || table.rowIsHeader
    if isHeader {
      table.headers = cells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
      segment.attributes["header"] = "true"
    } else if let headers = table.headers {
      for (index, cell) in cells.enumerated() {
        var key = index < headers.count ? headers[index] : ""
        if key.isEmpty || segment.attributes[key] != nil { key = "kolom \(index + 1)" }
        segment.attributes[key] = cell.text.trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
    try deliver(segment)
    if keepsTables { table.rows.append(Row(segment: segment, cells: cells, isHeader: isHeader)) }
  }

  // MARK: - Delivering segments

  /// Holds `segment` back and passes on the one before it.
  private mutating func deliver(_ segment: Segment) throws {
    try deliverPending()
    pending = segment
  }

  private mutating func deliverPending() throws {
    guard let segment = pending else { return }
    pending = nil
    if let consumer { try consumer(segment) } else { segments.append(segment) }
  }
}
