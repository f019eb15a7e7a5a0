import Testing

@testable import ThemaCoding

/// Finding gold segments again: by ordinal, by text when the ordinal moved, and clear errors otherwise.
@Suite("Gold resolution")
struct GoldResolverTests {
  static let document = GoldResolver.Document(
    name: "notulen/a.md",
    segments: [
      .init(id: 10, ordinal: 0, text: "Verslag van het overleg"),
      .init(id: 11, ordinal: 1, text: "Het team leert samen\nvan elkaar in de klas."),
      .init(id: 12, ordinal: 2, text: "Actiepunten"),
      .init(id: 13, ordinal: 3, text: "Het team leert samen en apart."),
    ])

  static func gold(_ segments: [GoldSegment], document: String = "notulen/a.md") -> GoldStandard {
    GoldStandard(
      file: "gold.yaml",
      documents: [
        GoldDocument(name: document, split: .dev, coder: "a", segments: segments, place: GoldPlace(line: 3, column: 5))
      ])
  }

  static func entry(_ ordinal: Int, _ text: String, line: Int, concepts: [String] = []) -> GoldSegment {
    GoldSegment(ordinal: ordinal, text: text, concepts: concepts, place: GoldPlace(line: line, column: 9))
  }

  @Test func resolvesByOrdinalWhenTheTextAgrees() throws {
    let resolver = GoldResolver(documents: [Self.document])
    let resolved = try resolver.resolve(
      Self.gold([Self.entry(0, "Verslag van", line: 7, concepts: ["leren"]), Self.entry(2, "Actiepunten", line: 10)]))
    #expect(resolved.segments.map(\.segmentId) == [10, 12])
    #expect(resolved.segments[0].concepts == ["leren"])
    #expect(resolved.segments[0].text == "Verslag van het overleg")
    #expect(resolved.warnings.isEmpty)
  }

  @Test func whiteSpaceRunsCompareAsOneSpace() throws {
    let resolver = GoldResolver(documents: [Self.document])
    let resolved = try resolver.resolve(Self.gold([Self.entry(1, "Het team leert samen van  elkaar", line: 7)]))
    #expect(resolved.segments.map(\.segmentId) == [11])
    #expect(resolved.warnings.isEmpty)
  }

  @Test func movedSegmentIsFoundByItsTextWithAWarning() throws {
    let resolver = GoldResolver(documents: [Self.document])
    let resolved = try resolver.resolve(Self.gold([Self.entry(0, "Actiepunten", line: 7)]))
    #expect(resolved.segments.map(\.segmentId) == [12])
    #expect(resolved.segments[0].ordinal == 2)
    #expect(resolved.segments[0].goldOrdinal == 0)
    #expect(resolved.warnings.count == 1)
    #expect(resolved.warnings[0].hasPrefix("gold.yaml:7:9: warning: notulen/a.md ordinal 0 does not start with"))
    #expect(resolved.warnings[0].contains("using ordinal 2"))
  }

  @Test func severalCandidatesTakeTheNearestOrdinal() throws {
    let resolver = GoldResolver(documents: [Self.document])
    // Ordinal 2 no longer starts so; ordinals 1 and 3 both do; 3 is nearer to 4.
    let resolved = try resolver.resolve(Self.gold([Self.entry(4, "Het team leert samen", line: 7)]))
    #expect(resolved.segments.map(\.segmentId) == [13])
    #expect(resolved.warnings[0].contains("nearest of 2"))
  }

  @Test func noMatchingSegmentIsAnErrorNamingLineDocumentAndOrdinal() {
    let resolver = GoldResolver(documents: [Self.document])
    #expect(throws: GoldStandardError.self) {
      try resolver.resolve(Self.gold([Self.entry(2, "Besluiten", line: 12)]))
    }
    do {
      _ = try resolver.resolve(Self.gold([Self.entry(2, "Besluiten", line: 12)]))
    } catch {
      #expect(
        error.errorDescription
          == "gold.yaml:12:9: notulen/a.md ordinal 2: no segment of the document starts with \"Besluiten\" "
          + "(ordinal 2 now starts with \"Actiepunten\")")
    }
  }

  @Test func unknownDocumentAndDoubleEntriesAreErrors() {
    let resolver = GoldResolver(documents: [Self.document])
    do {
      _ = try resolver.resolve(Self.gold([Self.entry(0, "Verslag", line: 7)], document: "notulen/b.md"))
      Issue.record("expected an error")
    } catch {
      #expect(error.errorDescription == "gold.yaml:3:5: document notulen/b.md is not in the project (see thema documents)")
    }
    do {
      // Ordinal 5 does not exist; its text finds ordinal 2, which line 7 already claims.
      _ = try resolver.resolve(Self.gold([Self.entry(2, "Actiepunten", line: 7), Self.entry(5, "Actiepunten", line: 10)]))
      Issue.record("expected an error")
    } catch {
      #expect(
        error.errorDescription
          == "gold.yaml:10:9: notulen/a.md ordinal 5 resolves to the same segment as the entry at line 7")
    }
  }
}
