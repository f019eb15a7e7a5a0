import ArgumentParser
import Foundation
import ThemaExport
import ThemaStore

extension Thema {
  /// `thema documents`: lists the documents of the project.
  struct Documents: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the documents in the project with their attributes.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let documents = try projectOptions.open().documents()
      if output.json {
        try Output.json(documents.map(DocumentJSON.init))
        return
      }
      var table = TextTable(["id", "name", "ver", "format", "encoding", "segs", "attributes"], rightAligned: [0, 2, 5])
      for d in documents {
        table.append([
          "\(d.id)", d.name, "\(d.version)", d.format.rawValue, d.encoding?.rawValue ?? "-",
          "\(d.segmentCount)",
          d.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "),
        ])
      }
      print(table.render(width: Output.tableWidth()))
      print("\(documents.count) document\(documents.count == 1 ? "" : "s").")
    }
  }
}

/// The JSON form of a document (documented in the README).
struct DocumentJSON: Encodable {
  var id: Int64
  var name: String
  var attributes: [String: String]
  var format: String
  var encoding: String?
  var sha256: String
  var byteCount: Int
  var segmentCount: Int
  var version: Int
  var versionCount: Int
  var sourcePath: String
  var importedAt: Date
  var warnings: [String]

  init(_ d: DocumentSummary) {
    (id, name, attributes, format, encoding, sha256) = (
      d.id, d.name, d.attributes, d.format.rawValue, d.encoding?.rawValue, d.sha256
    )
    (byteCount, segmentCount, version, versionCount, sourcePath, importedAt, warnings) = (
      d.byteCount, d.segmentCount, d.version, d.versionCount, d.sourcePath, d.importedAt, d.warnings
    )
  }
}
