import CSV
import Foundation

// MARK: - thema.csv

extension Manifest {
  /// Parses the text of a `thema.csv` (header `file,<key>,…`, comma or semicolon separated, as Dutch
  /// spreadsheet programs write it); `file` names it in errors.
  public static func parse(csv text: String, file: String) throws -> Manifest {
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let firstLine = body.prefix { $0 != "\n" && $0 != "\r" }
    let delimiter: UnicodeScalar =
      firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
    let reader: CSVReader
    do {
      reader = try CSVReader(
        string: body, hasHeaderRow: true, trimFields: true, delimiter: delimiter)
    } catch {
      throw ManifestError.table(
        file: file, line: 1, reason: "cannot read the header row (\(error))")
    }
    guard let header = reader.headerRow, header.first?.lowercased() == "file" else {
      throw ManifestError.table(
        file: file, line: 1, reason: "the first column must be 'file' (header 'file,<key>,…')")
    }
    for (column, key) in header.enumerated().dropFirst() where key.isEmpty {
      throw ManifestError.table(file: file, line: 1, reason: "column \(column + 1) has no name")
    }
    var manifest = Manifest(file: file)
    var line = 1
    while let row = reader.next() {
      line += 1
      if row.allSatisfy(\.isEmpty) { continue }
      guard row.count <= header.count else {
        throw ManifestError.table(
          file: file, line: line, reason: "\(row.count) fields but the header has \(header.count)")
      }
      let path = normalise(row[0])
      guard !path.isEmpty else {
        throw ManifestError.table(file: file, line: line, reason: "the 'file' column is empty")
      }
      guard manifest.documents[path] == nil else {
        throw ManifestError.table(file: file, line: line, reason: "'\(row[0])' is listed twice")
      }
      var attributes: [String: String] = [:]
      for (column, value) in row.enumerated().dropFirst() where !value.isEmpty {
        let key = header[column]
        if key == "format", DocumentFormat(rawValue: value) == nil {
          throw ManifestError.table(file: file, line: line, reason: "unknown format '\(value)'")
        }
        if key == Manifest.transcriberTurnsKey, TranscriberReader.TurnSegments(rawValue: value) == nil {
          throw ManifestError.table(file: file, line: line, reason: "unknown \(key) '\(value)' (sync or whole)")
        }
        attributes[key] = value
      }
      manifest.documents[path] = attributes
    }
    if let error = reader.error {
      throw ManifestError.table(file: file, line: line + 1, reason: "\(error)")
    }
    return manifest
  }
}
