import Foundation
import ThemaYAML
import Yams

// MARK: - SurveyMapping

/// Says which columns of a survey export are the respondent id, the attributes and the themes.
///
/// Written in YAML next to the export (see `Corpora/mli/survey/mli-enquete-a.yaml`):
/// ```yaml
/// layout: ranks              # ranks: "<theme> rank k" columns hold item labels (layout a)
///                            # items: one column per item holding the rank number (layout b)
/// delimiter: ";"             # optional; detected from the header line otherwise
/// id: Respondent
/// maxSelection: 10           # optional; default: the number of rank columns (a) or the highest rank (b)
/// attributes:
///   programme: Opleiding
///   sector: {column: Sector, separator: ","}
/// ignore: [Opmerking]
/// groupings:
///   role: {staff: [docent, leidinggevende, lector]}
/// cutoffGroups: role=alumnus,student,staff
/// themes:
///   - name: Leren
///     columns: ["Leren rank 1", "Leren rank 2"]   # layout a
///     items: ["Stimuleren van een lerende cultuur in de hele organisatie"]
///   - name: Innoveren                              # layout b: items with their columns
///     items: [{item: "Innovaties initiëren", column: "Innoveren [Innovaties initiëren]"}]
/// ```
public struct SurveyMapping: Sendable, Hashable, Decodable {
  /// The two export layouts.
  public enum Layout: String, Sendable, Hashable, Decodable {
    /// (a) per theme, rank columns holding the chosen item's label.
    case ranks
    /// (b) one column per item holding the rank number or nothing.
    case items
  }

  /// An attribute column, optionally multi-valued with a separator.
  public struct AttributeColumn: Sendable, Hashable, Decodable {
    public var column: String
    public var separator: String?

    public init(column: String, separator: String? = nil) {
      self.column = column
      self.separator = separator
    }

    public init(from decoder: Decoder) throws {
      if let single = try? decoder.singleValueContainer().decode(String.self) {
        self.init(column: single)
        return
      }
      let keyed = try decoder.container(keyedBy: Keys.self)
      self.init(
        column: try keyed.decode(String.self, forKey: .column),
        separator: try keyed.decodeIfPresent(String.self, forKey: .separator))
    }

    private enum Keys: String, CodingKey { case column, separator }
  }

  /// An item of a theme, with its column in layout (b).
  public struct Item: Sendable, Hashable, Decodable {
    public var item: String
    public var column: String?

    public init(item: String, column: String? = nil) {
      self.item = item
      self.column = column
    }

    public init(from decoder: Decoder) throws {
      if let single = try? decoder.singleValueContainer().decode(String.self) {
        self.init(item: single)
        return
      }
      let keyed = try decoder.container(keyedBy: Keys.self)
      self.init(
        item: try keyed.decode(String.self, forKey: .item),
        column: try keyed.decodeIfPresent(String.self, forKey: .column))
    }

    private enum Keys: String, CodingKey { case item, column }
  }

  /// One theme: its name, rank columns (layout a) and items.
  public struct Theme: Sendable, Hashable, Decodable {
    public var name: String
    public var columns: [String]?
    public var items: [Item]?
    public var maxSelection: Int?

    public init(name: String, columns: [String]? = nil, items: [Item]? = nil, maxSelection: Int? = nil) {
      self.name = name
      self.columns = columns
      self.items = items
      self.maxSelection = maxSelection
    }
  }

  public var layout: Layout?
  public var delimiter: String?
  public var id: String?
  public var maxSelection: Int?
  public var attributes: [String: AttributeColumn]
  /// Attribute names in the order the YAML lists them.
  public var attributeOrder: [String]
  public var ignore: [String]
  public var groupings: [String: [String: [String]]]
  /// The groups the cut-off procedure compares by default (`role=alumnus,student,staff`).
  public var cutoffGroups: String?
  public var themes: [Theme]

  public init(
    layout: Layout? = nil, delimiter: String? = nil, id: String? = nil, maxSelection: Int? = nil,
    attributes: [(String, AttributeColumn)] = [], ignore: [String] = [],
    groupings: [String: [String: [String]]] = [:], cutoffGroups: String? = nil, themes: [Theme] = []
  ) {
    self.layout = layout
    self.delimiter = delimiter
    self.id = id
    self.maxSelection = maxSelection
    self.attributes = Dictionary(attributes, uniquingKeysWith: { $1 })
    self.attributeOrder = attributes.map(\.0)
    self.ignore = ignore
    self.groupings = groupings
    self.cutoffGroups = cutoffGroups
    self.themes = themes
  }

  private enum Keys: String, CodingKey {
    case layout, delimiter, id, maxSelection, attributes, ignore, groupings, cutoffGroups, themes
  }

  public init(from decoder: Decoder) throws {
    let c = try decoder.container(keyedBy: Keys.self)
    layout = try c.decodeIfPresent(Layout.self, forKey: .layout)
    delimiter = try c.decodeIfPresent(String.self, forKey: .delimiter)
    id = try c.decodeIfPresent(String.self, forKey: .id)
    maxSelection = try c.decodeIfPresent(Int.self, forKey: .maxSelection)
    attributes = try c.decodeIfPresent([String: AttributeColumn].self, forKey: .attributes) ?? [:]
    attributeOrder = []
    ignore = try c.decodeIfPresent([String].self, forKey: .ignore) ?? []
    groupings = try c.decodeIfPresent([String: [String: [String]]].self, forKey: .groupings) ?? [:]
    cutoffGroups = try c.decodeIfPresent(String.self, forKey: .cutoffGroups)
    themes = try c.decodeIfPresent([Theme].self, forKey: .themes) ?? []
  }

  /// Reads a mapping from YAML text; `file` names it in errors.
  public static func parse(yaml: String, file: String) throws -> SurveyMapping {
    do {
      // Composed first, so that a syntax error comes as Yams's own error (with its line), not wrapped.
      let node = try YAMLText.compose(yaml)
      var mapping = try YAMLDecoder().decode(SurveyMapping.self, from: yaml)
      // Dictionaries lose the YAML order; recover it from the node so tables list attributes as written.
      if let attributes = node?["attributes"]?.mapping {
        mapping.attributeOrder = attributes.keys.compactMap(\.string)
      }
      return mapping
    } catch let error as SurveyImportError {
      throw error
    } catch let problem as YAMLProblem {
      let place = problem.line.map { line in "line \(line)" + (problem.column.map { ", column \($0)" } ?? "") + ": " } ?? ""
      throw SurveyImportError.badMapping(file: file, reason: place + problem.reason)
    } catch {
      throw SurveyImportError.badMapping(file: file, reason: "\(error)")
    }
  }
}
