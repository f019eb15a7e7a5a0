import Testing
import ThemaCodebook
import ThemaIngest
import ThemaStore

@testable import ThemaCoding

/// Matches that add nothing because another indicator of the same concept already codes the span (or the
/// segment): kept apart as `shadowed`, never as codings, so `thema codebook check` can say so.
@Suite("Shadowed matches")
struct ShadowedMatchTests {
  static let yaml = """
    name: Schaduw
    version: "1"
    language: nl
    dimensions:
      - id: thema
        concepts:
          - id: innoveren
            indicators:
              - '"innovaties"'
              - innovatie
              - term: innoveren
                in: heading
                compound: none
          - id: team
            indicators: [team]
    """

  static var codebook: Codebook {
    get throws {
      let read = try CodebookReader().read(yaml: yaml)
      #expect(!read.hasErrors, "\(read.issues)")
      return read.codebook
    }
  }

  @Test func aSecondIndicatorOnTheSameSpanIsShadowedNotLost() throws {
    // Through the contextual coder, which leaves out the text matches of the heading-only indicator.
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: try Self.codebook, stemmer: FakeDutchStemmer()))
    let coding = coder.code("Twee innovaties en een innovatie in het team.")
    let innoveren = coding.matches.filter { $0.concept == "innoveren" }
    #expect(innoveren.count == 2, "one coding per span")
    #expect(Set(innoveren.map(\.range)).count == 2)
    let shadow = try #require(coding.shadowed.first)
    #expect(coding.shadowed.count == 1)
    #expect(shadow.match.concept == "innoveren" && shadow.by.concept == "innoveren")
    #expect(shadow.match.range == shadow.by.range && shadow.match.matchedForm == "innovaties")
    #expect(Set([shadow.match.indicator, shadow.by.indicator]) == ["\"innovaties\"", "innovatie"])
    #expect(innoveren.contains(shadow.by), "the match that shadows is the coding kept")
    #expect(!innoveren.contains(shadow.match))
  }

  @Test func matchesOfDifferentConceptsNeverShadowEachOther() throws {
    var matcher = CodebookMatcher(codebook: try Self.codebook, stemmer: FakeDutchStemmer())
    let coding = matcher.code("Het team en de innovatie.")
    #expect(coding.shadowed.isEmpty)
    #expect(Set(coding.concepts) == ["team", "innoveren"])
  }

  @Test func anInheritedCodeTheTextAlreadyGivesIsShadowed() throws {
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: try Self.codebook, stemmer: FakeDutchStemmer()))
    var tracker = SegmentContextTracker()
    let items: [(Segment.Kind, String)] = [
      (.heading, "Innoveren"), (.paragraph, "Een innovatie in de les."), (.paragraph, "Het team."),
    ]
    let codings = items.enumerated().map { index, item in
      let outline = SegmentOutline(
        id: Int64(index + 1), ordinal: index, kind: item.0, headingPath: ["Innoveren"], attributes: [:])
      return coder.code(item.1, context: tracker.next(outline, text: item.1))
    }
    // Under the heading, the text's own "innovatie" codes the concept: the heading's adds nothing.
    let shadow = try #require(codings[1].shadowed.first)
    #expect(shadow.match.context?.source == .heading && shadow.match.indicatorIndex == 2)
    #expect(shadow.by.context == nil && shadow.by.indicator == "innovatie")
    #expect(codings[1].matches.filter { $0.concept == "innoveren" }.count == 1)
    // Where the text does not code it, the heading's code is inherited and nothing is shadowed.
    #expect(codings[2].shadowed.isEmpty)
    #expect(codings[2].matches.contains { $0.concept == "innoveren" && $0.context?.source == .heading })
  }
}
