import CSV
import Foundation

// MARK: - CSV

extension DataTable {
  /// The table as RFC 4180 CSV in UTF-8 (comma, LF line ends, fields quoted where needed), header row
  /// first. Percentages are written as fractions (0.25), decimals with their digits, notes are not
  /// written. Uses CSV.swift's writer.
  ///
  /// ```swift
  /// try DataTable.matrix(matrix).csv().write(to: URL(fileURLWithPath: "matrix.csv"))
  /// ```
  public func csv() throws -> Data {
    let stream = OutputStream(toMemory: ())
    let writer = try CSVWriter(stream: stream)
    try writer.write(row: headers)
    for row in rows {
      try writer.write(row: headers.indices.map { $0 < row.count ? row[$0].text(forCSV: true) : "" })
    }
    writer.stream.close()
    let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
    return data + Data("\n".utf8)
  }
}
