import Foundation

// MARK: - Attribute values

extension AnalysisData {
  /// Attribute names every segment answers besides its own and its document's attributes.
  ///
  /// - `document`: the document's name; `kind`: the segment kind; `heading`: the innermost heading;
  /// - `speaker`: the speaker of a turn;
  /// - `dimension` / `context`: a placemat cell; taken from the segment's attributes, else from the
  ///   innermost heading of the form "Dimension – context" (the placemat notes' convention).
  public static let builtInAttributes = ["document", "kind", "heading", "speaker", "dimension", "context"]

  /// The value of `key` for a segment: the segment's own attribute first, then its document's, then the
  /// built-in ones (see `builtInAttributes`). Nil when it has none.
  ///
  /// ```swift
  /// data.value("programme", segment: 12)   // "Fontys" (from the document)
  /// ```
  public func value(_ key: String, segment index: Int) -> String? {
    let segment = segments[index]
    if let value = segment.attributes[key] { return value }
    let document = documents[segment.document]
    if let value = document.attributes[key] { return value }
    switch key {
    case "document": return document.name
    case "kind": return segment.kind
    case "heading": return segment.headingPath.last
    case "dimension", "context":
      guard let heading = segment.headingPath.last else { return nil }
      return Self.placematCell(heading).map { key == "dimension" ? $0.0 : $0.1 }
    default: return nil
    }
  }

  /// Splits a placemat heading "Omgaan met het werk – klas" into (dimension, context).
  static func placematCell(_ heading: String) -> (String, String)? {
    for separator in [" – ", " — ", " - "] {
      let parts = heading.components(separatedBy: separator)
      if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
        return (parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces))
      }
    }
    return nil
  }

  /// The distinct values of `key` over all segments, sorted.
  public func values(of key: String) -> [String] {
    var seen = Set<String>()
    for index in segments.indices { if let v = value(key, segment: index) { seen.insert(v) } }
    return seen.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
  }
}
