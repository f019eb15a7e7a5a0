import Testing

@testable import ThemaCoding

@Suite("Coding listings and concordance")
struct CodingListingTests {
  static func listing(quote: String, start: Int, end: Int) -> CodingListing {
    CodingListing(
      id: 1, document: "d", segmentId: 1, segmentOrdinal: 0, concept: "c", start: start, end: end,
      originalStart: start, originalEnd: end, matchedForm: nil, indicator: nil, status: "suggested",
      coder: "auto", quote: quote)
  }

  @Test func highlightCountsScalarsNotBytes() {
    let row = Self.listing(quote: "Geïnnoveerd wordt er: ideeën delen.", start: 22, end: 28)
    #expect(row.highlighted() == "Geïnnoveerd wordt er: »ideeën« delen.")
    #expect(row.highlighted(open: "[", close: "]").hasPrefix("Geïnnoveerd wordt er: [ideeën]"))
  }

  @Test func highlightClampsSpansOutsideTheQuote() {
    #expect(Self.listing(quote: "kort", start: 2, end: 40).highlighted() == "ko»rt«")
  }

  @Test func concordanceLooksInsideCompoundsAsTheMatcherDoes() {
    let concordance = Concordance(term: "innovatie")
    #expect(concordance.matches("onderwijsinnovatie"))
    #expect(concordance.matches("Innovatiekracht"))
    #expect(concordance.matches("innovaties"))
    #expect(!Concordance(term: "innovatie", compounds: false).matches("onderwijsinnovatie"))
    #expect(!Concordance(term: "leren").matches("kleren"))
    #expect(!Concordance(term: "team").matches("steam"))
  }

  @Test func concordanceMatchesInflectionsButNotOtherWords() {
    let concordance = Concordance(term: "innovatie", compounds: false)
    #expect(concordance.matches("Innovaties"))
    #expect(concordance.matches("innovatie"))
    #expect(!concordance.matches("innovatiefonds"))
    #expect(!concordance.matches("team"))
  }
}
