import ArgumentParser
import Foundation
import ThemaExport
import ThemaStore

extension Thema {
  /// `thema attributes`: the attribute keys and values the project's documents carry.
  struct Attributes: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List document attributes (the groups comparisons are made by) with document counts.")

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
      let values = try projectOptions.open().attributeValues()
      if output.json {
        try Output.json(values)
        return
      }
      var table = TextTable(["attribute", "value", "documents"], rightAligned: [2])
      for key in values.keys.sorted() {
        for (value, count) in values[key]!.sorted(by: { $0.key < $1.key }) {
          table.append([key, value, "\(count)"])
        }
      }
      print(table.render(width: Output.tableWidth()))
    }
  }
}
