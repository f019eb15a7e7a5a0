import ArgumentParser
import Foundation
import ThemaCoding

extension Thema {
  /// `thema codings`: lists stored codings with the quote and the coded span highlighted.
  struct Codings: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List codings with their quote, the match highlighted (»…«; bold on a terminal).")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Option(help: "Only codings of this concept id.")
    var concept: String?

    @Option(help: "Only codings in this document (name, file name or id).")
    var document: String?

    @Option(help: "Only codings with this status: suggested, accepted, rejected, withdrawn.")
    var status: String?

    func validate() throws {
      let statuses = ["suggested", "accepted", "rejected", "withdrawn"]
      if let status, !statuses.contains(status) {
        throw ValidationError("--status must be one of \(statuses.joined(separator: ", "))")
      }
    }

    func run() throws {
      let rows = try projectOptions.open().codingListings(
        concept: concept, document: document, status: status)
      if output.json { return try Output.json(rows) }
      let bold = isatty(STDOUT_FILENO) == 1
      for row in rows {
        let via = [row.matchedForm.map { "form \"\($0)\"" }, row.indicator.map { "indicator \($0)" }]
          .compactMap { $0 }.joined(separator: ", ")
        print(
          "\(row.document) #\(row.segmentId) [\(row.originalStart)..<\(row.originalEnd)] \(row.concept) "
            + "(\(row.status), \(row.coder)\(via.isEmpty ? "" : ", " + via))")
        let quote = bold ? row.highlighted(open: "\u{1B}[1m", close: "\u{1B}[0m") : row.highlighted()
        print("  " + quote.replacingOccurrences(of: "\n", with: " "))
      }
      print("\(rows.count) coding\(rows.count == 1 ? "" : "s").")
    }
  }
}
