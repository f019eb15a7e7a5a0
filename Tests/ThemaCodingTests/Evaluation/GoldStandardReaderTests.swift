import Testing

@testable import ThemaCoding

/// Reading gold files: the model, and errors that name the file, line and column.
@Suite("Gold standard reader")
struct GoldStandardReaderTests {
  static let valid = """
    # two documents
    codebook: Codebooks/mli.yaml
    corpus: Corpora/mli
    documents:
      - document: notulen/a.md
        split: dev
        coder: gold1
        segments:
          - ordinal: 0
            text: "Verslag van het overleg"
            concepts: []
          - ordinal: 2
            text: "Het team \\"leert\\" samen"
            concepts: [leren, meso, leren]
            note: twijfel over meso
      - document: profielen/b.md
        split: test
        coder: gold2
        segments:
          - ordinal: 1
            text: Innoveren in de klas
            concepts:
              - innoveren
              - micro

    """

  static func read(_ yaml: String) throws(GoldStandardError) -> GoldStandard {
    try GoldStandardReader().read(yaml: yaml, file: "gold.yaml")
  }

  static func message(_ yaml: String) -> String {
    do {
      _ = try read(yaml)
      return "no error"
    } catch {
      return error.errorDescription ?? ""
    }
  }

  @Test func readsDocumentsSegmentsAndPlaces() throws {
    let gold = try Self.read(Self.valid)
    #expect(gold.codebook == "Codebooks/mli.yaml")
    #expect(gold.documents.map(\.name) == ["notulen/a.md", "profielen/b.md"])
    #expect(gold.documents.map(\.split) == [.dev, .test])
    #expect(gold.segmentCount == 3)
    #expect(gold.segmentCount(in: .dev) == 2)
    let second = gold.documents[0].segments[1]
    #expect(second.text == "Het team \"leert\" samen")
    #expect(second.concepts == ["leren", "meso"], "a repeated id counts once")
    #expect(second.note == "twijfel over meso")
    #expect(second.place.line == 12)
    #expect(second.conceptPlaces.map(\.line) == [14, 14])
    #expect(gold.documents[1].segments[0].conceptPlaces.map(\.line) == [23, 24])
    #expect(gold.conceptsUsed == ["innoveren", "leren", "meso", "micro"])
    #expect(gold.warnings.isEmpty)
  }

  @Test func missingFieldNamesTheEntryAndLine() {
    let yaml = Self.valid.replacingOccurrences(of: "    split: test\n", with: "")
    #expect(Self.message(yaml) == "gold.yaml:16:5: document profielen/b.md has no split")
    let noConcepts = Self.valid.replacingOccurrences(of: "        concepts: []\n", with: "")
    #expect(Self.message(noConcepts) == "gold.yaml:9:9: notulen/a.md ordinal 0 has no concepts")
  }

  @Test func duplicateOrdinalNamesBothLines() {
    let yaml = Self.valid.replacingOccurrences(of: "- ordinal: 2", with: "- ordinal: 0")
    #expect(Self.message(yaml) == "gold.yaml:12:9: notulen/a.md: ordinal 0 is coded twice (first at line 9)")
  }

  @Test func badValuesAreReportedWhereTheyAre() {
    #expect(
      Self.message(Self.valid.replacingOccurrences(of: "split: dev", with: "split: tune"))
        == "gold.yaml:6:12: split must be dev or test, not \"tune\"")
    #expect(
      Self.message(Self.valid.replacingOccurrences(of: "ordinal: 2", with: "ordinal: -2"))
        == "gold.yaml:12:18: ordinal must be a whole number 0 or more, not \"-2\"")
    #expect(
      Self.message(Self.valid.replacingOccurrences(of: "concepts: []", with: "concepts: leren"))
        == "gold.yaml:11:19: concepts must be a list of concept ids, e.g. [leren, meso]")
  }

  @Test func severalProblemsAreReportedTogether() {
    let yaml = Self.valid.replacingOccurrences(of: "split: dev", with: "split: tune")
      .replacingOccurrences(of: "- ordinal: 2", with: "- ordinal: 0")
    let message = Self.message(yaml)
    #expect(message.hasPrefix("2 problems:"))
    #expect(message.contains("gold.yaml:6:12:"))
    #expect(message.contains("gold.yaml:12:9:"))
  }

  @Test func invalidYAMLGivesTheParserPlace() {
    let message = Self.message("documents:\n  - document: [a\n")
    #expect(message.hasPrefix("gold.yaml:3:"), "\(message)")
    #expect(message.contains("not valid YAML"))
  }

  @Test func unknownConceptsAreFoundAgainstTheCodebook() throws {
    let gold = try Self.read(Self.valid)
    #expect(throws: Never.self) { try gold.check(concepts: ["leren", "meso", "innoveren", "micro"], codebookName: "x") }
    do {
      try gold.check(concepts: ["leren", "micro", "innoveren"], codebookName: "MLI 1.0")
      Issue.record("expected an unknown concept")
    } catch {
      #expect(
        error.errorDescription
          == "gold.yaml:14:27: notulen/a.md ordinal 2: unknown concept id \"meso\" (not in codebook MLI 1.0)")
    }
  }

  @Test func unknownKeysAreWarnings() throws {
    let gold = try Self.read(Self.valid.replacingOccurrences(of: "note: twijfel", with: "notes: twijfel"))
    #expect(gold.warnings == ["gold.yaml:15:9: warning: unknown key notes in a segment (ignored)"])
  }
}
