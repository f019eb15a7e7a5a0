import ArgumentParser
import Foundation
import ThemaExport

/// `--format xlsx --out FILE` for survey commands that print a table by default.
struct SheetOutputOptions: ParsableArguments {
  enum Format: String, ExpressibleByArgument { case table, xlsx }

  @Option(help: "table or xlsx (xlsx needs --out).")
  var format: Format = .table

  @Option(help: "The file to write with --format xlsx.")
  var out: String?

  func validate() throws {
    if format == .xlsx && out == nil { throw ValidationError("--format xlsx needs --out FILE.") }
  }

  /// Writes the sheets when xlsx was asked for; returns whether it did.
  func writeIfRequested(_ sheets: @autoclosure () -> [DataTable]) throws -> Bool {
    guard format == .xlsx, let out else { return false }
    let tables = sheets()
    try XLSXWriter(sheets: tables).write(to: URL(fileURLWithPath: out))
    print("Wrote \(tables.count) sheet(s) to \(out).")
    return true
  }
}
