import Foundation
import ThemaIngest

// MARK: - Attribute values

extension AnalysisData {
  /// Attribute names every segment answers besides its own and its document's attributes.
  ///
  /// - `document`: the document's name; `kind`: the segment kind; `heading`: the innermost heading;
  /// - `speaker`: the speaker of a turn;
  /// - `dimension`, `context`, `subgroup`: a placemat cell and the subgroup that filled it, set on the
  ///   statements of placemat documents by `derivePlacematCells()`.
  public static let builtInAttributes = [
    "document", "kind", "heading", "speaker", "dimension", "context", "subgroup",
  ]

  /// The segment attribute marking a placemat cell label ("Omgaan met het werk – klas"), which is not a
  /// statement itself.
  public static let placematLabelAttribute = PlacematCellLabeller.labelAttribute

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
    default: return nil
    }
  }

  /// Gives the statements of placemat documents (`type: placemat`) their cell: a heading or a short
  /// line of the form "Dimension – context" opens a cell for the segments after it, any other heading
  /// ("GROEP A") closes it and names the `subgroup`. Labels are marked with `placematLabelAttribute`;
  /// "(leeg)" lines mark an empty cell and are not statements. Attributes a reader already set win.
  ///
  /// The rules are `PlacematCellLabeller`'s, which `thema add` already applies to the stored segments of
  /// placemat notes; here they serve documents imported before that (or typed `placemat` afterwards).
  ///
  /// ```swift
  /// data.derivePlacematCells()
  /// data.value("context", segment: 12)   // "team"
  /// ```
  public mutating func derivePlacematCells() {
    for document in documents where document.attributes["type"] == "placemat" {
      var labeller = PlacematCellLabeller()
      for index in document.segments {
        labeller.label(
          text: segments[index].text, isHeading: segments[index].kind == "heading",
          attributes: &segments[index].attributes)
      }
    }
  }

  /// The distinct values of `key` over all segments, sorted.
  public func values(of key: String) -> [String] {
    var seen = Set<String>()
    for index in segments.indices { if let v = value(key, segment: index) { seen.insert(v) } }
    return seen.sorted { $0.localizedStandardCompare($1) == .orderedAscending }
  }
}
