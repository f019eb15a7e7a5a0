import Foundation

// MARK: - SurveyColumns

/// Which header column means what: built from a mapping, or detected from the usual header patterns
/// (`<theme> rank k`, `<theme> [item]`, `Respondent`, `Opleiding`, `Rol`, `Sector`).
struct SurveyColumns {
  struct Attribute {
    var name: String
    var column: Int
    var separator: String?
  }

  struct Theme {
    var name: String
    var items: [String]
    /// Item label (normalised) → index; nil when the item list is open (layout a without a mapping).
    var lookup: [String: Int]?
    /// Layout (a): the rank columns, rank k in `rankColumns[k - 1]`.
    var rankColumns: [Int] = []
    /// Layout (b): item index and its column.
    var itemColumns: [(item: Int, column: Int)] = []
    var maxSelection: Int?
  }

  var layout: SurveyMapping.Layout
  var idColumn: Int
  var attributes: [Attribute]
  var themes: [Theme]
  var warnings: [String] = []

  /// Normalised form of an item label for matching: trimmed, inner whitespace collapsed, lowercased.
  static func key(_ label: String) -> String {
    label.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
  }

  // MARK: - From a mapping

  init(mapping: SurveyMapping, header: [String], file: String) throws {
    func column(_ name: String) throws -> Int {
      if let index = header.firstIndex(of: name) { return index }
      if let index = header.firstIndex(where: { Self.key($0) == Self.key(name) }) { return index }
      throw SurveyImportError.missingColumn(file: file, column: name)
    }
    let detected = try? SurveyColumns(detectingIn: header, file: file)
    guard let idName = mapping.id else {
      guard let detected else { throw SurveyImportError.noIdColumn(file: file) }
      idColumn = detected.idColumn
      layout = mapping.layout ?? detected.layout
      attributes = detected.attributes.filter { !mapping.ignore.contains(header[$0.column]) }
      themes = detected.themes
      warnings = detected.warnings
      return
    }
    idColumn = try column(idName)
    let order = mapping.attributeOrder.isEmpty ? mapping.attributes.keys.sorted() : mapping.attributeOrder
    attributes = try order.compactMap { name in
      guard let spec = mapping.attributes[name] else { return nil }
      return Attribute(name: name, column: try column(spec.column), separator: spec.separator)
    }
    let anyRankColumns = mapping.themes.contains { $0.columns != nil }
    layout = mapping.layout ?? (anyRankColumns ? .ranks : .items)
    var themes: [Theme] = []
    for spec in mapping.themes {
      let items = (spec.items ?? []).map(\.item)
      var theme = Theme(
        name: spec.name, items: items,
        lookup: items.isEmpty ? nil : Dictionary(items.enumerated().map { (Self.key($1), $0) }, uniquingKeysWith: { a, _ in a }),
        maxSelection: spec.maxSelection ?? mapping.maxSelection)
      switch layout {
      case .ranks:
        if let names = spec.columns {
          theme.rankColumns = try names.map(column)
        } else {
          theme.rankColumns = Self.rankColumns(of: spec.name, in: header)
          if theme.rankColumns.isEmpty {
            throw SurveyImportError.missingColumn(file: file, column: "\(spec.name) rank 1")
          }
        }
      case .items:
        for (index, item) in (spec.items ?? []).enumerated() {
          theme.itemColumns.append((index, try column(item.column ?? "\(spec.name) [\(item.item)]")))
        }
      }
      themes.append(theme)
    }
    if themes.isEmpty { throw SurveyImportError.noThemes(file: file) }
    self.themes = themes
  }

  // MARK: - Detection

  private static let idNames: Set<String> = [
    "respondent", "respondent id", "respondentid", "respondent_id", "id", "response id", "responseid",
    "nr", "respondentnummer",
  ]
  private static let attributeNames: [String: (String, String?)] = [
    "opleiding": ("programme", nil), "programme": ("programme", nil), "program": ("programme", nil),
    "instelling": ("programme", nil), "rol": ("role", nil), "role": ("role", nil), "functie": ("role", nil),
    "sector": ("sector", ","), "sectoren": ("sector", ","), "sectors": ("sector", ","),
  ]

  /// Splits `Leren rank 3` into ("Leren", 3); also `rang`.
  static func rankHeader(_ header: String) -> (theme: String, rank: Int)? {
    let words = header.split(separator: " ")
    guard words.count >= 3, let rank = Int(words[words.count - 1]), rank >= 1,
      ["rank", "rang"].contains(words[words.count - 2].lowercased())
    else { return nil }
    return (words.dropLast(2).joined(separator: " "), rank)
  }

  /// Splits `Leren [Innovaties initiëren]` into ("Leren", "Innovaties initiëren").
  static func itemHeader(_ header: String) -> (theme: String, item: String)? {
    guard header.hasSuffix("]"), let open = header.firstIndex(of: "[") else { return nil }
    let theme = header[..<open].trimmingCharacters(in: .whitespaces)
    let item = header[header.index(after: open)..<header.index(before: header.endIndex)]
    guard !theme.isEmpty, !item.isEmpty else { return nil }
    return (theme, String(item))
  }

  static func rankColumns(of theme: String, in header: [String]) -> [Int] {
    header.indices.compactMap { index in
      rankHeader(header[index]).flatMap { $0.theme == theme ? (index, $0.rank) : nil }
    }.sorted { $0.1 < $1.1 }.map(\.0)
  }

  init(detectingIn header: [String], file: String) throws {
    guard let id = header.firstIndex(where: { Self.idNames.contains(Self.key($0)) }) else {
      throw SurveyImportError.noIdColumn(file: file)
    }
    idColumn = id
    var rankThemes: [String] = []
    var itemThemes: [String: [(String, Int)]] = [:]
    var itemOrder: [String] = []
    var used: Set<Int> = [id]
    for (index, name) in header.enumerated() {
      if let rank = Self.rankHeader(name) {
        if !rankThemes.contains(rank.theme) { rankThemes.append(rank.theme) }
        used.insert(index)
      } else if let item = Self.itemHeader(name) {
        if itemThemes[item.theme] == nil { itemOrder.append(item.theme) }
        itemThemes[item.theme, default: []].append((item.item, index))
        used.insert(index)
      }
    }
    if !rankThemes.isEmpty {
      layout = .ranks
      themes = rankThemes.map {
        Theme(name: $0, items: [], lookup: nil, rankColumns: Self.rankColumns(of: $0, in: header))
      }
      warnings.append("no item list given: every label in the rank columns counts as an item")
    } else if !itemOrder.isEmpty {
      layout = .items
      themes = itemOrder.map { name in
        let items = itemThemes[name]!
        return Theme(
          name: name, items: items.map(\.0),
          lookup: Dictionary(items.enumerated().map { (Self.key($1.0), $0) }, uniquingKeysWith: { a, _ in a }),
          itemColumns: items.enumerated().map { ($0, $1.1) })
      }
    } else {
      throw SurveyImportError.noThemes(file: file)
    }
    attributes = header.indices.filter { !used.contains($0) }.map { index in
      let known = Self.attributeNames[Self.key(header[index])]
      return Attribute(name: known?.0 ?? Self.key(header[index]), column: index, separator: known?.1)
    }
  }
}
