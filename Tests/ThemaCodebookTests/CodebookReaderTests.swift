import Foundation
import Testing

@testable import ThemaCodebook

@Suite("Codebook reader")
struct CodebookReaderTests {
  static let example = """
    name: Test codebook
    version: "1.2"
    language: nl
    author: Thema tests
    description: Een klein codeboek.
    dimensions:
      - id: thema
        label: Thema
        concepts:
          - id: innoveren
            label: Innoveren
            definition: Vernieuwen van het onderwijs.
            when-to-use: Bij vernieuwing.
            when-not-to-use: Bij geld voor vernieuwing.
            example: We werken aan onderwijsinnovatie.
            indicators:
              - innovatie
              - innov*
              - "MLI"
              - '"PLG"'
              - lerende … cultuur
              - '*kunde'
              - term: leren
                compound: head
                stem: false
                lemma: false
              - phrase: open cultuur
                gap: 2
              - term: team
                with: [school, organisatie]
                not: [teamleider]
            exclude:
              - innovatiefonds
            children:
              - id: onderwijsinnovatie
                label: Onderwijsinnovatie
                indicators: [onderwijsvernieuwing]
      - id: niveau
        concepts:
          - id: micro
            indicators: [klas]
          - id: meso
            parent: micro
            indicators: [team]
    """

  @Test func readsMetadataDimensionsAndHierarchy() throws {
    let result = try CodebookReader().read(yaml: Self.example, file: "test.yaml")
    let codebook = result.codebook
    #expect(codebook.name == "Test codebook")
    #expect(codebook.version == "1.2")
    #expect(codebook.language == .dutch)
    #expect(codebook.author == "Thema tests")
    #expect(codebook.dimensions.map(\.id) == ["thema", "niveau"])
    #expect(codebook.dimensions[1].label == "niveau")
    #expect(codebook.concepts.map(\.id) == ["innoveren", "onderwijsinnovatie", "micro", "meso"])
    #expect(codebook.concept(id: "onderwijsinnovatie")?.parent == "innoveren")
    #expect(codebook.children(of: "innoveren").map(\.id) == ["onderwijsinnovatie"])
    #expect(codebook.concept(id: "meso")?.parent == "micro")
    #expect(codebook.concept(id: "innoveren")?.whenNotToUse == "Bij geld voor vernieuwing.")
    #expect(codebook.concept(id: "innoveren")?.line == 10)
    #expect(!result.hasErrors, "\(result.issues)")
  }

  @Test func readsEveryIndicatorKind() throws {
    let concept = try #require(try CodebookReader().read(yaml: Self.example).codebook.concept(id: "innoveren"))
    let kinds = concept.indicators.map(\.kind)
    #expect(kinds == [.term, .prefix, .exact, .exact, .phrase, .suffix, .term, .phrase, .term])
    #expect(concept.indicators[1].text == "innov")
    #expect(concept.indicators[2].text == "MLI" && concept.indicators[2].caseSensitive)
    #expect(concept.indicators[3].text == "PLG")
    #expect(concept.indicators[4].phraseWords() == [
      .init(word: "lerende", gapBefore: false), .init(word: "cultuur", gapBefore: true),
    ])
    #expect(concept.indicators[5].text == "kunde")
    let leren = concept.indicators[6]
    #expect(leren.compound == .head && !leren.stemming && !leren.lemma)
    let open = concept.indicators[7]
    #expect(open.gap == 2 && open.phraseWords().last?.gapBefore == true)
    let team = concept.indicators[8]
    #expect(team.conditions.map(\.text) == ["school", "organisatie"])
    #expect(team.exclusions.map(\.text) == ["teamleider"])
    #expect(concept.exclusions.map(\.text) == ["innovatiefonds"])
    #expect(concept.indicators[0].line == 17)
  }

  @Test func lowerCaseExactFormsAreCaseInsensitive() {
    #expect(!Indicator(shorthand: "\"leerkracht\"").caseSensitive)
    #expect(Indicator(shorthand: "\"VAR\"").caseSensitive)
  }

  // MARK: - Errors

  @Test func invalidYAMLNamesTheLine() {
    let yaml = "name: x\ndimensions:\n  - id: a\n    concepts: [\n"
    #expect {
      try CodebookReader().read(yaml: yaml, file: "bad.yaml")
    } throws: { error in
      guard case .invalidYAML(let file, let line, _, _) = error as? CodebookError else { return false }
      return file == "bad.yaml" && line != nil
    }
  }

  @Test func notACodebook() {
    #expect(throws: CodebookError.self) { try CodebookReader().read(yaml: "- a\n- b\n") }
  }

  @Test func unreadableFile() {
    #expect(throws: CodebookError.self) { try CodebookReader().read(contentsOf: "/nonexistent/codebook.yaml") }
  }

  // MARK: - Content hash

  @Test func contentHashIgnoresLayoutButNotContent() throws {
    let a = try CodebookReader().read(yaml: Self.example).codebook
    let relaid = "# a comment\n" + Self.example.replacingOccurrences(of: "label: Innoveren", with: "label:   Innoveren  # c")
    let b = try CodebookReader().read(yaml: relaid).codebook
    #expect(a.contentHash == b.contentHash)
    #expect(a.contentHash.count == 64)
    let edited = Self.example.replacingOccurrences(of: "- innov*", with: "- innova*")
    let c = try CodebookReader().read(yaml: edited).codebook
    #expect(a.contentHash != c.contentHash)
    #expect(a.contentHash(ofConcept: "innoveren") != c.contentHash(ofConcept: "innoveren"))
    #expect(a.contentHash(ofConcept: "micro") == c.contentHash(ofConcept: "micro"))
  }
}
