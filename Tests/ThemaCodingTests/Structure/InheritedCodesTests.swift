import Foundation
import GRDB
import Testing
import ThemaCodebook
import ThemaIngest
import ThemaStore

@testable import ThemaCoding

/// Codes inherited from a segment's structure: `in: heading`, `in: lead-in`, `in: attribute NAME`, and
/// `uncoded-sections`.
@Suite("Inherited codes")
struct InheritedCodesTests {
  static let yaml = """
    name: Structuur
    version: "1"
    language: nl
    uncoded-sections: [rondvraag, actiepunt]
    dimensions:
      - id: thema
        concepts:
          - id: innoveren
            indicators:
              - vernieuwing
              - term: innoveren
                in: heading
                compound: none
          - id: ontwerpen
            indicators:
              - term: ontwerpen
                in: heading
                compound: none
          - id: onderzoeken
            indicators:
              - term: onderzoeken
                in: [text, heading]
                compound: none
          - id: profiel
            indicators:
              - phrase: leraar … die
                gap: 4
                in: lead-in
          - id: werk
            indicators:
              - term: werk
                in: attribute dimension
                compound: none
    """

  static var codebook: Codebook { get throws { try CodebookReader().read(yaml: yaml).codebook } }

  static func coder() throws -> ContextualCoder {
    ContextualCoder(matcher: CodebookMatcher(codebook: try codebook))
  }

  /// Codes `segments` (kind, heading path, text, attributes) in order, as one document.
  static func code(_ segments: [(Segment.Kind, [String], String, [String: String])]) throws -> [SegmentCoding] {
    var coder = try coder()
    var tracker = SegmentContextTracker()
    return segments.enumerated().map { index, item in
      let outline = SegmentOutline(
        id: Int64(index + 1), ordinal: index, kind: item.0, headingPath: item.1, attributes: item.3)
      let context = tracker.next(outline, text: item.2)
      return coder.code(item.2, context: context)
    }
  }

  // MARK: - Headings

  @Test func aHeadingPassesItsConceptToTheSegmentsUnderIt() throws {
    let codings = try Self.code([
      (.heading, ["2.4 Innoveren"], "2.4 Innoveren", [:]),
      (.paragraph, ["2.4 Innoveren"], "Het team zette samen een pilot op.", [:]),
      (.heading, ["3. Verder"], "3. Verder", [:]),
      (.paragraph, ["3. Verder"], "Het team zette samen een pilot op.", [:]),
    ])
    let inherited = try #require(codings[1].matches.first { $0.concept == "innoveren" })
    #expect(inherited.start == 0 && inherited.end == "Het team zette samen een pilot op.".unicodeScalars.count)
    let context = try #require(inherited.context)
    #expect(context.source == .heading && context.segmentId == 1 && context.ordinal == 0)
    #expect(context.text == "2.4 Innoveren" && context.matchedText == "Innoveren")
    #expect(context.start == 4 && context.end == 13)
    #expect(inherited.indicatorLabel == "innoveren@heading")
    #expect(codings[3].concepts.isEmpty, "the next section inherits nothing")
    // The heading itself is coded on its text only: `innoveren` is looked for in headings, not text.
    #expect(codings[0].concepts.isEmpty)
  }

  @Test func aHeadingThatListsTopicsPassesNone() throws {
    let codings = try Self.code([
      (.heading, ["2.3 Onderzoeken en ontwerpen"], "2.3 Onderzoeken en ontwerpen", [:]),
      (.listItem, ["2.3 Onderzoeken en ontwerpen"], "Een houding: nieuwsgierig zijn.", [:]),
    ])
    #expect(codings[1].concepts.isEmpty)
    #expect(ContextualCoder.covers("2.4 Innoveren", [4..<13]))
    #expect(ContextualCoder.covers("Innoveren en vernieuwen", [0..<9, 13..<23]))
    #expect(!ContextualCoder.covers("Onderzoeken en ontwerpen", [0..<11]))
  }

  @Test func aConceptTheTextCodesIsNotInheritedAgain() throws {
    let codings = try Self.code([
      (.heading, ["Onderzoeken"], "Onderzoeken", [:]),
      (.paragraph, ["Onderzoeken"], "Onderzoeken is een houding.", [:]),
      (.paragraph, ["Onderzoeken"], "Een goede vraag is het halve werk.", [:]),
    ])
    let own = codings[1].matches.filter { $0.concept == "onderzoeken" }
    #expect(own.count == 1 && own[0].context == nil && own[0].start == 0 && own[0].end == 11)
    #expect(codings[2].matches.map(\.concept) == ["onderzoeken"])
    #expect(codings[2].matches[0].context?.source == .heading)
  }

  @Test func anIndicatorLookedForInHeadingsOnlyNeverMatchesText() throws {
    let codings = try Self.code([(.paragraph, [], "We innoveren en ontwerpen samen.", [:])])
    #expect(codings[0].concepts.isEmpty)
    #expect(codings[0].nearMisses.isEmpty)
  }

  // MARK: - Lead-ins and attributes

  @Test func aLeadInCodesEveryItemOfItsList() throws {
    let codings = try Self.code([
      (.paragraph, ["Algemeen"], "De afgestudeerde is een leraar die:", [:]),
      (.listItem, ["Algemeen"], "collega's meeneemt;", [:]),
      (.listItem, ["Algemeen"], "onderzoekend werkt.", [:]),
      (.paragraph, ["Algemeen"], "Daarna volgt een gewone alinea.", [:]),
      (.listItem, ["Algemeen"], "een lijst zonder inleiding.", [:]),
    ])
    for index in [1, 2] {
      let match = try #require(codings[index].matches.first { $0.concept == "profiel" })
      #expect(match.context?.source == .leadIn && match.context?.ordinal == 0)
      #expect(match.context?.matchedText == "leraar die")
    }
    #expect(codings[0].concepts.isEmpty, "the lead-in itself: lead-in indicators are not text indicators")
    #expect(codings[3].concepts.isEmpty && codings[4].concepts.isEmpty)
  }

  @Test func anAttributeValueCodesItsSegment() throws {
    let codings = try Self.code([
      (.tableRow, [], "Hij plant zijn lessen zorgvuldig.", ["dimension": "werk", "context": "klas"]),
      (.tableRow, [], "Hij plant zijn lessen zorgvuldig.", ["dimension": "anderen", "context": "werk"]),
    ])
    let match = try #require(codings[0].matches.first)
    #expect(match.concept == "werk" && match.context?.source == .attribute)
    #expect(match.context?.attribute == "dimension" && match.context?.text == "werk")
    #expect(match.context?.explanation.hasPrefix("attribute dimension \"werk\"") == true)
    #expect(codings[1].concepts.isEmpty, "only the attribute the indicator names counts")
  }

  // MARK: - Uncoded sections

  @Test func anUncodedSectionKeepsItsMatchesAsNearMisses() throws {
    let codings = try Self.code([
      (.heading, ["5. Actiepunten"], "5. Actiepunten", [:]),
      (.listItem, ["5. Actiepunten"], "Thijs schrijft een notitie over onderzoeken en vernieuwing.", [:]),
    ])
    #expect(codings[1].matches.isEmpty)
    #expect(Set(codings[1].nearMisses.map(\.match.concept)) == ["onderzoeken", "innoveren"])
    for miss in codings[1].nearMisses {
      #expect(miss.reason == .uncodedSection(heading: "5. Actiepunten", pattern: "actiepunt", form: "Actiepunten"))
      #expect(miss.explanation.contains("is not coded"))
    }
  }

  @Test func withoutContextIndicatorsTheCoderIsTheMatcher() throws {
    let plain = try CodebookReader().read(
      yaml: "name: P\nlanguage: nl\ndimensions:\n  - id: d\n    concepts:\n      - id: c\n        indicators: [vernieuwing]"
    ).codebook
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: plain))
    var matcher = CodebookMatcher(codebook: plain)
    #expect(!coder.usesContext)
    let text = "Een vernieuwing, nog een vernieuwing."
    let context = SegmentContext(sources: [ContextSource(scope: .heading, text: "Vernieuwing")])
    #expect(coder.code(text, context: context) == matcher.code(text))
  }
}

/// The shipped MLI codebook codes a placemat table's rows and columns from its cells' attributes.
@Suite("MLI codebook and placemat attributes")
struct MLIPlacematAttributeTests {
  /// Statements written for this test; the values are the ones the placemat reader's users write.
  static let csv = """
    groep;dimensie;context;uitspraak
    1;werk;klas;Plant de lessen van de week zorgvuldig
    1;anderen;team;Vraagt in de vergadering door op een voorstel
    2;zelf;binnen de organisatie;Staat stil bij wat hem drijft
    2;zichzelf;buiten de organisatie;Bezoekt een studiedag elders
    3;others;classroom;Geeft feedback op een lesplan
    """

  @Test func everyCellValueCodesItsDimensionAndContext() throws {
    let codebook = try CodebookReader().read(contentsOf: RecodeEquivalenceTests.mliPath).codebook
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: codebook))
    let document = try PlacematReader().read(Data(Self.csv.utf8), name: "placemat.csv")
    var tracker = SegmentContextTracker()
    let expected: [Set<String>] = [
      ["werk", "context-klas"], ["anderen", "context-team"], ["zichzelf", "binnen-organisatie"],
      ["zichzelf", "buiten-organisatie"], ["anderen", "context-klas"],
    ]
    #expect(document.segments.count == expected.count)
    for (index, segment) in document.segments.enumerated() {
      let outline = SegmentOutline(
        id: Int64(index), ordinal: index, kind: segment.kind, headingPath: segment.headingPath,
        attributes: segment.attributes)
      let coding = coder.code(segment.text, context: tracker.next(outline, text: segment.text))
      let fromAttributes = Set(coding.matches.filter { $0.context?.source == .attribute }.map(\.concept))
      let all = Set(coding.matches.map(\.concept))
      #expect(expected[index].isSubset(of: all), "\(segment.attributes): \(all)")
      #expect(fromAttributes.isSubset(of: expected[index]), "\(segment.attributes): \(fromAttributes)")
    }
  }
}

/// One codebook rule for both forms of placemat notes: the table's rows and the text notes' statements
/// (whose cells `thema add` stores as attributes) inherit the same codes from their cell.
@Suite("Placemat notes and table code alike")
struct PlacematFormsTests {
  static let folder = Repository.root.appendingPathComponent("Corpora/mli/placemat")

  /// The codes each segment inherits from its attributes, by segment text.
  static func attributeCodes(_ segments: [Segment], codebook: Codebook) -> [String: Set<String>] {
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: codebook))
    var tracker = SegmentContextTracker()
    var result: [String: Set<String>] = [:]
    for (index, segment) in segments.enumerated() {
      let outline = SegmentOutline(
        id: Int64(index), ordinal: index, kind: segment.kind, headingPath: segment.headingPath,
        attributes: segment.attributes)
      let coding = coder.code(segment.text, context: tracker.next(outline, text: segment.text))
      // Codes the attributes give, whether inherited or (the text coding the concept itself) shadowed.
      let given = coding.matches.filter { $0.context?.source == .attribute }.map(\.concept)
        + coding.shadowed.filter { $0.match.context?.source == .attribute }.map(\.match.concept)
      result[segment.text] = Set(given)
    }
    return result
  }

  @Test func theSamplePlacematsTableAndNotesGetTheSameCellCodes() throws {
    let codebook = try CodebookReader().read(contentsOf: RecodeEquivalenceTests.mliPath).codebook
    let table = try PlacematReader().read(
      Data(contentsOf: Self.folder.appendingPathComponent("placemat-tabel.csv")), name: "placemat-tabel.csv")
    var notes = try Readers.read(
      Data(contentsOf: Self.folder.appendingPathComponent("placemat-studiedag-2019-05.txt")),
      name: "placemat-studiedag-2019-05.txt"
    ).segments
    var labeller = PlacematCellLabeller()
    for index in notes.indices { labeller.label(&notes[index]) }
    let fromTable = Self.attributeCodes(table.segments, codebook: codebook)
    let fromNotes = Self.attributeCodes(notes, codebook: codebook)
    var compared = 0
    for (text, codes) in fromTable {
      guard let other = fromNotes[text] else { continue }
      compared += 1
      #expect(!codes.isEmpty, "\(text)")
      #expect(other == codes, "\(text): notes \(other), table \(codes)")
    }
    #expect(compared >= 40)
  }
}
