import Foundation
import ThemaCodebook
import ThemaLanguage
import ThemaStore

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
    let warnings = gold.warnings + resolved.warnings
    switch source {
    case .storedSuggestions:
      return try evaluateSuggestions(gold: gold, resolved: resolved, warnings: warnings)
    case .codebook(let codebook):
      return try evaluate(codebook, gold: gold, resolved: resolved, documents: documents, warnings: warnings)
    case .coder(let other, let codebook):
      return try compare(gold: gold, resolved: resolved, with: other, codebook: codebook, warnings: warnings)
    }
  }

  // MARK: - The three sources

  /// The stored automatic suggestions against the gold.
  private func evaluateSuggestions(
    gold: GoldStandard, resolved: ResolvedGold, warnings: [String]
  ) throws -> GoldEvaluation {
    guard let stored = try automaticCodebook(covering: Set(gold.conceptsUsed)) else {
      throw EvaluationError.noSuggestions
    }
    let name = "\(stored.name) \(stored.version)"
    try gold.check(concepts: Set(stored.concepts), codebookName: name)
    let matches = try automaticMatches(of: stored, segments: Set(resolved.segments.map(\.segmentId)))
    let result = GoldEvaluator(concepts: stored.concepts).evaluate(resolved.segments) { matches[$0.segmentId] ?? [] }
    return GoldEvaluation(
      mode: .suggestions, gold: gold.file,
      comparedWith: "the automatic suggestions stored in the project (codebook \(name))", codebook: name,
      goldSegments: gold.segmentCount, evaluatedSegments: resolved.segments.count, warnings: warnings,
      result: result)
  }

  /// A codebook matched in memory against the gold segments, with the language rule of
  /// `code(codebookAt:)`: a document is coded with the indicators of its language (`language(of:texts:)`)
  /// when the codebook has any for it.
  private func evaluate(
    _ codebook: Codebook, gold: GoldStandard, resolved: ResolvedGold, documents: [String: GoldProjectDocument],
    warnings: [String]
  ) throws -> GoldEvaluation {
    let name = "\(codebook.name) \(codebook.version)"
    let concepts = codebook.concepts.map(\.id)
    try gold.check(concepts: Set(concepts), codebookName: name)
    var warnings = warnings
    var coders: [Language: ContextualCoder] = [:]
    let wanted = Set(resolved.segments.map(\.segmentId))
    var matches: [Int64: [EvaluatedMatch]] = [:]
    for (goldName, document) in documents.sorted(by: { $0.key < $1.key }) {
      let language = Self.language(
        of: document.summary, texts: document.segments.map(\.segment.text), otherwise: codebook.language)
      guard codebook.languages.contains(language) else {
        warnings.append(
          "\(gold.file): warning: \(goldName) is in \(language.rawValue), for which the codebook has no "
            + "indicators (\(codebook.languages.map(\.rawValue).joined(separator: ", "))): not coded (as thema code "
            + "would skip it)")
        continue
      }
      // The indicators of the document's language, as `thema code` matches them.
      var coder =
        coders.removeValue(forKey: language)
        ?? ContextualCoder(matcher: CodebookMatcher(codebook: codebook, language: language))
      defer { coders[language] = coder }
      // Every segment passes the tracker (headings and lead-ins are context even when not in the gold).
      coder.beginDocument()
      var tracker = SegmentContextTracker()
      for stored in document.segments {
        let context = coder.usesContext ? tracker.next(SegmentOutline(stored), text: stored.segment.text) : SegmentContext()
        guard wanted.contains(stored.id) else { continue }
        matches[stored.id] = coder.code(stored.segment.text, context: context).matches.map {
          EvaluatedMatch(
            concept: $0.concept, start: $0.start, end: $0.end, matchedForm: $0.matchedForm, indicator: $0.indicatorLabel)
        }
      }
    }
    let result = GoldEvaluator(concepts: concepts).evaluate(resolved.segments) { matches[$0.segmentId] ?? [] }
    return GoldEvaluation(
      mode: .codebook, gold: gold.file, comparedWith: "codebook \(name) (in memory)", codebook: name,
      goldSegments: gold.segmentCount, evaluatedSegments: resolved.segments.count, warnings: warnings,
      result: result)
  }

  /// A second coder's gold file against the first, on the segments both code.
  private func compare(
    gold: GoldStandard, resolved: ResolvedGold, with other: GoldStandard, codebook: Codebook?, warnings: [String]
  ) throws -> GoldEvaluation {
    let otherResolved = try resolve(other)
    let concepts: [String]
    let name: String
    if let codebook {
      concepts = codebook.concepts.map(\.id)
      name = "\(codebook.name) \(codebook.version)"
    } else if let stored = try automaticCodebook(covering: Set(gold.conceptsUsed + other.conceptsUsed)) {
      concepts = stored.concepts
      name = "\(stored.name) \(stored.version)"
    } else {
      throw EvaluationError.noCodebook
    }
    try gold.check(concepts: Set(concepts), codebookName: name)
    try other.check(concepts: Set(concepts), codebookName: name)
    var second: [Int64: ResolvedGoldSegment] = [:]
    for segment in otherResolved.segments { second[segment.segmentId] = segment }
    let shared = resolved.segments.filter { second[$0.segmentId] != nil }
    let result = GoldEvaluator(concepts: concepts).evaluate(shared) { segment in
      (second[segment.segmentId]?.concepts.sorted() ?? []).map { EvaluatedMatch(concept: $0) }
    }
    let coders = Set(otherResolved.segments.map(\.coder)).sorted().joined(separator: ", ")
    return GoldEvaluation(
      mode: .compare, gold: gold.file, comparedWith: "\(other.file) (coder \(coders))", codebook: name,
      goldSegments: gold.segmentCount, evaluatedSegments: shared.count,
      warnings: warnings + other.warnings + otherResolved.warnings, result: result)
  }

  // MARK: - Loading

  /// A gold document found in the project.
  struct GoldProjectDocument {
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
