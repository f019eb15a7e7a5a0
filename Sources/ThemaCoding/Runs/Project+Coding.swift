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
  /// For a run that re-matched only what an edit changed: those concepts (added, removed, edited);
  /// nil for a full run.
  public var rematchedConcepts: [String]?
  /// Segments the run matched (tokenised and looked up); in an incremental run only those where the
  /// edit could change a match (`SegmentPrefilter`), the others are carried as they are.
  public var matchedSegments = 0

  /// One line on how the run matched ("re-matched 1 concept (innoveren) in 2,310 of 18,104 segments,
  /// the others kept").
  public var incremental: String? {
    rematchedConcepts.map { concepts in
      concepts.isEmpty
        ? "no concept's indicators or exclusions changed: nothing re-matched"
        : "re-matched \(concepts.count) concept\(concepts.count == 1 ? "" : "s") (\(concepts.joined(separator: ", "))) "
          + "in \(matchedSegments) of \(segments) segments, the others kept"
    }
  }
}

// MARK: - Automatic coding

extension Project {
  /// Applies a codebook to every segment of the current document versions and stores each match as a
  /// suggested coding (coder `auto`), reconciled with earlier runs: human decisions are never
  /// overwritten, unchanged suggestions stay as they are, suggestions whose indicator disappeared are
  /// withdrawn (see `applySuggestions`).
  ///
  /// A document is coded with the codebook's indicators of its language (`language(of:otherwise:)`:
  /// its `language` attribute, else the detected one): `indicators` for the codebook's language,
  /// `indicators-en` and the like for another. Documents in a language without indicators are listed as
  /// skipped.
  ///
  /// **Re-coding after an edit.** When the previous run coded the same document versions, only the
  /// concepts whose matching hash changed (indicators or exclusions; a reworded definition is no change),
  /// or that were added or removed, are matched again and only their suggestions are reconciled; the
  /// other concepts' suggestions stay as they are (the run only records, in one `codingCarry` row per
  /// concept, that it produced them again: read a suggestion's run and codebook through
  /// `CodingProvenance`), and so do the edited concepts' suggestions it produces exactly as before.
  /// Only the segments whose text or context holds an anchor of the edit are matched at all
  /// (`LanguageCoding`, `SegmentPrefilter`): with the edited concepts alone, or, where a word may consult
  /// a compound part whose plausibility the edit changed (a term added or removed), with every concept,
  /// the unchanged ones then reconciled in the segments where a word did. The result is exactly that of
  /// a full run (`incremental: false`), which is what happens otherwise or when told so.
  ///
  /// ```swift
  /// let report = try project.code(codebookAt: "Codebooks/mli.yaml")
  /// print(report.reconciliation.summary)
  /// ```
  ///
  /// `progress` is told before each document is matched (a long run on a large project takes a while).
  public func code(
    codebookAt path: String, incremental allowIncremental: Bool = true,
    progress: (CodingProgress) -> Void = { _ in }
  ) throws -> CodingRunReport {
    // A run stores up to hundreds of thousands of suggestions, each in eight indexes.
    try withWriteCache(megabytes: 64) {
      try performCoding(codebookAt: path, incremental: allowIncremental, progress: progress)
    }
  }

  private func performCoding(
    codebookAt path: String, incremental allowIncremental: Bool, progress: (CodingProgress) -> Void
  ) throws -> CodingRunReport {
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

    // Which documents are coded (those in a language the codebook has indicators for), and the key of
    // that corpus.
    var coded: [(document: DocumentSummary, language: Language)] = []
    var skipped: [String] = []
    var corpusLines: [String] = []
    let languages = codebook.languages
    for document in try documents() {
      let language = try self.language(of: document, otherwise: codebook.language)
      corpusLines.append("\(document.id):\(document.versionId):\(language.rawValue)")
      if languages.contains(language) { coded.append((document, language)) } else { skipped.append(document.name) }
    }
    let corpusKey = Data(corpusLines.joined(separator: "\n").utf8).sha256Hex

    let plan =
      try allowIncremental
      ? incrementalPlan(for: codebook, corpusKey: corpusKey, languages: Set(coded.map(\.language))) : nil
    let run = try database.read { db in try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) + 1 FROM codingRun") } ?? 1
    // The concepts' matching hashes (what re-matching compares), and what a suggestion stores: the hash
    // of the indicator that made it (a reworded definition, or a term added to the concept, changes none),
    // with the concept's whole-content hash earlier versions stored, which still counts as unchanged.
    let conceptHashes = Dictionary(
      codebook.concepts.map { ($0.id, codebook.matchingHash(ofConcept: $0.id) ?? codebook.contentHash) },
      uniquingKeysWith: { first, _ in first })
    let indicatorHashes = Dictionary(
      codebook.concepts.map { concept in
        (concept.id, concept.indicators.indices.map { codebook.indicatorHash(ofConcept: concept.id, indicator: $0) })
      },
      uniquingKeysWith: { first, _ in first })
    let legacyHashes = Dictionary(
      codebook.concepts.map { ($0.id, codebook.contentHash(ofConcept: $0.id) ?? codebook.contentHash) },
      uniquingKeysWith: { first, _ in first })

    // Match: every concept, or only the changed ones (and, where an edit changed which compound parts are
    // plausible, the others too in the segments whose words consult such a part).
    var suggestions: [Suggestion] = []
    var matched = 0
    var reconciliation = SuggestionReport()
    let reason = "codebook \(codebook.name) \(codebook.version)"
    var codedSegments: Set<Int64> = []
    var touchedSegments: Set<Int64> = []
    let toMatch = plan.map { $0.changed.intersection(conceptHashes.keys) }
    let changes = plan.flatMap { plan in
      toMatch.map { IndicatorChanges(concepts: $0, from: plan.previousCodebook, to: codebook) }
    }
    var matchedSegments = 0
    // The segments an incremental run matched: only there can the edited concepts' suggestions change.
    var reconciledSegments: Set<Int64> = []
    if plan?.earlier.isEmpty == false || toMatch?.isEmpty != true {
      // One coding per language of the documents, made when the first document in it comes; it adds the
      // codes inherited from headings, lead-ins and attributes (`in:` in the codebook), and in an
      // incremental run matches only where the edit can change a match.
      var codings: [Language: LanguageCoding] = [:]
      for (index, (document, language)) in coded.enumerated() {
        progress(CodingProgress(document: document.name, index: index, total: coded.count))
        // Taken out of the dictionary while in use, so that its caches are not copied on write.
        var coding =
          codings.removeValue(forKey: language)
          ?? LanguageCoding(
            codebook: codebook, language: language, edited: toMatch, earlier: plan?.earlier[language],
            changes: changes, previous: plan?.previousCodebook)
        defer { codings[language] = coding }
        var batch: [Suggestion] = []
        var batchSegments: Set<Int64> = []
        coding.beginDocument()
        let texts = try segmentTexts(of: document, outlines: coding.usesContext)
        let contexts = coding.usesContext ? SegmentContext.contexts(of: texts) : nil
        for (index, stored) in texts.enumerated() {
          codedSegments.insert(stored.id)
          batchSegments.insert(stored.id)
          // Nil: no anchor of the edit, the previous run's result stands (for the edited concepts: nothing).
          guard let (matches, touched) = coding.code(stored.text, context: contexts?[index]) else { continue }
          matchedSegments += 1
          if plan != nil { reconciledSegments.insert(stored.id) }
          if touched { touchedSegments.insert(stored.id) }
          guard !matches.isEmpty else { continue }
          let map = stored.map
          for match in matches {
            let original = map.originalRange(ofView: match.start..<match.end)
            batch.append(
              Suggestion(
                segmentId: stored.id, concept: match.concept, start: match.start, end: match.end,
                originalStart: original.lowerBound, originalEnd: original.upperBound,
                matchedForm: match.matchedForm,
                indicator: Suggestion.Indicator(
                  key: "\(match.concept)#\(match.indicatorLabel)",
                  hash: indicatorHashes[match.concept]?[match.indicatorIndex] ?? codebook.contentHash,
                  legacyHash: legacyHashes[match.concept]),
                codebookId: codebookId))
          }
        }
        matched += batch.count
        if plan == nil {
          // A full run reconciles document by document, so that memory stays bounded on any corpus.
          let report = try applySuggestions(
            batch, codebook: codebookId, segments: batchSegments, run: run, reason: reason)
          reconciliation.merge(report)
        } else {
          suggestions += batch
        }
      }
    }
    if plan != nil, codedSegments.isEmpty {
      // Nothing was scanned (only removed concepts, or none changed): the coded segments by id.
      let versions = coded.map(\.document.versionId)
      codedSegments = try database.read { db in
        var ids: Set<Int64> = []
        for chunk in stride(from: 0, to: versions.count, by: 500) {
          let part = Array(versions[chunk..<min(chunk + 500, versions.count)])
          let marks = part.map { _ in "?" }.joined(separator: ", ")
          ids.formUnion(
            try Int64.fetchAll(db, sql: "SELECT id FROM segment WHERE versionId IN (\(marks))", arguments: StatementArguments(part)))
        }
        return ids
      }
    }
    let unchanged = Set(conceptHashes.keys).subtracting(plan?.changed ?? [])
    // An incremental run reconciles and records itself in one transaction; a full run has reconciled
    // document by document and records itself.
    let kept = try database.write { db in
      if let plan {
        let edited = toMatch ?? []
        if !edited.isEmpty {
          // Where it matched: what the previous run produced and this one produces as it was is carried,
          // not rewritten. Elsewhere nothing of these concepts changed: all is carried (`finishRun`).
          reconciliation = try applySuggestions(
            suggestions, codebook: codebookId, segments: reconciledSegments, concepts: edited, run: run,
            reason: reason, carryFrom: plan.previousRun, in: db)
        }
        let removed = plan.changed.subtracting(edited)
        if !removed.isEmpty {
          // Concepts no longer in the codebook: their open suggestions are withdrawn everywhere.
          reconciliation.merge(
            try applySuggestions(
              [], codebook: codebookId, segments: codedSegments, concepts: removed, run: run, reason: reason, in: db))
        }
        if !touchedSegments.isEmpty, !unchanged.isEmpty {
          reconciliation.merge(
            try applySuggestions(
              suggestions, codebook: codebookId, segments: touchedSegments, concepts: unchanged, run: run,
              reason: reason, in: db))
        }
      } else if coded.isEmpty {
        reconciliation = try applySuggestions([], codebook: codebookId, segments: [], run: run, reason: reason, in: db)
      }
      return try finishRun(
        db, run: run, codebook: codebookId, corpusKey: corpusKey, plan: plan, unchanged: unchanged,
        except: touchedSegments, edited: toMatch ?? [], reconciled: reconciledSegments,
        unwritten: reconciliation.unwritten)
    }
    suggestions = []
    reconciliation.carried += kept.count
    reconciliation.keptDecisions += kept.decisions
    return CodingRunReport(
      codebookId: codebookId, codebook: "\(codebook.name) \(codebook.version)",
      contentHash: codebook.contentHash, segments: codedSegments.count,
      matches: matched + kept.count, skippedDocuments: skipped, reconciliation: reconciliation,
      warnings: read.issues.filter { $0.severity != .error }.map(\.description),
      rematchedConcepts: plan.map { $0.changed.sorted() }, matchedSegments: matchedSegments)
  }

  // MARK: - Incremental runs

  /// What an incremental run re-matches.
  struct IncrementalPlan {
    /// The previous run and its codebook's id.
    var previousRun: Int64
    /// Concepts added, removed or whose matching hash changed (indicators, exclusions; not the definition).
    var changed: Set<String>
    /// Per language whose plausible compound parts the edit changed: the previous codebook, compiled for
    /// its plausible parts only (the other concepts are then re-matched, in the documents of that
    /// language, where a word consults such a part). Empty when no language's parts changed.
    var earlier: [Language: CompiledCodebook]
    /// The previous run's codebook.
    var previousCodebook: Codebook
  }

  /// The plan for re-coding only what changed since the previous run (in documents of `languages`), or
  /// nil when every concept must be matched (no previous run, other documents or languages, another codebook language or set of
  /// indicator languages).
  func incrementalPlan(for codebook: Codebook, corpusKey: String, languages: Set<Language>) throws -> IncrementalPlan? {
    guard let previous = try newestRun(), previous.corpusKey == corpusKey,
      let old = try? CodebookReader().read(yaml: previous.codebook.yaml), !old.hasErrors,
      old.codebook.language == codebook.language, old.codebook.languages == codebook.languages
    else { return nil }
    var earlier: [Language: CompiledCodebook] = [:]
    // Only the languages of the coded documents: the others' compound parts matter to no segment.
    for language in codebook.languages where languages.contains(language) {
      let before = CompiledCodebook(codebook: old.codebook, language: language, stemmer: language.stemmer, concepts: [])
      let after = CompiledCodebook(codebook: codebook, language: language, stemmer: language.stemmer, concepts: [])
      if !before.hasSamePlausibility(as: after) { earlier[language] = before }
    }
    var changed: Set<String> = []
    let ids = Set(codebook.concepts.map(\.id)).union(old.codebook.concepts.map(\.id))
    for id in ids where codebook.matchingHash(ofConcept: id) != old.codebook.matchingHash(ofConcept: id) {
      changed.insert(id)
    }
    return IncrementalPlan(previousRun: previous.id, changed: changed, earlier: earlier, previousCodebook: old.codebook)
  }

  /// Records the run; in an incremental run, records in `codingCarry` which suggestions of the previous
  /// run it produced again without rewriting them, which is what a full run's reconciliation does to
  /// them, and returns how many it carried outside the segments reconciliation read and how many of
  /// those carry a human decision (counted in SQL, not read one by one):
  ///
  /// - the `unchanged` concepts' suggestions, outside `except` (segments where a word consulted a
  ///   changed compound part: those were reconciled, and what this run did not produce again there is
  ///   pinned to the previous run);
  /// - the `edited` concepts': outside the `reconciled` segments all of them (no indicator that changed
  ///   can match there), inside those that reconciliation left `unwritten` (produced as they were); the
  ///   others the previous run produced there and this one did not (withdrawn, or kept for a human
  ///   decision) are pinned.
  ///
  /// One `codingCarry` row per concept and producing run says that this run carries them (see
  /// `CodingProvenance`); a pinned suggestion keeps the run and codebook that last produced it.
  private func finishRun(
    _ db: Database, run: Int64, codebook: Int64, corpusKey: String, plan: IncrementalPlan?,
    unchanged: Set<String>, except: Set<Int64>, edited: Set<String>, reconciled: Set<Int64>, unwritten: [Int64]
  ) throws -> (count: Int, decisions: Int) {
    try db.execute(
      sql: "INSERT INTO codingRun (id, codebookId, corpusKey, incremental, finishedAt) VALUES (?, ?, ?, ?, ?)",
      arguments: [run, codebook, corpusKey, plan != nil, Date()])
    guard let plan else { return (0, 0) }
    let previous = plan.previousRun
    let automatic = "c.coder = 'auto' AND c.sourceId IS NULL AND c.suggestionKey IS NOT NULL"
    /// The previous run's suggestions of `concepts` (those it wrote, and those it carried), with the
    /// statement's arguments.
    func producedBefore(_ concepts: [String]) -> (sql: String, arguments: StatementArguments) {
      let list = "(" + concepts.map { _ in "?" }.joined(separator: ", ") + ")"
      return (
        "\(CodingProvenance.run()) = ? AND c.suggestedConcept IN \(list) AND \(automatic)",
        StatementArguments([previous]) + StatementArguments(concepts)
      )
    }
    /// Pins the previous run's suggestions of `concepts` that `condition` selects to that run.
    func pin(_ concepts: [String], where condition: String) throws {
      let before = producedBefore(concepts)
      try db.execute(
        sql: """
          UPDATE coding SET runId = ?, runPinned = 1, codebookId = (
              SELECT \(CodingProvenance.codebook()) FROM coding c \(CodingProvenance.join()) WHERE c.id = coding.id)
            WHERE id IN (
              SELECT c.id FROM coding c \(CodingProvenance.join()) WHERE \(condition) AND \(before.sql))
          """,
        arguments: StatementArguments([previous]) + before.arguments)
    }
    func temporaryIds(_ table: String, _ column: String, _ ids: some Sequence<Int64>) throws {
      try db.execute(sql: "CREATE TEMP TABLE IF NOT EXISTS \(table) (\(column) INTEGER PRIMARY KEY)")
      try db.execute(sql: "DELETE FROM \(table)")
      let insert = try db.makeStatement(sql: "INSERT INTO \(table) (\(column)) VALUES (?)")
      for id in ids { try insert.execute(arguments: [id]) }
    }

    var (count, decisions) = (0, 0)
    /// Adds how many suggestions of `concepts` the previous run produced outside the segments of `table`.
    func countCarried(_ concepts: [String], outside table: String, empty: Bool) throws {
      let outside = empty ? "" : " AND c.segmentId NOT IN (SELECT segmentId FROM \(table))"
      let before = producedBefore(concepts)
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT COUNT(*) AS count, COALESCE(SUM(c.status <> 'suggested'), 0) AS decisions
          FROM coding c \(CodingProvenance.join()) WHERE \(before.sql)\(outside)
          """,
        arguments: before.arguments)
      count += row?["count"] ?? 0
      decisions += row?["decisions"] ?? 0
    }
    let kept = unchanged.sorted()
    if !kept.isEmpty {
      try temporaryIds("codingRunExcept", "segmentId", except)
      try countCarried(kept, outside: "codingRunExcept", empty: except.isEmpty)
      // In the reconciled segments, what this run produced carries its id already; what it did not
      // produce again (withdrawn, or kept for a human decision) was last produced by the previous run.
      if !except.isEmpty { try pin(kept, where: "c.segmentId IN (SELECT segmentId FROM codingRunExcept)") }
    }
    let reMatched = edited.sorted()
    if !reMatched.isEmpty {
      try temporaryIds("codingRunUnwritten", "codingId", unwritten)
      try temporaryIds("codingRunReconciled", "segmentId", reconciled)
      // Outside the matched segments every suggestion of theirs is carried (those inside that were
      // produced as they were are counted by reconciliation).
      try countCarried(reMatched, outside: "codingRunReconciled", empty: reconciled.isEmpty)
      try pin(
        reMatched,
        where: "c.runPinned IS NULL AND c.segmentId IN (SELECT segmentId FROM codingRunReconciled)"
          + " AND c.id NOT IN (SELECT codingId FROM codingRunUnwritten)")
    }
    // Carry: what the previous run carried, and what it wrote itself.
    let carried = kept + reMatched
    guard !carried.isEmpty else { return (count, decisions) }
    let list = "(" + carried.map { _ in "?" }.joined(separator: ", ") + ")"
    try db.execute(
      sql: "UPDATE codingCarry SET lastRunId = ?, codebookId = ? WHERE lastRunId = ? AND concept IN \(list)",
      arguments: StatementArguments([run, codebook, previous]) + StatementArguments(carried))
    let carry = try db.makeStatement(
      sql: """
        INSERT INTO codingCarry (fromRunId, concept, lastRunId, codebookId) VALUES (?, ?, ?, ?)
        ON CONFLICT (fromRunId, concept) DO UPDATE SET lastRunId = excluded.lastRunId, codebookId = excluded.codebookId
        """)
    for concept in carried { try carry.execute(arguments: [previous, concept, run, codebook]) }
    return (count, decisions)
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

extension SuggestionReport {
  /// Adds another reconciliation's lists and counts to this one.
  mutating func merge(_ other: SuggestionReport) {
    added += other.added
    resuggested += other.resuggested
    withdrawn += other.withdrawn
    unchanged += other.unchanged
    unwritten += other.unwritten
    carried += other.carried
    keptDecisions += other.keptDecisions
  }
}
