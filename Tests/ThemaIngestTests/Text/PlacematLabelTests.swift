import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Cell labels of placemat notes kept as plain text

@Suite struct PlacematLabelTests {
  static let notes = """
    STUDIEDAG OPLEIDERS
    Vraag: wat doet een afgestudeerde in de praktijk?

    GROEP C

    Omgaan met het werk – klas
    - Laat leerlingen meedenken over de opzet van een les.

    Omgaan met het werk – binnen de organisatie
    - Zit in de werkgroep die het onderwijsplan herschrijft.

    Omgaan met het werk – buiten de organisatie
    (leeg)

    Omgaan met anderen – klas
    - Voert met elke leerling een gesprek over zijn doelen.
    """

  @Test func everyCellLabelIsAHeading() throws {
    let segs = try segments(Self.notes)
    let labels = segs.filter { $0.text.hasPrefix("Omgaan met") }
    #expect(labels.count == 4)
    #expect(labels.allSatisfy { $0.kind == .heading })
    // Labels are siblings: each statement sits under its own label, below the group.
    let statement = try #require(segs.first { $0.text.hasPrefix("Zit in de werkgroep") })
    #expect(statement.headingPath.suffix(2) == ["GROEP C", "Omgaan met het werk – binnen de organisatie"])
    // "(leeg)" is a note of its own, not a list marker that swallows the next label.
    let empty = try #require(segs.first { $0.text == "(leeg)" })
    #expect(empty.kind == .paragraph)
    #expect(empty.marker == nil)
    #expect(empty.headingPath.last == "Omgaan met het werk – buiten de organisatie")
    try checkInvariants(try document(Self.notes), original: Data(Self.notes.utf8))
  }

  @Test func aLineThatOnlySharesTheFirstWordsIsNoLabel() throws {
    let text = """
      GROEP D

      Omgaan met het werk – klas
      - Laat leerlingen meedenken over de opzet van een les.

      Omgaan met elkaar vraagt tijd, vindt de groep
      en daar is op school te weinig ruimte voor.

      Omgaan met verschillen
      Een regel die langer is dan de regel erboven, en geen titel heeft.
      """
    let segs = try segments(text)
    // Continued by a lower-case line: a sentence, not a label.
    let sentence = try #require(segs.first { $0.text.hasPrefix("Omgaan met elkaar") })
    #expect(sentence.kind == .paragraph)
    #expect(sentence.text.hasSuffix("te weinig ruimte voor."))
  }
}
