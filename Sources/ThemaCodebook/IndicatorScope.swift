/// Where an indicator is looked for: in the segment's own text (the default), or in the structure the
/// segment is read in — the headings above it, the lead-in paragraph of the list it belongs to, or one of
/// its attributes (a placemat table's dimension and context columns). A match found in the structure
/// codes every segment under it (an *inherited* code), and `thema why` names the heading, lead-in or
/// attribute it came from.
///
/// In YAML: `in: text`, `in: heading`, `in: lead-in`, `in: attribute dimension` (or
/// `attribute:dimension`), or a list of these (`in: [text, heading]`).
///
/// ```swift
/// var indicator = Indicator(kind: .term, text: "onderzoeken")
/// indicator.scopes = [.text, .heading]          // also under a heading "Onderzoeken"
/// IndicatorScope(parsing: "attribute dimension") // .attribute("dimension")
/// ```
public enum IndicatorScope: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The segment's own text.
  case text
  /// Any heading of the segment's heading path (the segment's own text, for a heading, is `text`).
  case heading
  /// The paragraph that introduces the list a list item belongs to: the paragraph directly before the
  /// list's first item, when it ends with a colon ("De afgestudeerde is een leraar die:").
  case leadIn
  /// The value of the segment attribute of this name (placemat tables: `dimension`, `context`).
  case attribute(String)

  /// Reads `text`, `heading`, `lead-in`, `attribute NAME` / `attribute:NAME`; nil for anything else.
  public init?(parsing raw: String) {
    let text = raw.trimmingWhitespace
    switch text.lowercased() {
    case "text", "tekst": self = .text
    case "heading", "headings", "kop": self = .heading
    case "lead-in", "leadin", "inleiding": self = .leadIn
    default:
      let lower = text.lowercased()
      guard lower.hasPrefix("attribute") else { return nil }
      var name = Substring(text.dropFirst("attribute".count))
      while let first = name.first, first == ":" || first.isWhitespace { name.removeFirst() }
      guard !name.isEmpty, !name.contains(where: \.isWhitespace) else { return nil }
      self = .attribute(String(name))
    }
  }

  /// The scope as written in YAML (`text`, `heading`, `lead-in`, `attribute dimension`).
  public var description: String {
    switch self {
    case .text: "text"
    case .heading: "heading"
    case .leadIn: "lead-in"
    case .attribute(let name): "attribute \(name)"
    }
  }

  /// Whether the scope looks outside the segment's own text.
  public var isContext: Bool { self != .text }
}

extension Codebook {
  /// Whether any indicator looks outside the segment's own text (`in: heading`, `lead-in`, `attribute`)
  /// or the codebook has `uncoded-sections`: only then does coding need the segments' structure.
  ///
  /// ```swift
  /// if codebook.usesContext { /* read heading paths, list structure and attributes too */ }
  /// ```
  public var usesContext: Bool {
    !uncodedSections.isEmpty || concepts.contains { concept in concept.indicators.contains { $0.scopes != [.text] } }
  }
}
