import Foundation
import Testing
import ThemaCodebook
import ThemaLanguage

@testable import ThemaCoding

/// The prefilter of a re-coding run may only skip a segment where the edited concept does not match and
/// no word consults a compound part the edit changed: checked against the matcher itself, on generated
/// Dutch text full of the codebook's terms in their inflected, compounded and elliptic forms.
@Suite("SegmentPrefilter")
struct SegmentPrefilterTests {
  static let codebook = try! CodebookReader().read(contentsOf: Repository.mliCodebook).codebook

  /// Generated segments (texts), with the codebook's terms at `rate` of word positions.
  static func segments(count: Int, rate: Double, seed: UInt64) -> [String] {
    var generator = DutchTextGenerator(codebook: codebook, seed: seed, codebookRate: rate)
    return (0..<count).map { index in
      var bytes: [UInt8] = []
      generator.appendSegment(to: &bytes, targetBytes: 150 + (index * 37) % 500)
      return String(decoding: bytes, as: UTF8.self)
    }
  }

  @Test("a skipped segment has no match of the edited concept (every concept of the MLI codebook)")
  func noMatchIsSkipped() {
    let texts = Self.segments(count: 1_500, rate: 0.03, seed: 5)
    var matcher = CodebookMatcher(compiled: CompiledCodebook(codebook: Self.codebook, stemmer: DutchStemmer()))
    let matches = texts.map { Set(matcher.code($0).matches.map(\.concept)) }
    var skippedAny = 0
    for concept in Self.codebook.concepts.map(\.id) {
      let edited = CompiledCodebook(codebook: Self.codebook, stemmer: DutchStemmer(), concepts: [concept])
      guard var filter = SegmentPrefilter(compiled: edited, earlier: nil) else {
        Issue.record("no filter for a Dutch codebook")
        return
      }
      for (text, concepts) in zip(texts, matches) where filter.verdict(text, context: nil) == .unchanged {
        skippedAny += 1
        #expect(!concepts.contains(concept), "\(concept) matches in a skipped segment: \(text)")
      }
    }
    // Not vacuous: most segments hold few of the concepts (17,199 of 31,500 skipped when written).
    #expect(skippedAny > texts.count * Self.codebook.concepts.count / 3)
  }

  @Test(
    "a skipped segment has no word that consults a compound part the edit made (im)plausible",
    arguments: ["rooster", "kwaliteitszorg", "leer", "school"])
  func noChangedPartIsSkipped(_ term: String) throws {
    let source = try String(contentsOfFile: Repository.mliCodebook, encoding: .utf8)
    let edited = try #require(
      RecodeEquivalenceTests.inserting("- \(term)", under: "indicators:", of: "innoveren", in: source))
    let after = try CodebookReader().read(yaml: edited).codebook
    let before = CompiledCodebook(codebook: Self.codebook, stemmer: DutchStemmer(), concepts: [])
    var watching = CodebookMatcher(
      compiled: CompiledCodebook(codebook: after, stemmer: DutchStemmer()).watchingPlausibilityChanges(since: before))
    var filter = try #require(
      SegmentPrefilter(
        compiled: CompiledCodebook(codebook: after, stemmer: DutchStemmer(), concepts: ["innoveren"]), earlier: before))
    var (skipped, editedOnly) = (0, 0)
    for text in Self.segments(count: 1_500, rate: 0.03, seed: 9) + [
      "Het \(term)overleg en de \(term)en van de school.", "Teamleren en \(term)- en schoolontwikkeling.",
    ] {
      let coding = watching.code(text)
      let verdict = filter.verdict(text, context: nil)
      if verdict != .changedParts {
        // Matched with the edited concept alone, or not at all: no word may consult a changed part.
        #expect(!watching.lastCodingConsultedChangedParts, "\(term): consults a changed part: \(text)")
        if verdict == .edited { editedOnly += 1 }
      }
      if verdict == .unchanged {
        skipped += 1
        #expect(!coding.matches.contains { $0.concept == "innoveren" }, "\(term): innoveren matches in: \(text)")
      }
    }
    #expect(skipped > 0 && editedOnly > 0)
  }

  @Test("a heading, lead-in or attribute with an anchor makes its segment a candidate")
  func contextCounts() throws {
    let edited = CompiledCodebook(codebook: Self.codebook, stemmer: DutchStemmer(), concepts: ["innoveren"])
    var filter = try #require(SegmentPrefilter(compiled: edited, earlier: nil))
    let plain = "De groep sprak over de planning van volgend jaar."
    let alone = filter.verdict(plain, context: nil)
    #expect(alone == .unchanged)
    let context = SegmentContext(sources: [ContextSource(scope: .heading, text: "2.4 Innoveren")])
    let underHeading = filter.verdict(plain, context: context)
    #expect(underHeading == .edited)
    // An ellipsis whose joined words hold no anchor changes nothing.
    let ellipsis = filter.verdict(plain, context: SegmentContext(sources: [ContextSource(scope: .leadIn, text: "kennis- en leertheorieën:")]))
    #expect(ellipsis == .unchanged)
  }

  @Test("ellipsis hyphens: the first half of kennis- en leertheorieën, not a dash or a compound")
  func ellipsis() {
    let automaton = AnchorAutomaton([(Array("pilot".utf8), 1)], ellipsisKind: 4)
    #expect(automaton.kinds(in: "kennis- en leertheorieën") == 4)
    #expect(automaton.kinds(in: "school-") == 4)
    #expect(automaton.kinds(in: "onderwijs\u{2010}innovatie") == 4)
    #expect(automaton.kinds(in: "een pilot- en proefproject") == 5)
    #expect(automaton.kinds(in: "MLI-opgeleiden en HRD-praktijk") == 0)
    #expect(automaton.kinds(in: "de planning - volgend jaar") == 0)
    #expect(AnchorAutomaton([(Array("pilot".utf8), 1)]).kinds(in: "kennis- en") == 0)
  }

  @Test("the words an ellipsis makes are tested: kennis- en leertheorieën holds kennistheorieën")
  func joinedWords() {
    let automaton = AnchorAutomaton([(Array("kennistheor".utf8), 1)], ellipsisKind: 4)
    func joined(_ text: String) -> UInt8 {
      var copy = text
      return copy.withUTF8 { SegmentPrefilter.joinedKinds($0, automaton) }
    }
    #expect(joined("Kennis- en leertheorieën") == 1)
    #expect(joined("kennis-, vak- of leertheorie") == 1)
    #expect(joined("kennis- en leerervaring") == 0)
    #expect(joined("Het team werkt aan kennis en theorie") == 0)
  }

  @Test("anchors anywhere in a text, folded while read: Aho–Corasick agrees with testing each anchor")
  func automaton() {
    let anchors: [(String, UInt8)] = [
      ("innov", 1), ("nov", 1), ("pilot", 2), ("ilo", 2), ("verander", 1), ("gev", 4), ("andere", 4), ("cafe", 4),
    ]
    let automaton = AnchorAutomaton(anchors.map { (Array($0.0.utf8), $0.1) })
    let texts = Self.segments(count: 300, rate: 0.05, seed: 3)
    for text in texts + ["", "g", "ge", "xxANDERE", "pil", "Innova", "and-erer", "Café", "CAFÉ", "in’nov"] {
      let folded = TextFold.string(text)
      let expected = anchors.filter { folded.contains($0.0) }.reduce(UInt8(0)) { $0 | $1.1 }
      #expect(automaton.kinds(in: text) == expected, "\(text)")
    }
    #expect(AnchorAutomaton([([], 1)]).kinds(in: "") == 1)
    #expect(AnchorAutomaton([]).kinds(in: "tekst") == 0)
  }
}
