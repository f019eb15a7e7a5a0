import Foundation
import Testing
import ThemaReview
import ThemaStore

@Suite("Agreement between coders, blind mode and the review queue")
struct AgreementTests {
  /// Three suggestions; in blind mode two coders decide on them independently.
  static func blindSession() throws -> (ReviewFixture, [Int64]) {
    let f = try ReviewFixture()
    let suggestions = [
      f.suggestion("innoveren", concept: "innoveren"), f.suggestion("reflecteren", concept: "reflecteren"),
      f.suggestion("Samen", concept: "samenwerken"),
    ]
    try f.project.applySuggestions(suggestions, codebook: f.codebookId)
    let ids = try suggestions.map { try f.coding(for: $0).id }
    try f.project.setBlind(true)
    try f.project.accept(ids[0], coder: "A")
    try f.project.accept(ids[1], coder: "A")
    try f.project.accept(ids[2], coder: "A")
    try f.project.accept(ids[0], coder: "B")
    try f.project.reject(ids[1], coder: "B")
    try f.project.accept(ids[2], coder: "B")
    return (f, ids)
  }

  @Test func blindCodersDecideIndependently() throws {
    let (f, ids) = try Self.blindSession()
    // The shared suggestions stay open; each coder holds a copy.
    #expect(try ids.allSatisfy { try f.project.coding($0).state.status == .suggested })
    let queueC = try ReviewQueue(project: f.project, coder: "C")
    #expect(try queueC.count() == 3)
    let queueB = try ReviewQueue(project: f.project, coder: "B")
    #expect(try queueB.count() == 0)
    // C does not see A's or B's decisions in the review screen.
    let item = try f.project.reviewItem(ids[0], coder: "C")
    #expect(item.others.allSatisfy { $0.holder != "A" && $0.holder != "B" })
    #expect(item.ownDecision == nil)
    #expect(try f.project.reviewItem(ids[1], coder: "B").ownDecision?.status == .rejected)
    #expect(try f.project.verifyTrail() == [])
  }

  @Test func agreementPerConceptAndOverallWithDisagreementsListed() throws {
    let (f, _) = try Self.blindSession()
    let report = try f.project.agreement(coders: ["A", "B"])
    #expect(report.concepts.map(\.concept) == ["innoveren", "reflecteren", "samenwerken"])
    let reflect = try #require(report.concepts.first { $0.concept == "reflecteren" })
    #expect(abs((reflect.percentAgreement ?? 0) - 2.0 / 3) < 1e-12)  // 3 reviewed segments, 1 disagreement
    let disagreement = try #require(report.disagreements.first)
    #expect(report.disagreements.count == 1)
    #expect(disagreement.concept == "reflecteren" && disagreement.applied == ["A"] && disagreement.notApplied == ["B"])
    // Pooled over 3 concepts × 3 reviewed segments: 8 of 9 units agree.
    #expect(report.overall.units == 9)
    #expect(abs((report.overall.percentAgreement ?? 0) - 8.0 / 9) < 1e-12)
    let expectedAlpha = Coefficients.krippendorffAlpha(
      Array(repeating: ["applied", "applied"], count: 2) + [["applied", "not applied"]]
        + Array(repeating: ["not applied", "not applied"], count: 6))
    #expect(report.overall.krippendorffAlpha == expectedAlpha)
    #expect(report.overall.unitizedAlpha != nil)
    #expect((report.overall.unitizedAlpha ?? 2) < 1)
  }

  @Test func consensusIsRecordedOnTheSharedSuggestion() throws {
    let (f, ids) = try Self.blindSession()
    let disagreement = try #require(try f.project.agreement(coders: ["A", "B"]).disagreements.first)
    let events = try f.project.recordConsensus(
      segment: disagreement.segmentId, concept: disagreement.concept, present: true, coder: "A",
      reason: "agreed in the team meeting")
    #expect(events.map(\.action) == [.consensus])
    #expect(try f.project.coding(ids[1]).state.status == .accepted)
    // A concept nobody suggested: consensus adds a coding over the span a coder marked.
    let segment = f.segment(containing: "leiderschap")
    try f.project.setBlind(false)
    try f.project.addCoding(segment: segment.id, start: 0, end: 8, concept: "leiderschap", coder: "B")
    let added = try f.project.recordConsensus(segment: segment.id, concept: "leiderschap", present: true, coder: "A")
    let coding = try f.project.coding(try #require(added.first?.codingId))
    #expect(coding.coder == Project.consensusOwner && coding.state.start == 0 && coding.state.end == 8)
    #expect(try f.project.verifyTrail() == [])
  }

  @Test func automaticVersusHuman() throws {
    let f = try ReviewFixture()
    let s = [
      f.suggestion("innoveren", concept: "innoveren"), f.suggestion("Innoveren", concept: "innoveren"),
      f.suggestion("reflecteren", concept: "reflecteren"), f.suggestion("leiderschap", concept: "leiderschap"),
    ]
    try f.project.applySuggestions(s, codebook: f.codebookId)
    try f.project.accept(try f.coding(for: s[0]).id, coder: "A")
    try f.project.reject(try f.coding(for: s[1]).id, coder: "A")
    try f.project.recode(try f.coding(for: s[2]).id, to: "leiderschap", coder: "A")
    // s[3] not decided: it does not count.
    try f.project.codeText(document: "overleg", quote: "samen innoveren", concept: "samenwerken", coder: "A")
    let accuracy = try f.project.automaticAccuracy(coder: "A")
    let innoveren = try #require(accuracy.concepts.first { $0.concept == "innoveren" })
    #expect(innoveren.truePositives == 1 && innoveren.falsePositives == 1 && innoveren.precision == 0.5)
    let reflect = try #require(accuracy.concepts.first { $0.concept == "reflecteren" })
    #expect(reflect.falsePositives == 1 && reflect.precision == 0)
    let leider = try #require(accuracy.concepts.first { $0.concept == "leiderschap" })
    #expect(leider.falseNegatives == 1 && leider.recall == 0)
    let samen = try #require(accuracy.concepts.first { $0.concept == "samenwerken" })
    #expect(samen.falseNegatives == 1 && samen.precision == nil)
    #expect(accuracy.overall.truePositives == 1)
  }

  @Test func theQueueWalksOpenSuggestionsInDocumentOrder() throws {
    let f = try ReviewFixture()
    let s = [
      f.suggestion("Samen", concept: "samenwerken"), f.suggestion("innoveren", concept: "innoveren"),
      f.suggestion("team", concept: "samenwerken"), f.suggestion("reflecteren", concept: "reflecteren"),
    ]
    try f.project.applySuggestions(s, codebook: f.codebookId)
    let queue = try ReviewQueue(project: f.project, coder: "A")
    var order: [Int64] = []
    var cursor: ReviewQueue.Cursor?
    while let next = try queue.next(after: cursor) {
      order.append(next.coding.id)
      cursor = next.cursor
    }
    let expected = try s.map { try f.coding(for: $0) }.sorted {
      ($0.segmentId, $0.state.start) < ($1.segmentId, $1.state.start)
    }.map(\.id)
    #expect(order == expected)
    #expect(try ReviewQueue(project: f.project, coder: "A", concept: "samenwerken").count() == 2)
    #expect(try ReviewQueue(project: f.project, coder: "A", document: "overleg.md").count() == 4)
    try f.project.accept(order[0], coder: "A")
    #expect(try queue.count() == 3)
    #expect(try queue.isOpen(order[0]) == false)
  }
}
