import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Line-break hyphenation

@Suite struct HyphenationTests {
  /// The view of a paragraph whose first line ends in `first` and whose second line starts with
  /// `second`. The first line is long enough to read as a wrapped line.
  func joined(_ first: String, _ second: String) throws -> String {
    let text = "Tijdens het overleg over het profiel van de master zeggen de docenten dat het \(first)\n\(second) belangrijk is."
    let segs = try segments(text)
    #expect(segs.count == 1)
    try checkInvariants(try document(text), original: Data(text.utf8))
    return segs.first?.text ?? ""
  }

  @Test(arguments: [
    ("onder-", "wijs", "onderwijs"),
    ("leer-", "gemeenschap", "leergemeenschap"),
    ("ide-", "aal", "ideaal"),
    ("Onder-", "wijs", "Onderwijs"),  // capital at a sentence start is not a name
    ("onder\u{AD}", "wijs", "onderwijs"),  // soft hyphen
  ])
  func lineBreakHyphensAreJoined(first: String, second: String, expected: String) throws {
    var firstLine = first
    if first.hasPrefix("O") {
      // Put the capitalised fragment at the start of a sentence.
      firstLine = "goed. " + first
    }
    let view = try joined(firstLine, second)
    #expect(view.contains(" \(expected) "))
    #expect(!view.contains("-"))
  }

  @Test(arguments: [
    ("MLI-", "opgeleiden", "MLI-opgeleiden"),
    ("ICT-", "onderwijs", "ICT-onderwijs"),
    ("Noord-", "Holland", "Noord-Holland"),
    ("COVID-", "19", "COVID-19"),
    ("e-", "mail", "e-mail"),
    ("zee-", "egel", "zee-egel"),
    ("mede-", "eigenaar", "mede-eigenaar"),
    ("Leren & Innoveren-", "werkgroep", "Leren & Innoveren-werkgroep"),
  ])
  func realHyphensStay(first: String, second: String, expected: String) throws {
    let view = try joined(first, second)
    #expect(view.contains(expected))
  }

  @Test func hyphenBeforeConjunctionKeepsTheSpace() throws {
    let view = try joined("kennis-", "en leertheorieën")
    #expect(view.contains("kennis- en leertheorieën"))
    // Negative: a conjunction-like start of a longer word is joined.
    let other = try joined("onder-", "engeschoven")
    #expect(other.contains("onderengeschoven"))
  }

  @Test func hyphenInsideALineStays() throws {
    let segs = try segments("MLI-opgeleiden en kennis- en leertheorieën blijven zoals ze zijn.")
    #expect(segs.map(\.text) == ["MLI-opgeleiden en kennis- en leertheorieën blijven zoals ze zijn."])
  }

  @Test func dashAfterASpaceIsNotHyphenation() throws {
    let view = try joined("team -", "zo blijkt")
    #expect(view.contains("team - zo blijkt"))
  }

  @Test func ruleDecisions() {
    #expect(Hyphenation.decide(before: "onder", after: "wijs", startsSentence: false) == .join)
    #expect(Hyphenation.decide(before: "Onder", after: "wijs", startsSentence: true) == .join)
    #expect(Hyphenation.decide(before: "Innoveren", after: "werkgroep", startsSentence: false) == .keep)
    #expect(Hyphenation.decide(before: "MLI", after: "opgeleiden", startsSentence: true) == .keep)
    #expect(Hyphenation.decide(before: "kennis", after: "en", startsSentence: false) == .keepWithSpace)
    #expect(Hyphenation.decide(before: "auto", after: "ongeluk", startsSentence: false) == .keep)
    #expect(Hyphenation.decide(before: "onder", after: "wijs", startsSentence: false, soft: true) == .join)
  }
}
