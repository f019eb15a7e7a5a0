import Foundation
import GRDB
import Testing
import ThemaCodebook
import ThemaIngest
import ThemaStore

@testable import ThemaCoding

/// Inherited codes in a project: what `thema code` stores, what `thema why` quotes, and re-coding after
/// an edit of a concept with `in: heading` / `lead-in` equal to a full run.
@Suite("Inherited codes in a project")
struct InheritedCodesProjectTests {
  /// Short minutes and a profile, written for this test.
  static let documents: [String: String] = [
    "verslag-a.md": """
      # Verslag teamoverleg

      ## 1. Opening

      De voorzitter opent het overleg over vernieuwing en onderzoeken.

      ## 2. Innoveren

      Het team zette een pilot op met formatief toetsen in twee klassen.

      Na een half jaar bleef de aanpak overeind.

      ## 3. Onderzoeken en ontwerpen

      Een goede vraag is het halve werk.

      ## 4. Actiepunten

      - Noor schrijft een notitie over vernieuwing.
      """,
    "profiel-b.md": """
      # Profiel

      ## Algemeen

      De afgestudeerde is een leraar die:

      - collega's meeneemt in vernieuwing;
      - de eigen praktijk onderzoekt;
      - ontwerpt met het team.

      ## Ontwerpen

      Lessen worden samen gemaakt en in de klas beproefd.
      """,
  ]

  static let codebook = """
    name: Structuur in een project
    version: "1"
    language: nl
    uncoded-sections: [opening, actiepunt]
    dimensions:
      - id: thema
        concepts:
          - id: innoveren
            indicators:
              - vernieuwing
              - pilot
              - term: innoveren
                in: heading
                compound: none
          - id: onderzoeken
            indicators:
              - term: onderzoeken
                in: [text, heading]
                compound: none
              - vraag
          - id: ontwerpen
            indicators:
              - term: ontwerpen
                in: heading
                compound: none
          - id: profiel
            indicators:
              - phrase: leraar … die
                gap: 4
                in: lead-in
          - id: klas
            indicators: [klas]
    """

  static func corpus() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-inherit-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    for (name, text) in documents {
      try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// The stored suggestions: suggestion key and indicator ("12:innoveren:0-40:innoveren#innoveren@heading")
  /// → (segment id, start, end, originalStart, originalEnd, form).
  static func suggestions(_ project: Project) throws -> [String: (Int64, Int, Int, Int, Int, String?)] {
    try project.database.read { db in
      var result: [String: (Int64, Int, Int, Int, Int, String?)] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT suggestionKey || ':' || indicator AS suggestion, segmentId, start, "end", originalStart, originalEnd,
            matchedForm FROM coding
          WHERE coder = 'auto' AND status <> 'withdrawn'
          """)
      {
        result[row["suggestion"]] = (
          row["segmentId"], row["start"], row["end"], row["originalStart"], row["originalEnd"], row["matchedForm"]
        )
      }
      return result
    }
  }

  @Test func storedInheritedCodesSpanTheWholeSegmentAndWhyQuotesTheHeading() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let project = try RecodeEquivalenceTests.project(corpus: corpus, codebook: Self.codebook)
    defer { try? FileManager.default.removeItem(atPath: project.path) }
    let document = try project.project.document("verslag-a.md")
    let segments = try project.project.segments(of: document)
    let pilot = try #require(segments.first { $0.segment.text.hasPrefix("Het team zette") })
    let after = try #require(segments.first { $0.segment.text.hasPrefix("Na een half jaar") })
    let stored = try Self.suggestions(project.project)

    // "Na een half jaar …" is coded innoveren only through its heading: the whole segment.
    let key = "\(after.id):innoveren:0-\(after.segment.text.unicodeScalars.count):innoveren#innoveren@heading"
    let inherited = try #require(stored[key], "\(stored.keys.sorted())")
    let whole = after.segment.map.originalRange(ofView: 0..<after.segment.text.unicodeScalars.count)
    #expect(inherited.3 == whole.lowerBound && inherited.4 == whole.upperBound)
    #expect(inherited.5 == "Innoveren")
    // "Het team zette een pilot op" codes innoveren by its own word, and does not inherit it again.
    #expect(!stored.keys.contains { $0.hasPrefix("\(pilot.id):innoveren:") && $0.hasSuffix("@heading") })
    #expect(stored.keys.contains { $0.hasPrefix("\(pilot.id):innoveren:") && $0.hasSuffix("#pilot") })
    // A heading that lists two topics passes none; procedural sections are not coded.
    let question = try #require(segments.first { $0.segment.text.hasPrefix("Een goede vraag") })
    #expect(stored.keys.filter { $0.hasPrefix("\(question.id):") }.map { $0.split(separator: ":")[1] } == ["onderzoeken"])
    for procedural in segments where procedural.segment.text.contains("notitie") || procedural.segment.text.contains("opent") {
      #expect(!stored.values.contains { $0.0 == procedural.id }, "\(procedural.segment.text)")
    }

    // `thema why`: the heading segment with its original offsets.
    var coder = ContextualCoder(matcher: CodebookMatcher(codebook: try CodebookReader().read(yaml: Self.codebook).codebook))
    let context = try project.project.segmentContext(of: after.id)
    let coding = coder.code(after.segment.text, context: context).mappedToOriginal(by: after.segment.map)
    let match = try #require(coding.matches.first { $0.concept == "innoveren" })
    let quote = try #require(match.context)
    let heading = try #require(segments.first { $0.segment.kind == .heading && $0.segment.text == "2. Innoveren" })
    #expect(quote.segmentId == heading.id && quote.ordinal == heading.ordinal)
    let original = try #require(Self.documents["verslag-a.md"]).unicodeScalars.map { $0 }
    let start = try #require(quote.originalStart)
    let end = try #require(quote.originalEnd)
    #expect(String(String.UnicodeScalarView(original[start..<end])) == "Innoveren")
    #expect(match.originalStart == whole.lowerBound && match.originalEnd == whole.upperBound)
  }

  @Test func leadInsCodeTheListItemsInAProject() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let project = try RecodeEquivalenceTests.project(corpus: corpus, codebook: Self.codebook)
    defer { try? FileManager.default.removeItem(atPath: project.path) }
    let segments = try project.project.segments(of: try project.project.document("profiel-b.md"))
    let stored = try Self.suggestions(project.project)
    let items = segments.filter { $0.segment.kind == .listItem }
    #expect(items.count == 3)
    for item in items {
      #expect(stored.keys.contains { $0.hasPrefix("\(item.id):profiel:") && $0.hasSuffix("@lead-in") }, "\(item.segment.text)")
    }
  }

  /// Edits of concepts that inherit: the incremental run equals a full run.
  @Test func reCodingAnInheritingConceptEqualsAFullRun() throws {
    let corpus = try Self.corpus()
    defer { try? FileManager.default.removeItem(at: corpus) }
    let edits: [(concept: String, name: String, from: String, to: String)] = [
      ("innoveren", "heading indicator dropped", "\n          - term: innoveren\n            in: heading\n            compound: none", ""),
      ("ontwerpen", "heading becomes text too", "- term: ontwerpen\n            in: heading", "- term: ontwerpen\n            in: [text, heading]"),
      ("profiel", "lead-in phrase widened", "gap: 4", "gap: 6"),
      ("klas", "a heading indicator added", "indicators: [klas]",
        "indicators:\n          - klas\n          - term: klas\n            in: heading"),
    ]
    for edit in edits {
      let source = Self.codebook
      let edited = source.replacingOccurrences(of: edit.from, with: edit.to)
      #expect(edited != source, "\(edit.name) applies")
      #expect(!(try CodebookReader().read(yaml: edited).hasErrors), "\(edit.name)")
      try RecodeEquivalenceTests.compare(
        original: source, edited: edited, corpus: corpus, concept: edit.concept, edit: edit.name)
    }
  }
}
