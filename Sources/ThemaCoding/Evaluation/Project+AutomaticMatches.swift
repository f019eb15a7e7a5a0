import Foundation
import GRDB
import ThemaReview
import ThemaStore

// MARK: - The automatic output

extension Project {
  /// The codebook whose automatic output an evaluation uses:
  ///
  /// - the codebook of the newest coding run (`codingRun`), whose suggestions are the current output;
  /// - for a project coded before runs were recorded: of the codebooks that current (not withdrawn)
  ///   suggestions come from, the one with the most suggestions among those whose concepts include all of
  ///   `concepts` (else the one with the most suggestions; the gold check then names what it lacks);
  /// - without any suggestion: the newest stored codebook (so that two coders can still be compared);
  /// - nil when the project has no codebook.
  public func automaticCodebook(covering concepts: Set<String>) throws -> StoredCodebookSummary? {
    try database.read { db in
      func summary(id: Int64, name: String, version: String, run: Int64?) throws -> StoredCodebookSummary {
        let ids = try String.fetchAll(
          db, sql: "SELECT conceptId FROM concept WHERE codebookId = ? ORDER BY ordinal", arguments: [id])
        return StoredCodebookSummary(id: id, name: name, version: version, concepts: ids, run: run)
      }
      func summary(_ row: Row) throws -> StoredCodebookSummary {
        try summary(id: row["id"], name: row["name"], version: row["version"], run: nil)
      }
      if let newest = try Self.newestRun(in: db) {
        let codebook = newest.codebook
        return try summary(id: codebook.id, name: codebook.name, version: codebook.version, run: newest.id)
      }
      let candidates = try Row.fetchAll(
        db,
        sql: """
          SELECT b.id, b.name, b.version, COUNT(*) AS n FROM coding c JOIN codebook b ON b.id = c.codebookId
          WHERE c.coder = ? AND c.sourceId IS NULL AND c.suggestionKey IS NOT NULL AND c.status <> 'withdrawn'
          GROUP BY b.id ORDER BY n DESC, b.id DESC
          """, arguments: [Self.automaticCoder])
      let summaries = try candidates.map(summary)
      if let chosen = summaries.first(where: { concepts.isSubset(of: Set($0.concepts)) }) ?? summaries.first {
        return chosen
      }
      guard let row = try Row.fetchOne(db, sql: "SELECT id, name, version FROM codebook ORDER BY id DESC LIMIT 1")
      else { return nil }
      return try summary(row)
    }
  }

  /// The automatic output of `stored` (its run, or without one its codebook) in `segments`: what the
  /// tool suggested, without any human decision leaking in.
  ///
  /// - Counted: shared automatic suggestions (coder `auto`, not a coder's blind copy) that the newest run
  ///   produced (`coding.runId`, or a run that carried it: `CodingProvenance`) — open, accepted and rejected alike, since a person's decision says
  ///   nothing about what the tool did; a recoded one under the concept the tool suggested
  ///   (`suggestedConcept`), with the span it suggested (from its first event), not the person's
  ///   adjusted one.
  /// - Not counted: withdrawn suggestions (no longer produced; only the automatic coder withdraws a
  ///   shared suggestion), decided suggestions an earlier run produced but the newest does not (they
  ///   keep their decision and their old run), suggestions of other codebooks, codings added by hand.
  ///
  /// ```swift
  /// let stored = try project.automaticCodebook(covering: Set(gold.conceptsUsed))!
  /// let matches = try project.automaticMatches(of: stored, segments: [12, 13])
  /// ```
  public func automaticMatches(of stored: StoredCodebookSummary, segments: Set<Int64>) throws -> [Int64: [EvaluatedMatch]] {
    try database.read { db in
      var matches: [Int64: [EvaluatedMatch]] = [:]
      let ids = segments.sorted()
      // The run (or codebook) that last produced each suggestion, through the runs that carried it.
      let producer = stored.run == nil ? "\(CodingProvenance.codebook()) = ?" : "\(CodingProvenance.run()) = ?"
      for start in stride(from: 0, to: ids.count, by: 500) {
        let chunk = Array(ids[start..<min(start + 500, ids.count)])
        let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        var arguments: StatementArguments = [Self.automaticCoder, stored.run ?? stored.id]
        _ = arguments.append(contentsOf: StatementArguments(chunk))
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT c.segmentId, COALESCE(c.suggestedConcept, c.concept) AS concept, c.start, c."end",
                   c.matchedForm, c.indicator,
                   (SELECT e."after" FROM codingEvent e WHERE e.codingId = c.id ORDER BY e.id LIMIT 1) AS first
            FROM coding c \(CodingProvenance.join())
            WHERE c.coder = ? AND c.sourceId IS NULL AND c.suggestionKey IS NOT NULL AND c.status <> 'withdrawn'
              AND \(producer) AND c.segmentId IN (\(placeholders))
            ORDER BY c.segmentId, c.start, c.id
            """, arguments: arguments)
        for row in rows {
          let first = CodingState.decode(row["first"])
          let segmentId: Int64 = row["segmentId"]
          let concept: String = row["concept"]
          // Stored keys are `concept#indicator`; report the indicator as the in-memory matcher does.
          var indicator: String? = row["indicator"]
          if let key = indicator, key.hasPrefix(concept + "#") { indicator = String(key.dropFirst(concept.count + 1)) }
          matches[segmentId, default: []].append(
            EvaluatedMatch(
              concept: concept, start: first?.start ?? row["start"], end: first?.end ?? row["end"],
              matchedForm: row["matchedForm"], indicator: indicator))
        }
      }
      return matches
    }
  }
}
