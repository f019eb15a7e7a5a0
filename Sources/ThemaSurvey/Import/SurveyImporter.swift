import CSV
import Foundation
import ThemaIngest

// MARK: - SurveyImportResult

/// A survey read from an export, with everything that was left out and why.
public struct SurveyImportResult: Sendable {
  public var survey: Survey
  /// Every row not imported, with its row number and reasons.
  public var dropped: [DroppedRow]
  /// Things noticed that did not drop a row (encoding fallback, padded rows, an assumed maximum).
  public var warnings: [String]
  public var encoding: TextEncoding
  public var delimiter: Character
  public var layout: SurveyMapping.Layout
}

// MARK: - SurveyImporter

/// Reads ranking-survey exports in layout (a) (`<theme> rank k` columns with item labels) or (b)
/// (one column per item with the rank), comma or semicolon separated, UTF-8 (with or without BOM) or
/// Windows-1252.
///
/// ```swift
/// let mapping = try SurveyMapping.parse(yaml: yamlText, file: "mli-enquete-a.yaml")
/// let result = try SurveyImporter.importSurvey(data, name: "mli-enquete-a.csv", mapping: mapping)
/// for row in result.dropped { print(row) }   // "row 17 (R0016): Leren: rank 11 above the maximum 10"
/// ```
public enum SurveyImporter {
  /// Imports `data`. With `strict`, any bad row refuses the file (`SurveyImportError.rejected`);
  /// otherwise bad rows are dropped and listed in the result. `maxSelection` overrides the mapping.
  public static func importSurvey(
    _ data: Data, name: String, mapping: SurveyMapping? = nil, maxSelection: Int? = nil,
    strict: Bool = false
  ) throws -> SurveyImportResult {
    let decoded = try SurveyText.decode(data, name: name)
    var warnings = decoded.warnings
    let delimiter = mapping?.delimiter?.first ?? detectDelimiter(decoded.text)
    let records = parseRecords(decoded.text, delimiter: delimiter)
    guard let header = records.first, !(header.count == 1 && header[0].isEmpty) else {
      throw SurveyImportError.empty(file: name)
    }
    let columns =
      try mapping.map { try SurveyColumns(mapping: $0, header: header, file: name) }
      ?? SurveyColumns(detectingIn: header, file: name)
    warnings += columns.warnings
    var builder = RowReader(columns: columns, maxOverride: maxSelection, header: header)
    for (offset, record) in records.dropFirst().enumerated() {
      let row = offset + 2
      if record.allSatisfy({ $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) {
        warnings.append("row \(row): empty row skipped")
        continue
      }
      builder.read(record, row: row, warnings: &warnings)
    }
    let themes = builder.finishThemes(warnings: &warnings)
    if strict && !builder.dropped.isEmpty {
      throw SurveyImportError.rejected(file: name, rows: builder.dropped)
    }
    let survey = Survey(
      name: name, themes: themes, respondents: builder.respondents,
      attributeNames: columns.attributes.map(\.name), groupings: mapping?.groupings ?? [:])
    return SurveyImportResult(
      survey: survey, dropped: builder.dropped, warnings: warnings, encoding: decoded.encoding,
      delimiter: delimiter, layout: columns.layout)
  }

  /// The delimiter of the header line: the most frequent of `;`, `,` and tab outside quotes.
  static func detectDelimiter(_ text: String) -> Character {
    var counts: [Character: Int] = [";": 0, ",": 0, "\t": 0]
    var quoted = false
    for character in text {
      if character == "\"" { quoted.toggle() }
      if !quoted && (character == "\n" || character == "\r\n" || character == "\r") { break }
      if !quoted, counts[character] != nil { counts[character]! += 1 }
    }
    return counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key == ";") }!.key
  }

  /// All records, quoted fields with line breaks included (CSV.swift does the parsing).
  static func parseRecords(_ text: String, delimiter: Character) -> [[String]] {
    guard let scalar = delimiter.unicodeScalars.first,
      let reader = try? CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: scalar)
    else { return [] }
    var records: [[String]] = []
    while let record = reader.next() { records.append(record) }
    return records
  }
}
