import Foundation
import GRDB
import ThemaStore

// MARK: - Decisions on codings

extension Project {
  /// Accepts a coding. Returns the event, or nil when the coding was already accepted (nothing is
  /// recorded then). In blind mode the decision goes to the coder's own copy of a suggestion.
  ///
  /// ```swift
  /// try project.accept(12, coder: "marije", reason: "clear case of teacher leadership")
  /// ```
  @discardableResult
  public func accept(_ id: Int64, coder: String, reason: String? = nil) throws -> CodingEvent? {
    try decide(id, coder: coder, reason: reason, action: .accept) { coding, _ in
      var state = coding.state
      state.status = .accepted
      return state
    }
  }

  /// Rejects a coding (nil when it was already rejected).
  @discardableResult
  public func reject(_ id: Int64, coder: String, reason: String? = nil) throws -> CodingEvent? {
    try decide(id, coder: coder, reason: reason, action: .reject) { coding, _ in
      var state = coding.state
      state.status = .rejected
      return state
    }
  }

  /// Moves a coding to another concept; the coding is accepted under the new concept.
  @discardableResult
  public func recode(_ id: Int64, to concept: String, coder: String, reason: String? = nil) throws
    -> CodingEvent?
  {
    try decide(id, coder: coder, reason: reason, action: .recode) { coding, db in
      try Self.checkConcept(db, concept)
      var state = coding.state
      state.concept = concept
      state.status = .accepted
      return state
    }
  }

  /// Changes a coding's span (Unicode scalars of the segment's analysis text); the coding is
  /// accepted with the new span, and its original offsets follow from the segment's map.
  @discardableResult
  public func adjust(_ id: Int64, start: Int, end: Int, coder: String, reason: String? = nil) throws
    -> CodingEvent?
  {
    try decide(id, coder: coder, reason: reason, action: .adjust) { coding, db in
      let original = try Self.originalSpan(db, segment: coding.segmentId, start: start, end: end)
      var state = coding.state
      (state.start, state.end) = (start, end)
      (state.originalStart, state.originalEnd) = (original.lowerBound, original.upperBound)
      state.status = .accepted
      return state
    }
  }

  /// Adds a coding by hand to a span of a segment. Returns the new coding's id and its event.
  ///
  /// ```swift
  /// let (id, _) = try project.addCoding(segment: 7, start: 0, end: 24, concept: "reflecteren", coder: "joost")
  /// ```
  @discardableResult
  public func addCoding(
    segment: Int64, start: Int, end: Int, concept: String, coder: String, reason: String? = nil
  ) throws -> (codingId: Int64, event: CodingEvent) {
    let coder = try Self.validCoder(coder)
    return try database.write { db in
      try Self.checkConcept(db, concept)
      let original = try Self.originalSpan(db, segment: segment, start: start, end: end)
      let state = CodingState(
        status: .accepted, concept: concept, start: start, end: end,
        originalStart: original.lowerBound, originalEnd: original.upperBound)
      return try Trail.create(
        db,
        Trail.NewCoding(
          segmentId: segment, codebookId: try Self.codebookId(db, concept: concept), state: state,
          origin: "manual", coder: coder),
        eventCoder: coder, action: .add, reason: reason)
    }
  }

  /// Adds a coding by quoting the text: the quote must occur exactly once in the document's
  /// current analysis text, inside one segment.
  ///
  /// ```swift
  /// try project.codeText(document: "overleg-2019", quote: "samen onderzoek doen", concept: "onderzoeken", coder: "marije")
  /// ```
  @discardableResult
  public func codeText(
    document key: String, quote: String, concept: String, coder: String, reason: String? = nil
  ) throws -> (codingId: Int64, event: CodingEvent) {
    let document = try self.document(key)
    let place = try QuoteFinder.find(quote, in: try segments(of: document), document: document.name)
    return try addCoding(
      segment: place.segmentId, start: place.start, end: place.end, concept: concept, coder: coder,
      reason: reason)
  }

  /// Undoes an event with a new event that restores the coding's state before it. Only a coding's
  /// latest change can be undone (undo later events first). Undoing the addition of a hand coding
  /// withdraws it; undoing an undo redoes.
  ///
  /// ```swift
  /// try project.undo(event: 31, coder: "marije")
  /// ```
  @discardableResult
  public func undo(event id: Int64, coder: String, reason: String? = nil) throws -> CodingEvent {
    let coder = try Self.validCoder(coder)
    return try database.write { db in
      let event = try Trail.event(db, id: id)
      guard event.coder != Self.automaticCoder else {
        throw ReviewError.cannotUndo(event: id, reason: "it was made by the automatic coder; re-run coding instead")
      }
      guard let codingId = event.codingId, let after = event.after else {
        throw ReviewError.cannotUndo(event: id, reason: "it records a memo, not a change of a coding")
      }
      let coding = try Trail.coding(db, id: codingId)
      let latest = try Int64.fetchOne(
        db, sql: "SELECT MAX(id) FROM codingEvent WHERE codingId = ? AND after IS NOT NULL",
        arguments: [codingId]) ?? id
      guard latest == id, coding.state == after else {
        throw ReviewError.cannotUndo(
          event: id, reason: "coding \(codingId) changed since (event \(latest)); undo that first")
      }
      var restored = event.before ?? after
      if event.before == nil { restored.status = .withdrawn }
      return try Trail.change(
        db, coding: coding, to: restored, coder: coder, action: .undo,
        reason: reason ?? "undo event \(id) (\(event.action.rawValue) by \(event.coder))", undoes: id)
    }
  }

  /// Records the consensus on whether `concept` applies to a segment, after an agreement
  /// discussion: the shared suggestions of that concept in the segment are accepted (`present`)
  /// or rejected; when the concept is present and no suggestion exists, a coding is added over
  /// the span a coder marked (or the whole segment). Returns the events.
  @discardableResult
  public func recordConsensus(
    segment: Int64, concept: String, present: Bool, coder: String, reason: String? = nil
  ) throws -> [CodingEvent] {
    let coder = try Self.validCoder(coder)
    return try database.write { db in
      let shared = try Row.fetchAll(
        db,
        sql: """
          SELECT * FROM coding WHERE segmentId = ? AND concept = ? AND sourceId IS NULL
            AND (coder = ? OR coder = ?) ORDER BY id
          """, arguments: [segment, concept, Self.automaticCoder, Self.consensusOwner]
      ).map(StoredCoding.init(row:))
      var events: [CodingEvent] = []
      let wanted: CodingState.Status = present ? .accepted : .rejected
      for coding in shared where coding.state.status != wanted && coding.state.status != .withdrawn {
        var state = coding.state
        state.status = wanted
        events.append(
          try Trail.change(db, coding: coding, to: state, coder: coder, action: .consensus, reason: reason))
      }
      if present && !shared.contains(where: { $0.state.status != .withdrawn }) {
        let marked = try Row.fetchOne(
          db,
          sql: "SELECT start, \"end\" FROM coding WHERE segmentId = ? AND concept = ? AND status = 'accepted' ORDER BY id LIMIT 1",
          arguments: [segment, concept])
        guard let stored = try Project.segment(db, id: segment) else {
          throw ReviewError.segmentNotFound(segment)
        }
        let span = marked.map { ($0["start"] as Int, $0["end"] as Int) }
          ?? (0, stored.segment.text.unicodeScalars.count)
        let original = try Self.originalSpan(db, segment: segment, start: span.0, end: span.1)
        let state = CodingState(
          status: .accepted, concept: concept, start: span.0, end: span.1,
          originalStart: original.lowerBound, originalEnd: original.upperBound)
        events.append(
          try Trail.create(
            db,
            Trail.NewCoding(
              segmentId: segment, codebookId: try Self.codebookId(db, concept: concept), state: state,
              origin: "manual", coder: Self.consensusOwner),
            eventCoder: coder, action: .consensus, reason: reason
          ).event)
      }
      return events
    }
  }

  /// The owner recorded on codings that a consensus decision added.
  public static let consensusOwner = "consensus"

  // MARK: - Reading

  /// One coding as stored.
  public func coding(_ id: Int64) throws -> StoredCoding {
    try database.read { db in try Trail.coding(db, id: id) }
  }

  // MARK: - Helpers

  /// Applies a decision to a coding, or in blind mode to the coder's own copy of a suggestion.
  func decide(
    _ id: Int64, coder: String, reason: String?, action: CodingEvent.Action,
    makeState: @escaping (StoredCoding, Database) throws -> CodingState
  ) throws -> CodingEvent? {
    let coder = try Self.validCoder(coder)
    return try database.write { db in
      let coding = try Trail.coding(db, id: id)
      let blind = try Trail.setting(db, Self.blindKey) == "on"
      if blind && coding.isSharedSuggestion {
        if let row = try Row.fetchOne(
          db, sql: "SELECT * FROM coding WHERE sourceId = ? AND coder = ?", arguments: [id, coder])
        {
          let copy = StoredCoding(row: row)
          let state = try makeState(copy, db)
          guard state != copy.state else { return nil }
          return try Trail.change(db, coding: copy, to: state, coder: coder, action: action, reason: reason)
        }
        var base = coding
        base.state.status = .suggested
        let state = try makeState(base, db)
        return try Trail.create(
          db,
          Trail.NewCoding(
            segmentId: coding.segmentId, codebookId: coding.codebookId, state: state, origin: "auto",
            coder: coder, matchedForm: coding.matchedForm, indicator: coding.indicator,
            indicatorHash: coding.indicatorHash, suggestedConcept: coding.suggestedConcept ?? coding.state.concept,
            sourceId: id),
          eventCoder: coder, action: action, reason: reason
        ).event
      }
      if blind && coding.coder != Self.automaticCoder && coding.coder != coder {
        throw ReviewError.notAllowed(
          coding: id, reason: "it belongs to coder \(coding.coder); in blind mode coders decide on their own codings only")
      }
      let state = try makeState(coding, db)
      guard state != coding.state else { return nil }
      return try Trail.change(db, coding: coding, to: state, coder: coder, action: action, reason: reason)
    }
  }

  /// The original (decoded-scalar) range of a span of a segment's analysis text.
  static func originalSpan(_ db: Database, segment id: Int64, start: Int, end: Int) throws -> Range<Int> {
    guard let stored = try Project.segment(db, id: id) else { throw ReviewError.segmentNotFound(id) }
    let length = stored.segment.text.unicodeScalars.count
    guard start >= 0, start < end, end <= length, end <= stored.segment.map.viewLength else {
      throw ReviewError.invalidSpan(segment: id, start: start, end: end, length: length)
    }
    return stored.segment.map.originalRange(ofView: start..<end)
  }

  /// Refuses a concept no codebook defines (when the project has codebooks at all).
  static func checkConcept(_ db: Database, _ concept: String) throws {
    let any = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM concept)") ?? false
    guard any else { return }
    let known = try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM concept WHERE conceptId = ?)", arguments: [concept]) ?? false
    if !known { throw ReviewError.unknownConcept(concept) }
  }

  /// The newest codebook that defines `concept`.
  static func codebookId(_ db: Database, concept: String) throws -> Int64? {
    try Int64.fetchOne(
      db, sql: "SELECT MAX(codebookId) FROM concept WHERE conceptId = ?", arguments: [concept])
  }
}
