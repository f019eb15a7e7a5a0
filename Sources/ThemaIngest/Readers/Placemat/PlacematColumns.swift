/// The columns of a placemat table: which column holds the group, the dimension (work, others, self),
/// the context (classroom, team, within or outside the organisation) and the statement. English and
/// Dutch headers are recognised, in any order and letter case.
///
/// ```swift
/// PlacematColumns(headers: ["Groep", "Dimensie", "Context", "Uitspraak"])?.statement   // 3
/// ```
struct PlacematColumns: Equatable {
  var group: Int?
  var dimension: Int?
  var context: Int?
  var statement: Int

  static let groupNames: Set<String> = ["group", "groep", "subgroep", "tafel"]
  static let dimensionNames: Set<String> = ["dimension", "dimensie"]
  static let contextNames: Set<String> = ["context"]
  static let statementNames: Set<String> = ["statement", "uitspraak", "uitspraken", "opmerking", "notitie"]

  /// The columns, or `nil` when there is no statement column.
  init?(headers: [String]) {
    func index(_ names: Set<String>) -> Int? {
      headers.firstIndex { names.contains($0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()) }
    }
    guard let statement = index(Self.statementNames) else { return nil }
    self.statement = statement
    group = index(Self.groupNames)
    dimension = index(Self.dimensionNames)
    context = index(Self.contextNames)
  }

  /// Whether all four columns are present (what automatic detection of a .csv requires).
  var isComplete: Bool { group != nil && dimension != nil && context != nil }

  /// The segment attributes for one row's cells: `subgroup`, `dimension` and `context`.
  ///
  /// The group column is stored as `subgroup`, the name placemat notes use for the group heading
  /// (`PlacematCellLabeller`): a segment's own attribute wins over its document's in the analysis, and
  /// `group` is the participant group of the document (docenten, alumni) in a manifest.
  func attributes(_ cells: [String]) -> [String: String] {
    var result: [String: String] = [:]
    for (key, index) in [("subgroup", group), ("dimension", dimension), ("context", context)] {
      if let index, index < cells.count {
        result[key] = cells[index].trimmingCharacters(in: .whitespacesAndNewlines)
      }
    }
    return result
  }
}

import Foundation
