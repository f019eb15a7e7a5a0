import Foundation
import Testing
import ThemaReview
import ThemaStore

@Suite("Coding by quote, memos and the log")
struct QuoteAndMemoTests {
  @Test func aUniqueQuoteIsCodedWhereItStands() throws {
    let f = try ReviewFixture()
    let (id, _) = try f.project.codeText(document: "overleg", quote: "onderzoekend werken", concept: "onderzoeken", coder: "A")
    let coding = try f.project.coding(id)
    let segment = try #require(f.segments.first { $0.id == coding.segmentId })
    let scalars = Array(segment.segment.text.unicodeScalars)[coding.state.start..<coding.state.end]
    #expect(String(String.UnicodeScalarView(scalars)) == "onderzoekend werken")
  }

  @Test func missingAmbiguousAndCrossingQuotesAreRefused() throws {
    let f = try ReviewFixture()
    #expect(throws: ReviewError.quoteNotFound(document: "overleg.md", quote: "staat er niet")) {
      try f.project.codeText(document: "overleg", quote: "staat er niet", concept: "innoveren", coder: "A")
    }
    do {
      try f.project.codeText(document: "overleg", quote: "team", concept: "samenwerken", coder: "A")
      Issue.record("an ambiguous quote was accepted")
    } catch let error as ReviewError {
      guard case .ambiguousQuote(_, _, let places) = error else { Issue.record("\(error)"); return }
      #expect(places.count == 2)
      #expect(error.errorDescription?.contains("occurs 2 times") == true)
    }
    #expect(throws: ReviewError.quoteCrossesSegments(document: "overleg.md", quote: "samen innoveren. Docenten")) {
      try f.project.codeText(document: "overleg", quote: "samen innoveren. Docenten", concept: "samenwerken", coder: "A")
    }
  }

  @Test func memosAreStoredAndLogged() throws {
    let f = try ReviewFixture()
    let s = f.suggestion("innoveren", concept: "innoveren")
    try f.project.applySuggestions([s], codebook: f.codebookId)
    let id = try f.coding(for: s).id
    try f.project.memo(on: .coding(id), text: "Twijfel: gaat dit over vernieuwing?", coder: "A")
    try f.project.memo(on: .concept("innoveren"), text: "Ook 'vernieuwen' telt mee.", coder: "B")
    try f.project.memo(on: .document("overleg"), text: "Verslag van maart.", coder: "A")
    try f.project.memo(on: .segment(f.segments[0].id), text: "Kop.", coder: "A")
    #expect(throws: ReviewError.self) { try f.project.memo(on: .concept("bestaat-niet"), text: "x", coder: "A") }
    #expect(try f.project.memos(on: .concept("innoveren")).map(\.coder) == ["B"])
    #expect(try f.project.memos(on: .document("overleg.md")).count == 1)
    let conceptLog = try f.project.events(EventFilter(concept: "innoveren"))
    #expect(conceptLog.map(\.action) == [.memo, .memo])
    #expect(try f.project.events(EventFilter(coder: "A")).count == 3)
    #expect(try f.project.events(EventFilter(concept: "innoveren", includeAutomatic: true)).count == 3)
    #expect(try f.project.events(EventFilter(since: Date().addingTimeInterval(60))).isEmpty)
    #expect(try f.project.coders().map(\.name) == ["A", "B"])
  }

  @Test func theCoderComesFromTheOptionTheEnvironmentOrTheDefault() throws {
    let f = try ReviewFixture()
    #expect(throws: ReviewError.noCoder) { try f.project.resolveCoder(nil, environment: nil) }
    try f.project.setDefaultCoder("marije")
    #expect(try f.project.resolveCoder(nil, environment: nil) == "marije")
    #expect(try f.project.resolveCoder(nil, environment: "joost") == "joost")
    #expect(try f.project.resolveCoder("anne", environment: "joost") == "anne")
    #expect(throws: ReviewError.self) { try f.project.resolveCoder("auto") }
  }
}
