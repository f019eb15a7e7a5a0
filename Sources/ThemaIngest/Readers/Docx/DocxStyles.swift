import Foundation
import ThemaXML

/// Paragraph styles of a .docx (`word/styles.xml`): which are headings, at which level, and which carry
/// list numbering.
///
/// A style is a heading of level n when its name is "heading n" (how Word stores its built-in names,
/// also in Dutch Word) or "Kop n" (the Dutch display name some files store), when its id is `Heading n`
/// / `Kopn`, or when it has an outline level (`w:outlineLvl` 0–8 → level 1–9); otherwise it inherits
/// from the style it is based on. "Title"/"Titel" counts as level 1.
///
/// ```swift
/// let styles = try DocxStyles(xml: data, file: "verslag.docx")
/// styles.headingLevel(of: "Kop2")   // 2
/// ```
struct DocxStyles {
  struct Style {
    var name: String?
    var basedOn: String?
    var outlineLevel: Int?
    var numID: String?
    var numLevel: Int?
  }

  private(set) var styles: [String: Style] = [:]

  init() {}

  init(xml: Data, file: String) throws {
    let document = try DocxXML.parse(xml, file: file, part: "word/styles.xml")
    let w = ["w": XMLNamespace.wordprocessingML]
    for node in try DocxXML.select(document, "//w:style[@w:type='paragraph']", w, file) {
      guard let id = node.attribute("styleId", namespace: XMLNamespace.wordprocessingML) else { continue }
      let val = { (path: String) -> String? in
        (try? document.select(path, namespaces: w, from: node))?.first?.attribute("val", namespace: XMLNamespace.wordprocessingML)
      }
      styles[id] = Style(
        name: val("w:name"), basedOn: val("w:basedOn"), outlineLevel: val("w:pPr/w:outlineLvl").flatMap(Int.init),
        numID: val("w:pPr/w:numPr/w:numId"), numLevel: val("w:pPr/w:numPr/w:ilvl").flatMap(Int.init))
    }
  }

  /// The heading level (1–9) of a paragraph style, `nil` for body text.
  func headingLevel(of styleID: String) -> Int? {
    var current: String? = styleID
    var seen: Set<String> = []
    while let id = current, seen.insert(id).inserted {
      let style = styles[id]
      if let level = Self.level(named: style?.name ?? "") ?? Self.level(named: id) { return level }
      if let outline = style?.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
      current = style?.basedOn
    }
    return nil
  }

  /// The list numbering a style carries (`numId`, level), following `basedOn`.
  func numbering(of styleID: String) -> (id: String, level: Int)? {
    var current: String? = styleID
    var seen: Set<String> = []
    while let id = current, seen.insert(id).inserted {
      if let num = styles[id]?.numID { return (num, styles[id]?.numLevel ?? 0) }
      current = styles[id]?.basedOn
    }
    return nil
  }

  /// "heading 2", "Heading2", "Kop 2", "kop2" → 2; "Title", "Titel" → 1.
  static func level(named raw: String) -> Int? {
    let name = raw.lowercased().replacingOccurrences(of: " ", with: "")
    if name == "title" || name == "titel" { return 1 }
    for prefix in ["heading", "kop"] where name.hasPrefix(prefix) {
      if let level = Int(name.dropFirst(prefix.count)), (1...9).contains(level) { return level }
    }
    return nil
  }
}

/// Parsing helpers shared by the .docx parts read as trees.
enum DocxXML {
  static func parse(_ data: Data, file: String, part: String) throws -> XMLDocumentNode {
    do {
      return try XMLDocumentNode.parse(data, name: "\(file) (\(part))")
    } catch {
      throw IngestError(error)
    }
  }

  static func select(
    _ document: XMLDocumentNode, _ path: String, _ namespaces: [String: String], _ file: String
  ) throws -> [XMLTreeNode] {
    do {
      return try document.select(path, namespaces: namespaces)
    } catch {
      throw IngestError(error)
    }
  }
}
