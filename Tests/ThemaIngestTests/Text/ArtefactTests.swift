import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Page numbers, form feeds, running headers

@Suite struct ArtefactTests {
  @Test(arguments: [
    "12", "- 12 -", "– 3 –", "Pagina 3 van 9", "pagina 3", "Page 3 of 9", "blz. 4", "3/9", "3 / 9",
    "3 van 9",
  ])
  func pageNumbersAreRecognised(line: String) {
    #expect(PageNumber.matches(Array(line.utf8)))
  }

  @Test(arguments: [
    "12 deelnemers", "2019", "Pagina's die we lazen", "1.", "3/9 deelnemers", "-12 graden", "Page",
    "- twaalf -",
  ])
  func otherLinesAreNotPageNumbers(line: String) {
    #expect(!PageNumber.matches(Array(line.utf8)))
  }

  @Test func pageNumbersAndFormFeedsLeaveTheView() throws {
    let text = """
      De werkgroep bespreekt hoe leraren met een master het onderwijs in hun school
      vernieuwen en welke rol het team daarbij speelt in de dagelijkse onder-

      - 4 -
      \u{0C}wijspraktijk van de school.

      12 deelnemers vulden de vragenlijst in.
      """
    let doc = try document(text)
    #expect(
      doc.segments.map(\.text) == [
        "De werkgroep bespreekt hoe leraren met een master het onderwijs in hun school vernieuwen en welke rol het team daarbij speelt in de dagelijkse onderwijspraktijk van de school.",
        "12 deelnemers vulden de vragenlijst in.",
      ])
    #expect(doc.warnings.contains { $0.contains("1 page-number line") })
    #expect(doc.warnings.contains { $0.contains("form feed") })
    try checkInvariants(doc, original: Data(text.utf8))
  }

  @Test func paragraphEndingAtAPageBreakIsNotJoinedToTheNextPage() throws {
    let text = "Het team sluit de vergadering af.\n\n3\n\u{0C}De volgende keer gaat het over toetsing.\n"
    #expect(
      try segments(text).map(\.text) == [
        "Het team sluit de vergadering af.", "De volgende keer gaat het over toetsing.",
      ])
  }

  let topics = ["elkaar", "studenten", "de lector", "het werkveld", "ouders"]

  func pages(_ count: Int, header: (Int) -> String, footer: (Int) -> String) -> String {
    (1...count).map { page in
      "\(header(page))\n\nDe groep bespreekt hoe het team leert van \(topics[page - 1]) en van de praktijk.\n\n\(footer(page))\n"
    }.joined(separator: "\u{0C}")
  }

  @Test func runningHeadersAndFootersRepeatingOverPagesLeaveTheView() throws {
    let text = pages(4, header: { _ in "Verslag MLI-overleg Windesheim" }, footer: { "Concept – versie \($0)" })
    let doc = try document(text)
    #expect(doc.segments.count == 4)
    #expect(doc.segments.allSatisfy { $0.text.hasPrefix("De groep bespreekt") })
    #expect(doc.warnings.contains { $0.contains("running header") })
    try checkInvariants(doc, original: Data(text.utf8))
  }

  @Test func linesRepeatingOnTooFewPagesStay() throws {
    // Only two pages: a repeated first line is not enough evidence of a running header.
    let text = pages(2, header: { _ in "Verslag MLI-overleg Windesheim" }, footer: { _ in "" })
    let doc = try document(text)
    #expect(doc.segments.filter { $0.text == "Verslag MLI-overleg Windesheim" }.count == 2)
    #expect(!doc.warnings.contains { $0.contains("running header") })
  }

  @Test func repeatedWordsInsideThePageStay() throws {
    // The same line in the middle of each page is text, not a header.
    let text = (1...4).map {
      "Eerste regel van de pagina met genoeg woorden om tekst te zijn.\n\nTweede alinea over \(["leren", "ontwerpen", "innoveren", "onderzoek"][$0 - 1]).\n\nActiepunten\n\nHet team plant een vervolg.\n\nEen alinea over \(["teams", "klassen", "scholen", "netwerken"][$0 - 1]).\n\nLaatste regel van de pagina met genoeg woorden erin.\n\n\n"
    }.joined(separator: "\u{0C}")
    let doc = try document(text)
    #expect(doc.segments.filter { $0.text == "Actiepunten" }.count == 4)
  }
}
