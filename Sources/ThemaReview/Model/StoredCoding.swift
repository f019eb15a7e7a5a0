import Foundation
import GRDB
import ThemaStore

/// A coding as stored: its state plus where it came from.
///
/// ```swift
/// let coding = try project.coding(12)
/// print(coding.state.concept, coding.state.status, coding.coder)
/// ```
public struct StoredCoding: Sendable, Hashable, Codable {
  public var id: Int64
  public var segmentId: Int64
  /// The codebook that produced it (for a suggestion: of the newest run that produced it, when the row
  /// was read with its provenance, see `CodingProvenance`).
  public var codebookId: Int64?
  public var state: CodingState
  /// `auto` for suggestions (and coders' blind copies of them), `manual` for codings added by hand.
  public var origin: String
  /// Who made the coding: `auto`, or the coder who added it by hand or owns the blind copy.
  public var coder: String
  /// The coder whose event set the current status, if a person did.
  public var decidedBy: String?
  public var matchedForm: String?
  public var indicator: String?
  public var indicatorHash: String?
  public var suggestionKey: String?
  /// The concept the automatic coder suggested (before any recode).
  public var suggestedConcept: String?
  /// For a coder's blind copy: the suggestion it was made from.
  public var sourceId: Int64?

  /// Whether the coding is an automatic suggestion shared by all coders (not a copy, not by hand).
  public var isSharedSuggestion: Bool { coder == Project.automaticCoder && sourceId == nil }

  /// The columns `init(positional:)` reads, in its order, each after `prefix` (a table alias):
  /// `SELECT \(StoredCoding.columns(prefix: "c.")) FROM coding c`.
  static func columns(prefix: String = "") -> String {
    [
      "id", "segmentId", "codebookId", "status", "concept", "start", "\"end\"", "originalStart", "originalEnd",
      "origin", "coder", "decidedBy", "matchedForm", "indicator", "indicatorHash", "suggestionKey",
      "suggestedConcept", "sourceId",
    ].map { prefix + $0 }.joined(separator: ", ")
  }

  /// How many columns `columns` lists (further columns of a query follow from this position).
  static let columnCount = 18

  /// A coding from a row of `columns`, read by position: reconciling a run reads tens of thousands of
  /// rows, and a name lookup lower-cases the name on every read.
  init(positional row: Row) {
    id = row[0]
    segmentId = row[1]
    codebookId = row[2]
    state = CodingState(
      status: CodingState.Status(rawValue: row[3]) ?? .suggested, concept: row[4],
      start: row[5], end: row[6], originalStart: row[7], originalEnd: row[8])
    origin = row[9]
    coder = row[10]
    decidedBy = row[11]
    matchedForm = row[12]
    indicator = row[13]
    indicatorHash = row[14]
    suggestionKey = row[15]
    suggestedConcept = row[16]
    sourceId = row[17]
  }

  init(row: Row) {
    id = row["id"]
    segmentId = row["segmentId"]
    codebookId = (row["provenanceCodebookId"] as Int64?) ?? row["codebookId"]
    state = CodingState(
      status: CodingState.Status(rawValue: row["status"]) ?? .suggested, concept: row["concept"],
      start: row["start"], end: row["end"], originalStart: row["originalStart"],
      originalEnd: row["originalEnd"])
    origin = row["origin"]
    coder = row["coder"]
    decidedBy = row["decidedBy"]
    matchedForm = row["matchedForm"]
    indicator = row["indicator"]
    indicatorHash = row["indicatorHash"]
    suggestionKey = row["suggestionKey"]
    suggestedConcept = row["suggestedConcept"]
    sourceId = row["sourceId"]
  }
}
