import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Where a list item without a full stop ends

/// A PDF-to-text export wraps at about 77 characters. List items are phrases that often end without
/// punctuation; a capitalised unindented line after one starts a new paragraph when its first word
/// would still have fitted on the item's line, and continues the item when it would not have.
@Suite struct ListEndTests {
  static let intro = """
    Het team bespreekt de resultaten van de eerste cyclus van het onderzoek naar
    het gezamenlijke profiel en noemt daarbij drie vormen van samen leren in de
    school. De werkgroep onderscheidt de volgende vormen van leren met collega's:

    """

  @Test(arguments: ["\u{F0A7} ", "• ", "1. ", "–\t", "\u{F0B7}\t"])
  func aSentenceAfterAnItemWithoutFullStopIsAParagraph(marker: String) throws {
    let text =
      Self.intro + """
        \(marker)leren in een leerteam dat een gedeelde vraag van de school onderzoekt
        \(marker)leren van elkaar in de sectie, met lesbezoek en een nabespreking
        Lotte vraagt of die vormen ook in het mbo voorkomen. Het team denkt van wel,
        maar wil dat eerst navragen bij de collega's van de andere opleidingen.
        """
    let segs = try segments(text)
    let item = try #require(segs.first { $0.text.hasPrefix("leren van elkaar") })
    #expect(item.kind == .listItem)
    #expect(item.text == "leren van elkaar in de sectie, met lesbezoek en een nabespreking")
    let after = try #require(segs.first { $0.text.hasPrefix("Lotte vraagt") })
    #expect(after.kind == .paragraph)
    #expect(after.text.hasSuffix("de andere opleidingen."))
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test func aCapitalisedWordThatDidNotFitContinuesTheItem() throws {
    let text =
      Self.intro + """
        \u{F0A7} leren in een leerteam dat een gedeelde vraag van de school onderzoekt met
        Fontys en Saxion, die in hun eigen opleidingen met dezelfde vorm werken.
        \u{F0A7} leren in het netwerk van scholen in de regio rond het Leren & Innoveren-
        Netwerk van de hogeschool
        Ruud sluit de bespreking af.
        """
    let segs = try segments(text)
    let items = segs.filter { $0.kind == .listItem }
    #expect(items.count == 2)
    #expect(items.first?.text.hasSuffix("onderzoekt met Fontys en Saxion, die in hun eigen opleidingen met dezelfde vorm werken.") == true)
    // A hyphen at the line end still joins the next line into the item (the hyphen is real here).
    #expect(items.last?.text.hasSuffix("Leren & Innoveren-Netwerk van de hogeschool") == true)
    #expect(segs.last?.text == "Ruud sluit de bespreking af.")
    #expect(segs.last?.kind == .paragraph)
    try checkInvariants(try document(text), original: Data(text.utf8))
  }
}
