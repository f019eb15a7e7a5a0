import Foundation

/// Gives the statements of placemat notes kept as text their cell, as segment attributes: the same
/// `dimension` and `context` a placemat table's columns give its rows (`PlacematReader`), so one codebook
/// rule (`in: attribute dimension`) and one analysis serve both forms.
///
/// The notes name each cell with a label "Omgaan met het werk – klas" (a heading, or a short line without
/// a full stop): the segments after it get `dimension` "Omgaan met het werk" and `context` "klas". Any
/// other heading ("GROEP A") closes the cell and names the `subgroup` of the statements after it. Labels
/// are marked with `labelAttribute` "yes", "(leeg)" lines (an empty cell) with "empty": neither is a
/// statement. Attributes a segment already has win.
///
/// A labeller walks one document's segments in order (`thema add` applies it to documents with the
/// attribute `type: placemat` that are not read as a table; the analysis step applies it again, which
/// changes nothing where it ran at import).
///
/// ```swift
/// var labeller = PlacematCellLabeller()
/// for index in document.segments.indices { labeller.label(&document.segments[index]) }
/// document.segments[8].attributes["dimension"]   // "Omgaan met het werk"
/// ```
public struct PlacematCellLabeller: Sendable {
  // MARK: - State

  /// The segment attribute that marks a cell label ("yes") or an empty cell's "(leeg)" ("empty").
  public static let labelAttribute = "placemat-label"
  /// Longest label, in characters (a longer line is a statement).
  public static let maximumLabelLength = 80

  private var cell: (dimension: String, context: String)?
  private var subgroup: String?

  public init() {}

  // MARK: - Labelling

  /// Labels the next segment of the document.
  public mutating func label(_ segment: inout Segment) {
    label(text: segment.text, isHeading: segment.kind == .heading, attributes: &segment.attributes)
  }

  /// Labels the next segment of the document, given its text, whether it is a heading and its attributes.
  public mutating func label(text: String, isHeading: Bool, attributes: inout [String: String]) {
    let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
    if let parsed = Self.cell(text), text.count <= Self.maximumLabelLength, !text.hasSuffix(".") {
      cell = parsed
      attributes[Self.labelAttribute] = "yes"
      return
    }
    if isHeading {
      cell = nil
      subgroup = text
      return
    }
    if text.lowercased() == "(leeg)" {
      attributes[Self.labelAttribute] = "empty"
      return
    }
    guard let cell else { return }
    if attributes["dimension"] == nil { attributes["dimension"] = cell.dimension }
    if attributes["context"] == nil { attributes["context"] = cell.context }
    if let subgroup, attributes["subgroup"] == nil { attributes["subgroup"] = subgroup }
  }

  /// Splits a cell label "Omgaan met het werk – klas" into (dimension, context): two non-empty parts
  /// around an en dash, em dash or spaced hyphen. Nil for any other text.
  public static func cell(_ label: String) -> (dimension: String, context: String)? {
    for separator in [" – ", " — ", " - "] {
      let parts = label.components(separatedBy: separator)
      if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
        return (parts[0].trimmingCharacters(in: .whitespaces), parts[1].trimmingCharacters(in: .whitespaces))
      }
    }
    return nil
  }
}
