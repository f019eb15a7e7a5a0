import ThemaExport
import ArgumentParser
import CSV
import Foundation
import ThemaReview
import ThemaStore

extension Thema {
  /// `thema log`: the decision trail.
  struct Log: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the trail of decisions: who did what to which coding, when and why.",
      discussion: """
        Events are never changed or deleted; an undo is a new event. By default the automatic \
        coder's events (suggest, resuggest, withdraw) are left out; --auto includes them. \
        --verify replays the trail and checks it against every coding's current state.
        """)
    @OptionGroup var projectOptions: ProjectOptions
    @Option(help: "Only this coder's events.") var coder: String?
    @Option(help: "Only events about this concept.") var concept: String?
    @Option(help: "Only events at or after this date (2026-11-25 or 2026-11-25T14:00:00Z).") var since: String?
    @Option(help: "Only the newest N events.") var limit: Int?
    @Flag(help: "Include the automatic coder's events.") var auto = false
    @Flag(help: "Print JSON (fields in the README).") var json = false
    @Flag(help: "Print CSV (same fields as JSON, before/after as JSON text).") var csv = false
    @Flag(help: "Replay the trail and check it against the codings.") var verify = false

    func validate() throws {
      if json && csv { throw ValidationError("Choose --json or --csv, not both.") }
      if let since, Self.date(since) == nil {
        throw ValidationError("--since \(since): give a date as 2026-11-25 or 2026-11-25T14:00:00Z.")
      }
    }

    static func date(_ text: String) -> Date? {
      if let date = try? Date(text, strategy: .iso8601) { return date }
      return try? Date(text + "T00:00:00Z", strategy: .iso8601)
    }

    func run() throws {
      let project = try projectOptions.open()
      if verify {
        let problems = try project.verifyTrail()
        if problems.isEmpty {
          print("The trail is complete: replaying every event gives every coding's current state.")
          return
        }
        for problem in problems { print(problem) }
        throw ExitCode(1)
      }
      let trail = try project.trail(
        EventFilter(
          coder: coder, concept: concept, since: since.flatMap(Self.date), includeAutomatic: auto || coder == "auto",
          limit: limit))
      let entries = trail.map { entry in
        LogEntry(entry.event, place: entry.segmentId.map { ($0, entry.document ?? "?") })
      }
      if json {
        try Output.json(entries)
      } else if csv {
        try LogEntry.writeCSV(entries)
      } else {
        var table = TextTable(["event", "at", "coder", "action", "coding", "concept", "change", "reason"], rightAligned: [0, 4])
        for e in entries {
          table.append([
            "\(e.id)", String(e.at.prefix(19)), e.coder, e.action, e.coding.map { "\($0)" } ?? "-",
            e.concept ?? "-", e.change, e.reason ?? "",
          ])
        }
        print(table.render(width: Output.tableWidth(preferred: 120)))
        print("\(entries.count) event\(entries.count == 1 ? "" : "s").")
      }
    }
  }

  /// `thema history CODING`.
  struct History: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show one coding's life: every event on it.")
    @OptionGroup var projectOptions: ProjectOptions
    @Argument(help: "The coding id.") var coding: Int64
    @OptionGroup var output: OutputOptions

    func run() throws {
      let project = try projectOptions.open()
      let events = try project.history(coding: coding)
      let current = try project.coding(coding)
      let places = try project.places(of: [coding])
      let entries = events.map { LogEntry($0, place: places[coding]) }
      if output.json {
        try Output.json(entries)
        return
      }
      let place = places[coding].map { "\($0.document), segment \($0.segmentId)" } ?? "?"
      print("Coding \(coding): \(current.state.concept) at \(current.state.start)-\(current.state.end) in \(place); now \(current.state.status.rawValue)\(current.decidedBy.map { " (by \($0))" } ?? "")")
      var table = TextTable(["event", "at", "coder", "action", "change", "reason"], rightAligned: [0])
      for e in entries {
        table.append(["\(e.id)", String(e.at.prefix(19)), e.coder, e.action, e.change, e.reason ?? ""])
      }
      print(table.render(width: Output.tableWidth(preferred: 120)))
    }
  }
}

/// One event in `thema log --json/--csv` and `thema history --json` (fields documented in the README).
struct LogEntry: Encodable {
  var id: Int64
  var at: String
  var coder: String
  var action: String
  var coding: Int64?
  var memo: Int64?
  var concept: String?
  var document: String?
  var segment: Int64?
  var statusBefore: String?
  var statusAfter: String?
  var before: CodingState?
  var after: CodingState?
  var reason: String?
  var undoes: Int64?

  init(_ event: CodingEvent, place: (segmentId: Int64, document: String)?) {
    id = event.id
    at = event.at.formatted(.iso8601)
    coder = event.coder
    action = event.action.rawValue
    coding = event.codingId
    memo = event.memoId
    concept = event.concept
    document = place?.document
    segment = place?.segmentId
    statusBefore = event.before?.status.rawValue
    statusAfter = event.after?.status.rawValue
    before = event.before
    after = event.after
    reason = event.reason
    undoes = event.undoes
  }

  /// "suggested → accepted", "innoveren → onderzoeken", "12-20 → 10-20".
  var change: String {
    guard let after else { return "" }
    guard let before else { return "new, \(after.status.rawValue)" }
    var parts: [String] = []
    if before.concept != after.concept { parts.append("\(before.concept) → \(after.concept)") }
    if before.start != after.start || before.end != after.end {
      parts.append("\(before.start)-\(before.end) → \(after.start)-\(after.end)")
    }
    if before.status != after.status { parts.append("\(before.status.rawValue) → \(after.status.rawValue)") }
    return parts.joined(separator: ", ")
  }

  static let csvHeader = [
    "id", "at", "coder", "action", "coding", "memo", "concept", "document", "segment", "statusBefore",
    "statusAfter", "before", "after", "reason", "undoes",
  ]

  static func writeCSV(_ entries: [LogEntry]) throws {
    let csv = try CSVWriter(stream: .toMemory())
    try csv.write(row: csvHeader)
    for e in entries {
      func text(_ number: Int64?) -> String { number.map { String($0) } ?? "" }
      var row: [String] = [String(e.id), e.at, e.coder, e.action, text(e.coding), text(e.memo)]
      row += [e.concept ?? "", e.document ?? "", text(e.segment), e.statusBefore ?? "", e.statusAfter ?? ""]
      row += [e.before?.json ?? "", e.after?.json ?? "", e.reason ?? "", text(e.undoes)]
      try csv.write(row: row)
    }
    csv.stream.close()
    if let data = csv.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data {
      Output.bytes(data)
      Output.bytes(Data("\n".utf8))
    }
  }
}
