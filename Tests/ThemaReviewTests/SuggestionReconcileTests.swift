import Foundation
import Testing
import ThemaReview

@Suite("Re-running automatic coding keeps human decisions")
struct SuggestionReconcileTests {
  @Test func aSessionOfDecisionsSurvivesACodebookEditAndRecoding() throws {
    let f = try ReviewFixture()
    let innoveren = f.suggestion("innoveren", concept: "innoveren")
    let onderzoek = f.suggestion("onderzoekend", concept: "onderzoeken")
    let reflect = f.suggestion("reflecteren", concept: "reflecteren")
    let leider = f.suggestion("leiderschap", concept: "leiderschap")
    let samen = f.suggestion("Samen", concept: "samenwerken")
    let tijd = f.suggestion("tijd", concept: "innoveren")
    let first = try f.project.applySuggestions(
      [innoveren, onderzoek, reflect, leider, samen, tijd], codebook: f.codebookId)
    #expect(first.added.count == 6)

    // A coder's session.
    try f.project.accept(try f.coding(for: innoveren).id, coder: "marije")
    try f.project.reject(try f.coding(for: onderzoek).id, coder: "marije", reason: "about pupils, not staff")
    try f.project.recode(try f.coding(for: reflect).id, to: "onderzoeken", coder: "marije")
    try f.project.reject(try f.coding(for: samen).id, coder: "marije")
    try f.project.adjust(try f.coding(for: tijd).id, start: 0, end: 9, coder: "marije")
    // `leider` stays open.

    // Codebook edit: the indicator behind `onderzoek` changed, `leider`'s and `innoveren`'s
    // indicators were removed, `samen`'s is unchanged; one new suggestion.
    var edited = onderzoek
    edited.indicator.hash = "h2"
    let nieuw = f.suggestion("team", concept: "samenwerken")
    let second = try f.project.applySuggestions([edited, reflect, samen, tijd, nieuw], codebook: f.codebookId)

    #expect(try f.coding(for: innoveren).state.status == .accepted)  // accepted stays accepted
    #expect(try f.coding(for: onderzoek).state.status == .suggested)  // indicator changed
    let recoded = try f.coding(for: reflect)
    #expect(recoded.state.status == .accepted && recoded.state.concept == "onderzoeken")
    #expect(try f.coding(for: samen).state.status == .rejected)  // not suggested again
    let adjusted = try f.coding(for: tijd)
    #expect(adjusted.state.status == .accepted && adjusted.state.start == 0 && adjusted.state.end == 9)
    #expect(try f.coding(for: leider).state.status == .withdrawn)  // withdrawn, not deleted
    #expect(second.added == [try f.coding(for: nieuw).id])
    #expect(second.resuggested == [try f.coding(for: onderzoek).id])
    #expect(second.withdrawn == [try f.coding(for: leider).id])
    #expect(second.unchanged.count == 3)
    #expect(second.keptDecisions == 3)
    #expect(try f.project.verifyTrail() == [])

    // Running the same codebook again changes nothing.
    let third = try f.project.applySuggestions([edited, reflect, samen, tijd, nieuw], codebook: f.codebookId)
    #expect(third.added.isEmpty && third.resuggested.isEmpty && third.withdrawn.isEmpty)
    #expect(third.unchanged.count == 5)

    // An indicator that comes back re-opens the withdrawn suggestion.
    let fourth = try f.project.applySuggestions([edited, reflect, samen, tijd, nieuw, leider], codebook: f.codebookId)
    #expect(fourth.resuggested == [try f.coding(for: leider).id])
    #expect(try f.project.verifyTrail() == [])
    let codings = try f.project.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding") }
    #expect(codings == 7)
  }

  @Test func aRunOverSomeSegmentsLeavesTheOthersAlone() throws {
    let f = try ReviewFixture()
    let a = f.suggestion("innoveren", concept: "innoveren")
    let b = f.suggestion("reflecteren", concept: "reflecteren")
    try f.project.applySuggestions([a, b], codebook: f.codebookId)
    let report = try f.project.applySuggestions([], codebook: f.codebookId, segments: [a.segmentId])
    #expect(report.withdrawn == [try f.coding(for: a).id])
    #expect(try f.coding(for: b).state.status == .suggested)
  }

  @Test func duplicateSuggestionsInOneRunAreStoredOnce() throws {
    let f = try ReviewFixture()
    let a = f.suggestion("innoveren", concept: "innoveren")
    let report = try f.project.applySuggestions([a, a], codebook: f.codebookId)
    #expect(report.added.count == 1)
  }
}
