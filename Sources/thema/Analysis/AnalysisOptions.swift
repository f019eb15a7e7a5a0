import ArgumentParser
import Foundation
import ThemaAnalysis
import ThemaStore

/// Options every analysis command shares: which codebook, which codings count, which segments.
struct AnalysisOptions: ParsableArguments {
  @Option(help: "The codebook to analyse with (default: the one applied last).")
  var codebook: String?

  @Flag(help: "Count accepted codings only (default: accepted + suggestions while nothing is reviewed, accepted only after).")
  var acceptedOnly = false

  @Flag(help: "Count open suggestions too, even after review has started.")
  var includeSuggestions = false

  @Option(
    name: .customLong("where"),
    help: ArgumentHelp("Only segments with attribute=value (repeatable).", valueName: "attr=value"))
  var conditions: [String] = []

  func validate() throws {
    if acceptedOnly && includeSuggestions {
      throw ValidationError("Give --accepted-only or --include-suggestions, not both.")
    }
  }

  var scope: CodingScopeRequest {
    acceptedOnly ? .acceptedOnly : includeSuggestions ? .includeSuggestions : .automatic
  }

  func filter() throws -> SegmentFilter { try SegmentFilter(parsing: conditions) }

  func load(_ project: Project) throws -> AnalysisData {
    try AnalysisData.load(from: project, codebook: codebook, scope: scope)
  }
}

/// Where and how a result is written.
struct ResultOutputOptions: ParsableArguments {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, csv, md, xlsx, json
  }

  @Flag(help: "Print JSON (fields documented in the README) instead of a table.")
  var json = false

  @Option(help: "Output format: table (terminal), csv, md (Markdown), xlsx, json.")
  var format: Format = .table

  @Option(help: "Write to this file instead of standard output (required for xlsx).")
  var out: String?

  var resolved: Format { json ? .json : format }

  func validate() throws {
    if resolved == .xlsx && out == nil {
      throw ValidationError("--format xlsx needs --out FILE.xlsx.")
    }
  }
}
