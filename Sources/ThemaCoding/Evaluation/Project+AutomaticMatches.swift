import Foundation
import GRDB
import ThemaReview
import ThemaStore

// MARK: - The automatic output

extension Project {

  /// The stored codebook whose automatic suggestions an evaluation uses: of the codebooks that current
  /// (not withdrawn) automatic suggestions come from, the one with the most suggestions among those
  /// whose concepts include all of `concepts` (or, when none does, the one with the most suggestions;
  /// the gold check then names the concepts it lacks). Nil when the project has no suggestions.
  public func automaticCodebook(covering concepts: Set<String>) throws -> StoredCodebookSummary? {
    try database.read { db in
      let candidates = try Row.fetchAll(
        db,
        sql: """
          SELECT b.id, b.name, b.version, COUNT(*) AS n FROM coding c JOIN codebook b ON b.id = c.codebookId
          WHERE c.coder = ? AND c.sourceId IS NULL AND c.suggestionKey IS NOT NULL AND c.status <> 'withdrawn'
          GROUP BY b.id ORDER BY n DESC, b.id DESC
          """, arguments: [Self.automaticCoder])
      var summaries: [StoredCodebookSummary] = []
      for row in candidates {
        let ids = try String.fetchAll(
          db, sql: "SELECT conceptId FROM concept WHERE codebookId = ? ORDER BY ordinal", arguments: [row["id"]])
        summaries.append(StoredCodebookSummary(id: row["id"], name: row["name"], version: row["version"], concepts: ids))
      }
      if summaries.isEmpty {
        // No suggestions: the newest stored codebook, so that comparing two coders still has concepts.
        guard let row = try Row.fetchOne(db, sql: "SELECT id, name, version FROM codebook ORDER BY id DESC LIMIT 1")
        else { return nil }
        let ids = try String.fetchAll(
          db, sql: "SELECT conceptId FROM concept WHERE codebookId = ? ORDER BY ordinal", arguments: [row["id"]])
        return StoredCodebookSummary(id: row["id"], name: row["name"], version: row["version"], concepts: ids)
      }
      return summaries.first { concepts.isSubset(of: Set($0.concepts)) } ?? summaries.first
    }
  }

  /// The automatic output of codebook `codebookId` in `segments`: what the tool suggested, without any
  /// human decision leaking in.
  ///
  /// - Counted: shared automatic suggestions (coder `auto`, not a coder's blind copy) that the last run
  ///   produced — open, accepted and rejected alike, since a person's decision says nothing about what
  ///   the tool did; a recoded one under the concept the tool suggested (`suggestedConcept`), with the
  ///   span it suggested (from its first event), not the person's adjusted one.
  /// - Not counted: withdrawn suggestions (the run no longer produces them; only the automatic coder
  ///   withdraws a shared suggestion), suggestions of other codebooks, and codings added by hand.
  ///
  /// A decided suggestion that a later run with an edited codebook no longer produces keeps its
  /// decision and its old codebook id (reconciliation never drops decisions), so it is left out here
  /// by the codebook filter.
  public func automaticMatches(codebookId: Int64, segments: Set<Int64>) throws -> [Int64: [EvaluatedMatch]] {
    try database.read { db in
      var matches: [Int64: [EvaluatedMatch]] = [:]
      let ids = segments.sorted()
      for start in stride(from: 0, to: ids.count, by: 500) {
        let chunk = Array(ids[start..<min(start + 500, ids.count)])
        let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
        var arguments: StatementArguments = [Self.automaticCoder, codebookId]
        _ = arguments.append(contentsOf: StatementArguments(chunk))
        let rows = try Row.fetchAll(
          db,
          sql: """
            SELECT c.segmentId, COALESCE(c.suggestedConcept, c.concept) AS concept, c.start, c."end",
                   c.matchedForm, c.indicator,
                   (SELECT e."after" FROM codingEvent e WHERE e.codingId = c.id ORDER BY e.id LIMIT 1) AS first
            FROM coding c
            WHERE c.coder = ? AND c.sourceId IS NULL AND c.suggestionKey IS NOT NULL AND c.status <> 'withdrawn'
              AND c.codebookId = ? AND c.segmentId IN (\(placeholders))
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
