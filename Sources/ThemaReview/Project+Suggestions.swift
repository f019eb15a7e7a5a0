import Foundation
import GRDB
import ThemaStore

// MARK: - Reconciling an automatic run

extension Project {
  /// Reconciles a new automatic run's suggestions with the stored ones, in one transaction, keeping
  /// every human decision:
  ///
  /// - a suggestion stored before (same segment, concept and span, see `Suggestion.key`) keeps its
  ///   status: accepted stays accepted, a recoded or adjusted one keeps the human's concept and span, an
  ///   open one stays open; it takes the indicator, matched form and run of this run;
  /// - a rejected suggestion is suggested again only when its indicator's hash changed;
  /// - a withdrawn suggestion that the run produces again is suggested again;
  /// - an open suggestion the run no longer produces is marked withdrawn (never deleted); decided
  ///   ones (accepted, rejected) are kept as they are;
  /// - of two stored suggestions with the same key (a project coded before the key left out the
  ///   indicator, when two indicators could each suggest the same span), the decided one, else the older,
  ///   is the suggestion; an open other one is withdrawn as a duplicate;
  /// - everything else is new and stored as `suggested`.
  ///
  /// Every change is an event of the automatic coder. Only suggestions of `segments` are compared
  /// (nil: all segments), so a run over one document leaves the others alone; likewise only those
  /// suggested for `concepts` (nil: all concepts), so re-coding one edited concept reads and touches
  /// that concept's suggestions only. `run` (a `codingRun` id) is recorded on every suggestion the run
  /// produced — except, with `carryFrom`, on those that run produced last (not pinned) and this one
  /// produces as they were: their rows are left as they are and listed in `unwritten`, and the caller
  /// records the carry (`ProjectMigration.codingCarry`) and pins the others that run produced.
  ///
  /// ```swift
  /// let report = try project.applySuggestions(run, codebook: codebookId)
  /// print(report.summary)   // "3 new, 1 suggested again, 2 withdrawn, 120 unchanged (14 human decisions kept)"
  /// ```
  @discardableResult
  public func applySuggestions(
    _ suggestions: [Suggestion], codebook: Int64?, segments: Set<Int64>? = nil,
    concepts: Set<String>? = nil, run: Int64? = nil, reason: String? = nil, carryFrom: Int64? = nil
  ) throws -> SuggestionReport {
    try database.write { db in
      try applySuggestions(
        suggestions, codebook: codebook, segments: segments, concepts: concepts, run: run, reason: reason,
        carryFrom: carryFrom, in: db)
    }
  }

  /// `applySuggestions` inside a transaction the caller holds (a run that reconciles and records itself
  /// in one transaction).
  @discardableResult
  public func applySuggestions(
    _ suggestions: [Suggestion], codebook: Int64?, segments: Set<Int64>? = nil,
    concepts: Set<String>? = nil, run: Int64? = nil, reason: String? = nil, carryFrom: Int64? = nil,
    in db: Database
  ) throws -> SuggestionReport {
    let now = Date()
    var report = SuggestionReport()
    var stored: [String: StoredCoding] = [:]
    // With each row: whether `carryFrom` produced it last and it is not pinned (it may then be carried).
    let carried = carryFrom.map { "\(CodingProvenance.run()) = \($0) AND c.runPinned IS NULL" } ?? "0"
    // `+` keeps SQLite off the (sourceId, coder) index, which holds every suggestion of the project:
    // a full run reconciling document by document then read all stored so far for each document. The
    // segment range or the concepts are what narrow the rows.
    var sql = """
      SELECT \(StoredCoding.columns(prefix: "c.")), \(carried) AS carriable FROM coding c \(CodingProvenance.join())
      WHERE +c.coder = ? AND +c.sourceId IS NULL AND c.suggestionKey IS NOT NULL
      """
    var arguments: StatementArguments = [Self.automaticCoder]
    if let concepts {
      sql += " AND c.suggestedConcept IN (" + concepts.map { _ in "?" }.joined(separator: ", ") + ")"
      _ = arguments.append(contentsOf: StatementArguments(concepts.sorted()))
    }
    if let segments, let low = segments.min(), let high = segments.max() {
      // A range the index on segmentId answers; the set itself is checked below.
      sql += " AND c.segmentId BETWEEN ? AND ?"
      _ = arguments.append(contentsOf: [low, high])
    }
    var duplicates: [StoredCoding] = []
    var carriable: Set<Int64> = []
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() {
      let coding = StoredCoding(positional: row)
      if let segments, !segments.contains(coding.segmentId) { continue }
      if row[StoredCoding.columnCount] as Bool { carriable.insert(coding.id) }
      guard let key = coding.suggestionKey else { continue }
      if let other = stored[key] {
        let (kept, duplicate) = Self.prefer(other, coding)
        stored[key] = kept
        duplicates.append(duplicate)
      } else {
        stored[key] = coding
      }
    }
    var produced: Set<String> = []
    for suggestion in suggestions {
      if let concepts, !concepts.contains(suggestion.concept) { continue }
      let key = suggestion.key
      guard produced.insert(key).inserted else { continue }
      if let coding = stored[key] {
        try refresh(
          db, coding: coding, with: suggestion, codebook: codebook, run: run, now: now,
          carriable: carriable.contains(coding.id), report: &report)
      } else {
        let state = CodingState(
          status: .suggested, concept: suggestion.concept, start: suggestion.start, end: suggestion.end,
          originalStart: suggestion.originalStart, originalEnd: suggestion.originalEnd)
        let (id, _) = try Trail.create(
          db,
          Trail.NewCoding(
            segmentId: suggestion.segmentId, codebookId: suggestion.codebookId ?? codebook,
            state: state, origin: "auto", coder: Self.automaticCoder,
            matchedForm: suggestion.matchedForm, indicator: suggestion.indicator.key,
            indicatorHash: suggestion.indicator.hash, suggestionKey: key,
            suggestedConcept: suggestion.concept, runId: run),
          eventCoder: Self.automaticCoder, action: .suggest, reason: reason, at: now)
        report.added.append(id)
      }
    }
    for (key, coding) in stored where !produced.contains(key) && coding.state.status == .suggested {
      var state = coding.state
      state.status = .withdrawn
      try Trail.change(
        db, coding: coding, to: state, coder: Self.automaticCoder, action: .withdraw,
        reason: "indicator \(coding.indicator ?? "?") no longer produces this suggestion", at: now)
      report.withdrawn.append(coding.id)
    }
    for duplicate in duplicates where duplicate.state.status == .suggested {
      var state = duplicate.state
      state.status = .withdrawn
      try Trail.change(
        db, coding: duplicate, to: state, coder: Self.automaticCoder, action: .withdraw,
        reason: "coding \(stored[duplicate.suggestionKey ?? ""]?.id ?? 0) suggests the same concept for the same span",
        at: now)
      report.withdrawn.append(duplicate.id)
    }
    report.added.sort()
    report.withdrawn.sort()
    return report
  }

  /// Of two stored suggestions with the same key: the one to keep (decided before open or withdrawn,
  /// then the older) and the duplicate.
  private static func prefer(_ a: StoredCoding, _ b: StoredCoding) -> (kept: StoredCoding, duplicate: StoredCoding) {
    func decided(_ coding: StoredCoding) -> Bool {
      coding.state.status != .suggested && coding.state.status != .withdrawn
    }
    if decided(a) != decided(b) { return decided(a) ? (a, b) : (b, a) }
    return a.id < b.id ? (a, b) : (b, a)
  }

  /// Brings a stored suggestion that the run produced again up to date.
  private func refresh(
    _ db: Database, coding: StoredCoding, with suggestion: Suggestion, codebook: Int64?, run: Int64?, now: Date,
    carriable: Bool, report: inout SuggestionReport
  ) throws {
    let indicatorChanged =
      coding.indicatorHash != suggestion.indicator.hash && coding.indicatorHash != suggestion.indicator.legacyHash
    let comesBack =
      coding.state.status == .withdrawn
      || (coding.state.status == .rejected && indicatorChanged)
    if carriable, !comesBack, coding.indicator == suggestion.indicator.key,
      coding.indicatorHash == suggestion.indicator.hash, coding.matchedForm == suggestion.matchedForm
    {
      // As it was, and produced by the run carried from: the carry records this run (no row written).
      report.unchanged.append(coding.id)
      report.unwritten.append(coding.id)
      if coding.state.status != .suggested { report.keptDecisions += 1 }
      return
    }
    // Provenance follows the newest run; it is not part of the coding's state. A run that produces the
    // suggestion writes its id, which ends any pin to an older run (see `CodingProvenance`). One
    // prepared statement for every suggestion of the run (compiling it each time was a third of this).
    try db.cachedStatement(
      sql: """
        UPDATE coding SET indicator = ?, indicatorHash = ?, matchedForm = ?, codebookId = ?,
          runId = COALESCE(?, runId), runPinned = CASE WHEN ? IS NULL THEN runPinned END WHERE id = ?
        """
    ).execute(
      arguments: [
        suggestion.indicator.key, suggestion.indicator.hash, suggestion.matchedForm,
        suggestion.codebookId ?? codebook ?? coding.codebookId, run, run, coding.id,
      ])
    if comesBack {
      var state = coding.state
      state.status = .suggested
      let why =
        coding.state.status == .withdrawn
        ? "indicator \(suggestion.indicator.key) produces this suggestion again"
        : "indicator \(suggestion.indicator.key) changed since the rejection"
      try Trail.change(
        db, coding: coding, to: state, coder: Self.automaticCoder, action: .resuggest, reason: why, at: now)
      report.resuggested.append(coding.id)
    } else {
      report.unchanged.append(coding.id)
      if coding.state.status != .suggested { report.keptDecisions += 1 }
    }
  }
}
