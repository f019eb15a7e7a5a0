import Foundation
import GRDB
import ThemaCodebook
import ThemaLanguage
import ThemaReview
import ThemaStore

/// A codebook stored in the project (by `thema code`), as an evaluation needs it.
public struct StoredCodebookSummary: Sendable, Hashable, Codable {
  public var id: Int64
  public var name: String
  public var version: String
  /// Concept ids in codebook order.
  public var concepts: [String]
}

// MARK: - Evaluating against a gold standard

extension Project {
  /// Resolves a gold standard against the current document versions (see `GoldResolver`).
  ///
  /// ```swift
  /// let resolved = try project.resolve(gold)
  /// resolved.warnings.forEach { print($0) }
  /// ```
  public func resolve(_ gold: GoldStandard) throws -> ResolvedGold {
    try GoldResolver(documentsByGoldName: goldDocuments(gold).mapValues(\.resolvable)).resolve(gold)
  }

  /// Evaluates `source` against the gold standard: resolves the gold segments, checks that every gold
  /// concept is in the codebook, and scores per concept and split.
  ///
  /// ```swift
  /// let evaluation = try project.evaluate(gold: gold, against: .codebook(codebook))
  /// for score in evaluation.result.scores(.dev)!.concepts { print(score.concept, score.f1 ?? .nan) }
  /// ```
  public func evaluate(gold: GoldStandard, against source: EvaluationSource) throws -> GoldEvaluation {
    let documents = try goldDocuments(gold)
    let resolved = try GoldResolver(documentsByGoldName: documents.mapValues(\.resolvable)).resolve(gold)
    var warnings = gold.warnings + resolved.warnings
    switch source {
    case .storedSuggestions:
      guard let stored = try automaticCodebook(covering: Set(gold.conceptsUsed)) else {
        throw EvaluationError.noSuggestions
      }
      try gold.check(concepts: Set(stored.concepts), codebookName: "\(stored.name) \(stored.version)")
      let matches = try automaticMatches(codebookId: stored.id, segments: Set(resolved.segments.map(\.segmentId)))
      let result = GoldEvaluator(concepts: stored.concepts).evaluate(resolved.segments) {
        matches[$0.segmentId] ?? []
      }
      return GoldEvaluation(
        mode: .suggestions, gold: gold.file,
        comparedWith: "the automatic suggestions stored in the project (codebook \(stored.name) \(stored.version))",
        codebook: "\(stored.name) \(stored.version)", goldSegments: gold.segmentCount,
        evaluatedSegments: resolved.segments.count, warnings: warnings, result: result)

    case .codebook(let codebook):
      let concepts = codebook.concepts.map(\.id)
      try gold.check(concepts: Set(concepts), codebookName: "\(codebook.name) \(codebook.version)")
      var matcher = CodebookMatcher(codebook: codebook, language: codebook.language)
      var matches: [Int64: [EvaluatedMatch]] = [:]
      let detector = LanguageDetector()
      for (name, document) in documents.sorted(by: { $0.key < $1.key }) {
        // The same language decision as `code(codebookAt:)`: attribute, else detection, else the codebook's.
        let language =
          document.summary.attributes["language"].flatMap(Language.init(rawValue:))
          ?? detector.detect(document.segments.prefix(200).map(\.segment.text).joined(separator: "\n")).language
          ?? codebook.language
        guard language == codebook.language else {
          warnings.append(
            "\(gold.file): warning: \(name) is in \(language.rawValue), not the codebook's "
              + "\(codebook.language.rawValue): not coded (as thema code would skip it)")
          continue
        }
        let wanted = Set(resolved.segments.filter { $0.document == document.summary.name }.map(\.segmentId))
        for stored in document.segments where wanted.contains(stored.id) {
          matches[stored.id] = matcher.code(stored.segment.text).matches.map {
            EvaluatedMatch(
              concept: $0.concept, start: $0.start, end: $0.end, matchedForm: $0.matchedForm,
              indicator: $0.indicator)
          }
        }
      }
      let result = GoldEvaluator(concepts: concepts).evaluate(resolved.segments) { matches[$0.segmentId] ?? [] }
      return GoldEvaluation(
        mode: .codebook, gold: gold.file, comparedWith: "codebook \(codebook.name) \(codebook.version) (in memory)",
        codebook: "\(codebook.name) \(codebook.version)", goldSegments: gold.segmentCount,
        evaluatedSegments: resolved.segments.count, warnings: warnings, result: result)

    case .coder(let other, let codebook):
      let otherResolved = try resolve(other)
      warnings += other.warnings + otherResolved.warnings
      let concepts: [String]
      let codebookName: String
      if let codebook {
        concepts = codebook.concepts.map(\.id)
        codebookName = "\(codebook.name) \(codebook.version)"
      } else if let stored = try automaticCodebook(covering: Set(gold.conceptsUsed + other.conceptsUsed)) {
        concepts = stored.concepts
        codebookName = "\(stored.name) \(stored.version)"
      } else {
        throw EvaluationError.noCodebook
      }
      try gold.check(concepts: Set(concepts), codebookName: codebookName)
      try other.check(concepts: Set(concepts), codebookName: codebookName)
      var second: [Int64: ResolvedGoldSegment] = [:]
      for segment in otherResolved.segments { second[segment.segmentId] = segment }
      let shared = resolved.segments.filter { second[$0.segmentId] != nil }
      let result = GoldEvaluator(concepts: concepts).evaluate(shared) { segment in
        (second[segment.segmentId]?.concepts.sorted() ?? []).map { EvaluatedMatch(concept: $0) }
      }
      let coders = Set(otherResolved.segments.map(\.coder)).sorted().joined(separator: ", ")
      return GoldEvaluation(
        mode: .compare, gold: gold.file, comparedWith: "\(other.file) (coder \(coders))",
        codebook: codebookName, goldSegments: gold.segmentCount, evaluatedSegments: shared.count,
        warnings: warnings, result: result)
    }
  }

  // MARK: - The automatic output

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

  // MARK: - Loading

  /// A gold document found in the project.
  private struct GoldProjectDocument {
    var summary: DocumentSummary
    var segments: [StoredSegment]

    var resolvable: GoldResolver.Document {
      GoldResolver.Document(
        name: summary.name,
        segments: segments.map { GoldResolver.Candidate(id: $0.id, ordinal: $0.ordinal, text: $0.segment.text) })
    }
  }

  /// The project's documents the gold names (by exact name, or a name ending in it as `document(_:)`
  /// accepts), keyed by the gold's name; documents not found are left out (the resolver reports them).
  private func goldDocuments(_ gold: GoldStandard) throws -> [String: GoldProjectDocument] {
    var found: [String: GoldProjectDocument] = [:]
    for document in gold.documents {
      let summary: DocumentSummary
      do { summary = try self.document(document.name) } catch let error as StoreError {
        if case .documentNotFound = error { continue }
        throw error
      }
      found[document.name] = GoldProjectDocument(summary: summary, segments: try segments(of: summary))
    }
    return found
  }
}

/// Why an evaluation could not start.
public enum EvaluationError: LocalizedError, Sendable, Hashable {
  /// The project has no automatic suggestions to evaluate (run `thema code` first, or pass a codebook).
  case noSuggestions
  /// Comparing two coders, no codebook was given and the project has none stored.
  case noCodebook

  public var errorDescription: String? {
    switch self {
    case .noSuggestions:
      "the project has no automatic suggestions: run thema code --codebook FILE first, "
        + "or evaluate a codebook in memory with --codebook FILE"
    case .noCodebook:
      "the project has no codebook: pass --codebook FILE to say which concepts to compare"
    }
  }
}
