import Foundation
import GRDB
import ThemaCodebook
import ThemaIngest
import ThemaLanguage
import ThemaReview
import ThemaStore

/// What one automatic coding run did.
public struct CodingRunReport: Sendable {
  /// The stored codebook's id, name, version and content hash.
  public var codebookId: Int64
  public var codebook: String
  public var contentHash: String
  /// Segments coded, and matches found in them.
  public var segments: Int
  public var matches: Int
  /// Documents skipped because their language is not the codebook's (document names).
  public var skippedDocuments: [String]
  /// How the stored codings changed (added, suggested again, withdrawn, unchanged, decisions kept).
  public var reconciliation: SuggestionReport
  /// Validation warnings of the codebook (errors stop the run).
  public var warnings: [String]
}

// MARK: - Automatic coding

extension Project {
  /// Applies a codebook to every segment of the current document versions and stores each match as a
  /// suggested coding (coder `auto`), reconciled with earlier runs: human decisions are never
  /// overwritten, unchanged suggestions stay as they are, suggestions whose indicator disappeared are
  /// withdrawn (see `applySuggestions`).
  ///
  /// A document is coded when its `language` attribute (or, without one, the detected language of its
  /// text) is the codebook's language; the others are listed as skipped.
  ///
  /// ```swift
  /// let report = try project.code(codebookAt: "Codebooks/mli.yaml")
  /// print(report.reconciliation.summary)
  /// ```
  public func code(codebookAt path: String) throws -> CodingRunReport {
    let source: Data
    do { source = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
      throw StoreError.unreadable(path: path, reason: error.localizedDescription)
    }
    let read = try CodebookReader().read(contentsOf: path)
    if read.hasErrors {
      throw CodingRunError.invalidCodebook(
        path: path, issues: read.issues.filter { $0.severity == .error }.map(\.description))
    }
    let codebook = read.codebook
    let codebookId = try storeCodebook(codebook, source: source, path: path)

    var matcher = CodebookMatcher(codebook: codebook, language: codebook.language)
    let detector = LanguageDetector()
    var suggestions: [Suggestion] = []
    var skipped: [String] = []
    var codedSegments: Set<Int64> = []
    let documents = try documents()
    for document in documents {
      let segments = try segments(of: document)
      let language =
        document.attributes["language"].flatMap(Language.init(rawValue:))
        ?? detector.detect(segments.prefix(200).map(\.segment.text).joined(separator: "\n")).language
        ?? codebook.language
      guard language == codebook.language else {
        skipped.append(document.name)
        continue
      }
      for stored in segments {
        codedSegments.insert(stored.id)
        for match in matcher.code(stored.segment.text).matches {
          let original = stored.segment.map.originalRange(ofView: match.start..<match.end)
          suggestions.append(
            Suggestion(
              segmentId: stored.id, concept: match.concept, start: match.start, end: match.end,
              originalStart: original.lowerBound, originalEnd: original.upperBound,
              matchedForm: match.matchedForm,
              indicator: Suggestion.Indicator(
                key: "\(match.concept)#\(match.indicator)",
                hash: codebook.contentHash(ofConcept: match.concept) ?? codebook.contentHash),
              codebookId: codebookId))
        }
      }
    }
    let reconciliation = try applySuggestions(
      suggestions, codebook: codebookId, segments: codedSegments,
      reason: "codebook \(codebook.name) \(codebook.version)")
    return CodingRunReport(
      codebookId: codebookId, codebook: "\(codebook.name) \(codebook.version)",
      contentHash: codebook.contentHash, segments: codedSegments.count, matches: suggestions.count,
      skippedDocuments: skipped, reconciliation: reconciliation,
      warnings: read.issues.filter { $0.severity != .error }.map(\.description))
  }

  /// Stores the codebook (its exact source bytes) and its concepts once per content; returns its id.
  private func storeCodebook(_ codebook: Codebook, source: Data, path: String) throws -> Int64 {
    let sha256 = source.sha256Hex
    return try database.write { db in
      if let id = try Int64.fetchOne(
        db, sql: "SELECT id FROM codebook WHERE sha256 = ?", arguments: [sha256])
      {
        return id
      }
      try db.execute(
        sql: """
          INSERT INTO codebook (name, version, language, sha256, source, sourcePath, importedAt)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          codebook.name, codebook.version, codebook.language.rawValue, sha256, source, path, Date(),
        ])
      let id = db.lastInsertedRowID
      for (ordinal, concept) in codebook.concepts.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO concept (codebookId, conceptId, label, parentId, dimension, definition, ordinal)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            id, concept.id, concept.label, concept.parent, concept.dimension, concept.definition,
            ordinal,
          ])
      }
      return id
    }
  }
}

/// Why an automatic coding run did not start.
public enum CodingRunError: LocalizedError, Equatable {
  /// The codebook has validation errors (each names its line).
  case invalidCodebook(path: String, issues: [String])

  public var errorDescription: String? {
    switch self {
    case .invalidCodebook(let path, let issues):
      "\(path): the codebook has errors, nothing was coded:\n" + issues.map { "  \($0)" }.joined(separator: "\n")
    }
  }
}
