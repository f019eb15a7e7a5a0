import Testing

@testable import ThemaCodebook

/// `in:` (where an indicator is looked for) and `uncoded-sections:` in the YAML.
@Suite("Indicator scopes and uncoded sections")
struct IndicatorScopeTests {
  /// A one-concept codebook; `indicators` are the lines under `indicators:`, indented relative to it.
  static func yaml(_ indicators: [String], top: String = "") -> String {
    ([
      "name: Scopes", "language: nl", top, "dimensions:", "  - id: thema", "    label: Thema", "    concepts:",
      "      - id: innoveren", "        label: Innoveren", "        indicators:",
    ] + indicators.map { "          " + $0 }).joined(separator: "\n")
  }

  @Test func parsesEveryScopeAndAList() throws {
    let source = Self.yaml([
      "- innovatie", "- term: innoveren", "  in: heading", "- phrase: leraar … die", "  in: lead-in",
      "- term: werk", "  in: attribute dimension", "- term: team", "  in: [text, heading, \"attribute:context\"]",
    ])
    let result = try CodebookReader().read(yaml: source)
    #expect(!result.hasErrors, "\(result.issues)")
    let scopes = result.codebook.concepts[0].indicators.map(\.scopes)
    #expect(scopes[0] == [.text])
    #expect(scopes[1] == [.heading])
    #expect(scopes[2] == [.leadIn])
    #expect(scopes[3] == [.attribute("dimension")])
    #expect(scopes[4] == [.text, .heading, .attribute("context")])
    #expect(result.codebook.usesContext)
  }

  @Test func anUnknownScopeIsAnErrorWithItsLineAndColumn() throws {
    let source = Self.yaml(["- term: innoveren", "  in: [heading, kop-en-staart]"])
    let result = try CodebookReader().read(yaml: source, file: "scopes.yaml")
    let error = try #require(result.issues.first { $0.severity == .error })
    #expect(error.kind == .invalidValue)
    #expect(error.message.contains("kop-en-staart"))
    #expect(error.line == 12)
    #expect(error.column == 27)
    #expect(error.description.hasPrefix("scopes.yaml:12:27: error:"))
  }

  @Test func scopeOnAnExclusionOrConditionIsAWarning() throws {
    let source = Self.yaml(["- term: innoveren", "  not:", "    - term: innovatiefonds", "      in: heading"])
    let result = try CodebookReader().read(yaml: source)
    #expect(!result.hasErrors)
    #expect(result.issues.contains { $0.severity == .warning && $0.message.contains("no effect") })
  }

  @Test func theDefaultScopeKeepsTheHashes() throws {
    let plain = try CodebookReader().read(yaml: Self.yaml(["- innovatie"])).codebook
    let explicit = try CodebookReader().read(
      yaml: Self.yaml(["- term: innovatie", "  in: text"])
    ).codebook
    let heading = try CodebookReader().read(
      yaml: Self.yaml(["- term: innovatie", "  in: heading"])
    ).codebook
    #expect(plain.contentHash(ofConcept: "innoveren") == explicit.contentHash(ofConcept: "innoveren"))
    #expect(plain.contentHash(ofConcept: "innoveren") != heading.contentHash(ofConcept: "innoveren"))
    #expect(!plain.usesContext)
  }

  @Test func uncodedSectionsAreReadAndChangeEveryConceptsHash() throws {
    let plain = try CodebookReader().read(yaml: Self.yaml(["- innovatie"])).codebook
    let result = try CodebookReader().read(
      yaml: Self.yaml(["- innovatie"], top: "uncoded-sections: [rondvraag, actiepunt]"))
    #expect(!result.hasErrors, "\(result.issues)")
    #expect(result.codebook.uncodedSections.map(\.text) == ["rondvraag", "actiepunt"])
    #expect(result.codebook.usesContext)
    #expect(result.codebook.contentHash(ofConcept: "innoveren") != plain.contentHash(ofConcept: "innoveren"))
  }

  @Test func parsingScopeTexts() {
    #expect(IndicatorScope(parsing: "Heading") == .heading)
    #expect(IndicatorScope(parsing: "lead-in") == .leadIn)
    #expect(IndicatorScope(parsing: "attribute  context") == .attribute("context"))
    #expect(IndicatorScope(parsing: "attribute:dimension") == .attribute("dimension"))
    #expect(IndicatorScope(parsing: "attribute") == nil)
    #expect(IndicatorScope(parsing: "attribute two words") == nil)
    #expect(IndicatorScope(parsing: "footnote") == nil)
    #expect(IndicatorScope.attribute("context").description == "attribute context")
  }
}
