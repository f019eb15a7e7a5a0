import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Numbered section titles in plain text

/// Plain-text minutes number their sections "1. Opening" on a line of their own; a list of numbered
/// items, even a loose one with blank lines between the items, stays a list.
@Suite struct SectionTitleTests {
  static let minutes = """
    VERSLAG WERKGROEPOVERLEG PROFIEL

    1. Opening

    Marloes opent het overleg en vraagt wie de notulen van vandaag maakt.

    2. Terugblik op de studiedag

    2.1 Wat ging goed
    De groepjes werkten geconcentreerd aan de placemat.

    3. Afspraken

    • Ruben stuurt de uitspraken rond.
    """

  @Test func aLoneNumberedTitleIsAHeadingWithTheSubsectionsBelowIt() throws {
    let segs = try segments(Self.minutes)
    let opening = try #require(segs.first { $0.text == "1. Opening" })
    #expect(opening.kind == .heading)
    let paragraph = try #require(segs.first { $0.text.hasPrefix("Marloes opent") })
    #expect(paragraph.headingPath.last == "1. Opening")
    let sub = try #require(segs.first { $0.text.hasPrefix("De groepjes") })
    #expect(sub.headingPath.suffix(2) == ["2. Terugblik op de studiedag", "2.1 Wat ging goed"])
    let action = try #require(segs.first { $0.text.hasPrefix("Ruben stuurt") })
    #expect(action.kind == .listItem)
    #expect(action.headingPath.last == "3. Afspraken")
    #expect(!action.headingPath.contains("2.1 Wat ging goed"))
    try checkInvariants(try document(Self.minutes), original: Data(Self.minutes.utf8))
  }

  @Test func aLooseNumberedListStaysAList() throws {
    let text = """
      Voor de pauze staat klaar:

      1. Koffie

      2. Thee

      3. Appeltaart
      """
    let segs = try segments(text)
    let items = segs.filter { ["1. Koffie", "Koffie", "Thee", "Appeltaart"].contains($0.text) }
    #expect(items.count == 3)
    #expect(items.allSatisfy { $0.kind == .listItem })
  }

  @Test(arguments: [
    "1. Opening van het overleg door de voorzitter.",  // ends like a sentence
    "1. eerst de opening",  // no capital
  ])
  func aNumberedLineThatIsNotTitleShapedStaysAListItem(line: String) throws {
    let text = "Agenda\n\n\(line)\n\nDe voorzitter heet iedereen welkom.\n"
    let segs = try segments(text)
    #expect(!segs.contains { $0.kind == .heading && $0.text.hasPrefix("1.") })
  }

  @Test func markdownKeepsANumberedLineAsAList() throws {
    let text = "# Verslag\n\n1. Opening\n\nMarloes opent het overleg.\n"
    let segs = try segments(text, markdown: true)
    #expect(segs.contains { $0.kind == .listItem && $0.text == "Opening" })
  }
}
