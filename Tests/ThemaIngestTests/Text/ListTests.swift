import Foundation
import Testing

@testable import ThemaIngest

// MARK: - List items

@Suite struct ListTests {
  @Test(arguments: [
    ("• ", "•"), ("\u{F0B7}\t", "\u{F0B7}"), ("\u{F0A7} ", "\u{F0A7}"), ("\u{F0D8}\t", "\u{F0D8}"),
    ("- ", "-"), ("– ", "–"), ("* ", "*"), ("1. ", "1."), ("1.\t", "1."), ("a) ", "a)"),
    ("12) ", "12)"), ("(3) ", "(3)"), ("(b) ", "(b)"), ("(iv) ", "(iv)"), ("iv) ", "iv)"), ("◦ ", "◦"), ("•", "•"), ("§\t", "§"),
    ("Ø\t", "Ø"),
  ])
  func bulletGlyphsAreMarkersNotText(prefix: String, marker: String) throws {
    let text = "\(prefix)Leraren onderzoeken hun eigen praktijk"
    let segs = try segments(text)
    #expect(segs.count == 1)
    #expect(segs.first?.kind == .listItem)
    #expect(segs.first?.marker == marker)
    #expect(segs.first?.text == "Leraren onderzoeken hun eigen praktijk")
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test(arguments: [
    "-12 graden buiten", "1.5 uur overleg met het team", "e.g. dit",
    "U. de Vries opent de vergadering",
    "*Noot van de redactie", "ovk\tjaarplan", "§ 2 van het reglement", "(leeg)",
    "(pauze) Het overleg gaat verder",
  ])
  func linesThatOnlyLookLikeItemsAreText(line: String) throws {
    let segs = try segments(line)
    #expect(segs.allSatisfy { $0.kind != .listItem })
    #expect(segs.allSatisfy { $0.marker == nil })
  }

  @Test func tabAndSpaceIndentedSubBulletsNest() throws {
    let text = """
      • Leren
      \to\tvan collega's
      \t\t▪\tin de sectie
      \to\tvan studenten
      • Innoveren
          - met het team
      """
    let segs = try segments(text)
    #expect(segs.map(\.listLevel) == [0, 1, 2, 1, 0, 1])
    #expect(
      segs.map(\.text) == [
        "Leren", "van collega's", "in de sectie", "van studenten", "Innoveren", "met het team",
      ])
    #expect(segs.map(\.marker) == ["•", "o", "▪", "o", "•", "-"])
  }

  @Test func wrappedItemContinuesOnTheNextLine() throws {
    let text = """
      • De deelnemers vinden dat het profiel meer ruimte moet bieden aan het
        onderzoekend vermogen van de leraar.
      • Tweede punt.
      De voorzitter sluit de vergadering.
      """
    let segs = try segments(text)
    #expect(segs.map(\.kind) == [.listItem, .listItem, .paragraph])
    #expect(
      segs[0].text
        == "De deelnemers vinden dat het profiel meer ruimte moet bieden aan het onderzoekend vermogen van de leraar."
    )
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test func strayBulletOnItsOwnLineTakesTheNextLine() throws {
    let text =
      "\u{F0B7}\nSamen leren in een professionele leergemeenschap\n\u{F0B7}\nReflecteren op de eigen rol\n"
    let segs = try segments(text)
    #expect(
      segs.map(\.text) == [
        "Samen leren in een professionele leergemeenschap", "Reflecteren op de eigen rol",
      ])
    #expect(segs.allSatisfy { $0.kind == .listItem })
  }
}
