import Foundation
import ThemaXML

/// List numbering of a .docx (`word/numbering.xml`): turns a paragraph's `numId`/`ilvl` into the marker
/// Word shows ("•", "1.", "a)", "2.1"), counting items as the document goes.
///
/// ```swift
/// var numbering = try DocxNumbering(xml: data, file: "verslag.docx")
/// numbering.nextMarker(numID: "3", level: 0)   // "1."
/// numbering.nextMarker(numID: "3", level: 0)   // "2."
/// ```
struct DocxNumbering {
  struct Level {
    var format: String
    var text: String
    var start: Int
  }

  private var levels: [String: [Int: Level]] = [:]  // abstractNumId → ilvl → level
  private var abstractOf: [String: String] = [:]  // numId → abstractNumId
  private var counters: [String: [Int]] = [:]  // numId → counter per level

  init() {}

  init(xml: Data, file: String) throws {
    let document = try DocxXML.parse(xml, file: file, part: "word/numbering.xml")
    let w = ["w": XMLNamespace.wordprocessingML]
    let ns = XMLNamespace.wordprocessingML
    for abstract in try DocxXML.select(document, "//w:abstractNum", w, file) {
      guard let id = abstract.attribute("abstractNumId", namespace: ns) else { continue }
      var byLevel: [Int: Level] = [:]
      for lvl in abstract.elements("lvl") {
        guard let ilvl = lvl.attribute("ilvl", namespace: ns).flatMap(Int.init) else { continue }
        byLevel[ilvl] = Level(
          format: lvl.element("numFmt")?.attribute("val", namespace: ns) ?? "decimal",
          text: lvl.element("lvlText")?.attribute("val", namespace: ns) ?? "",
          start: lvl.element("start")?.attribute("val", namespace: ns).flatMap(Int.init) ?? 1)
      }
      levels[id] = byLevel
    }
    for num in try DocxXML.select(document, "//w:num", w, file) {
      if let id = num.attribute("numId", namespace: ns),
        let abstract = num.element("abstractNumId")?.attribute("val", namespace: ns)
      {
        abstractOf[id] = abstract
      }
    }
  }

  /// Whether `numID` names a list (Word uses numId 0 to switch numbering off).
  func isList(_ numID: String) -> Bool { numID != "0" }

  /// Counts one more item of list `numID` at `level` and returns its marker; a bullet when the list is
  /// not defined in numbering.xml.
  mutating func nextMarker(numID: String, level: Int) -> String {
    let defs = abstractOf[numID].flatMap { levels[$0] } ?? [:]
    var counter = counters[numID] ?? Array(repeating: 0, count: 9)
    let lvl = min(max(level, 0), 8)
    counter[lvl] = counter[lvl] == 0 ? (defs[lvl]?.start ?? 1) : counter[lvl] + 1
    for deeper in (lvl + 1)..<9 { counter[deeper] = 0 }
    counters[numID] = counter
    guard let definition = defs[lvl] else { return "•" }
    if definition.format == "bullet" { return Self.bullet(definition.text) }
    if definition.format == "none" { return "" }
    var marker = definition.text
    for k in (1...9).reversed() where marker.contains("%\(k)") {
      let format = defs[k - 1]?.format ?? "decimal"
      let value = max(counter[k - 1], defs[k - 1]?.start ?? 1)
      marker = marker.replacingOccurrences(of: "%\(k)", with: Self.format(value, format))
    }
    return marker
  }

  /// Word writes bullet glyphs in symbol fonts as private-use characters ( for •).
  static func bullet(_ text: String) -> String {
    guard let scalar = text.unicodeScalars.first else { return "•" }
    switch scalar.value {
    case 0xF0B7, 0xF0A7, 0xF06C, 0xF0FC, 0xF0D8, 0xF076: return "•"
    default: return (0xE000...0xF8FF).contains(scalar.value) ? "•" : text
    }
  }

  static func format(_ value: Int, _ format: String) -> String {
    switch format {
    case "lowerLetter": return letters(value).lowercased()
    case "upperLetter": return letters(value)
    case "lowerRoman": return roman(value).lowercased()
    case "upperRoman": return roman(value)
    default: return String(value)
    }
  }

  static func letters(_ value: Int) -> String {
    guard value > 0 else { return String(value) }
    let letter = Character(Unicode.Scalar(UInt8(65 + (value - 1) % 26)))
    return String(repeating: letter, count: (value - 1) / 26 + 1)
  }

  static func roman(_ value: Int) -> String {
    guard value > 0, value < 4000 else { return String(value) }
    let table: [(Int, String)] = [
      (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
      (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    ]
    var rest = value
    var result = ""
    for (n, s) in table {
      while rest >= n {
        result += s
        rest -= n
      }
    }
    return result
  }
}
