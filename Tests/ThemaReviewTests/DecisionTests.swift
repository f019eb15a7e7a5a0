import Foundation
import GRDB
import PropertyBased
import Testing
import ThemaReview
import ThemaStore

@Suite("Decisions, undo and the trail")
struct DecisionTests {
  @Test func undoRestoresThePreviousStateAndCanBeRedone() throws {
    let f = try ReviewFixture()
    let s = f.suggestion("innoveren", concept: "innoveren")
    try f.project.applySuggestions([s], codebook: f.codebookId)
    let id = try f.coding(for: s).id
    let accept = try #require(try f.project.accept(id, coder: "marije"))
    let undo = try f.project.undo(event: accept.id, coder: "marije")
    #expect(undo.action == .undo && undo.undoes == accept.id)
    #expect(try f.project.coding(id).state.status == .suggested)
    #expect(try f.project.coding(id).decidedBy == nil)
    try f.project.undo(event: undo.id, coder: "joost")  // redo
    #expect(try f.project.coding(id).state.status == .accepted)
    // The accept event is no longer the latest change: undoing it again is refused.
    #expect(throws: ReviewError.self) { try f.project.undo(event: accept.id, coder: "marije") }
    #expect(try f.project.history(coding: id).map(\.action) == [.suggest, .accept, .undo, .undo])
    #expect(try f.project.verifyTrail() == [])
  }

  @Test func undoingAHandCodingWithdrawsItAndAutomaticEventsCannotBeUndone() throws {
    let f = try ReviewFixture()
    let segment = f.segment(containing: "leiderschap")
    let (id, event) = try f.project.addCoding(segment: segment.id, start: 0, end: 9, concept: "leiderschap", coder: "joost")
    #expect(try f.project.coding(id).origin == "manual")
    try f.project.undo(event: event.id, coder: "joost")
    #expect(try f.project.coding(id).state.status == .withdrawn)
    let s = f.suggestion("innoveren", concept: "innoveren")
    try f.project.applySuggestions([s], codebook: f.codebookId)
    let suggest = try #require(try f.project.history(coding: try f.coding(for: s).id).first)
    #expect(throws: ReviewError.self) { try f.project.undo(event: suggest.id, coder: "joost") }
  }

  @Test func repeatingADecisionRecordsNothing() throws {
    let f = try ReviewFixture()
    let s = f.suggestion("innoveren", concept: "innoveren")
    try f.project.applySuggestions([s], codebook: f.codebookId)
    let id = try f.coding(for: s).id
    #expect(try f.project.accept(id, coder: "marije") != nil)
    #expect(try f.project.accept(id, coder: "marije") == nil)
    #expect(try f.project.history(coding: id).count == 2)
  }

  @Test func spansAreCheckedAndMappedToTheOriginal() throws {
    let f = try ReviewFixture()
    let segment = f.segment(containing: "leiderschap")
    #expect(throws: ReviewError.self) {
      try f.project.addCoding(segment: segment.id, start: 5, end: 500, concept: "leiderschap", coder: "joost")
    }
    #expect(throws: ReviewError.self) {
      try f.project.addCoding(segment: segment.id, start: 0, end: 4, concept: "bestaat-niet", coder: "joost")
    }
    let (id, _) = try f.project.addCoding(segment: segment.id, start: 0, end: 9, concept: "reflecteren", coder: "joost")
    let coding = try f.project.coding(id)
    let original = Array(ReviewFixture.text.unicodeScalars)[coding.state.originalStart..<coding.state.originalEnd]
    #expect(String(String.UnicodeScalarView(original)) == "Docenten ")
  }

  @Test func theTrailIsAppendOnly() throws {
    let f = try ReviewFixture()
    let s = f.suggestion("innoveren", concept: "innoveren")
    try f.project.applySuggestions([s], codebook: f.codebookId)
    #expect(throws: (any Error).self) {
      try f.project.database.write { db in try db.execute(sql: "DELETE FROM codingEvent") }
    }
    #expect(throws: (any Error).self) {
      try f.project.database.write { db in try db.execute(sql: "UPDATE codingEvent SET coder = 'x'") }
    }
  }

  /// Any sequence of actions leaves a trail whose replay gives every coding's stored state, with
  /// exactly one event per state change and none without a change.
  @Test func everyStateChangeHasExactlyOneEvent() async throws {
    await propertyCheck(count: 12, input: Gen.int(in: 0...9).array(of: 1...25)) { actions in
      do {
        let f = try ReviewFixture()
        let words = [("innoveren", "innoveren"), ("reflecteren", "reflecteren"), ("leiderschap", "leiderschap")]
        var suggestions = words.map { f.suggestion($0.0, concept: $0.1) }
        try f.project.applySuggestions(suggestions, codebook: f.codebookId)
        var changes = 0
        for (step, action) in actions.enumerated() {
          let ids = try f.project.database.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM coding ORDER BY id") }
          let id = ids[step % ids.count]
          let coder = ["marije", "joost"][step % 2]
          let before = try f.project.coding(id).state
          switch action {
          case 0: _ = try? f.project.accept(id, coder: coder)
          case 1: _ = try? f.project.reject(id, coder: coder)
          case 2: _ = try? f.project.recode(id, to: "samenwerken", coder: coder)
          case 3: _ = try? f.project.adjust(id, start: 0, end: 3, coder: coder)
          case 4:
            if let last = try f.project.history(coding: id).last(where: { $0.after != nil }) {
              _ = try? f.project.undo(event: last.id, coder: coder)
            }
          case 5:
            _ = try f.project.addCoding(segment: f.segments[1].id, start: 0, end: 3, concept: "innoveren", coder: coder)
            changes += 1
          case 6: try f.project.memo(on: .coding(id), text: "memo \(step)", coder: coder)
          case 7:
            suggestions[step % 3].indicator.hash = "h\(step)"
            let report = try f.project.applySuggestions(suggestions, codebook: f.codebookId)
            changes += report.added.count + report.resuggested.count + report.withdrawn.count
          case 8:
            let report = try f.project.applySuggestions(Array(suggestions.prefix(step % 3)), codebook: f.codebookId)
            changes += report.added.count + report.resuggested.count + report.withdrawn.count
          default: _ = try? f.project.reject(id, coder: coder)
          }
          if action <= 4 || action == 9, try f.project.coding(id).state != before { changes += 1 }
        }
        #expect(try f.project.verifyTrail() == [])
        let stateEvents = try f.project.events(EventFilter(includeAutomatic: true)).filter { $0.after != nil }
        #expect(stateEvents.allSatisfy { $0.before != $0.after })
        #expect(stateEvents.count == changes + 3)  // + the three first suggestions
      } catch {
        Issue.record(error)
      }
    }
  }
}
