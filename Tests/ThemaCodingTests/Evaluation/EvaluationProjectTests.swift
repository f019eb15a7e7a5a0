import Foundation
import Testing
import ThemaCodebook
import ThemaReview
import ThemaStore

@testable import ThemaCoding

/// Evaluation against a real project: stored suggestions, a codebook in memory, and a second coder.
@Suite("Evaluation in a project")
struct EvaluationProjectTests {
  static let text = """
    # Overleg over vernieuwing

    Het team werkt aan een innovatie in de klas.

    Het innovatiefonds betaalt nieuwe laptops.

    Leraren leren van elkaar door lessen te bezoeken.

    """

  static let codebook = """
    name: Toetsboek
    version: "1"
    language: nl
    dimensions:
      - id: thema
        label: Thema
        concepts:
          - id: innoveren
            label: Innoveren
            indicators: [innovatie, vernieuwing]
            exclude: [innovatiefonds]
          - id: leren
            label: Leren
            indicators: [leren]
          - id: klas
            label: Klas
            indicators: [klas]

    """

  /// Gold: segment 0 (heading) innoveren, 1 innoveren, 2 nothing, 3 leren + klas.
  static let gold = """
    codebook: boek.yaml
    documents:
      - document: overleg.md
        split: dev
        coder: a
        segments:
          - ordinal: 0
            text: "Overleg over vernieuwing"
            concepts: [innoveren]
          - ordinal: 1
            text: "Het team werkt aan een innovatie"
            concepts: [innoveren]
          - ordinal: 2
            text: "Het innovatiefonds"
            concepts: []
          - ordinal: 3
            text: "Leraren leren van elkaar"
            concepts: [leren, klas]

    """

  /// A second coder: agrees on 0 and 1, adds innoveren to 2, leaves klas out of 3; does not code 1.
  static let second = """
    documents:
      - document: overleg.md
        split: dev
        coder: b
        segments:
          - ordinal: 0
            text: "Overleg over vernieuwing"
            concepts: [innoveren]
          - ordinal: 2
            text: "Het innovatiefonds"
            concepts: [innoveren]
          - ordinal: 3
            text: "Leraren leren van elkaar"
            concepts: [leren]

    """

  final class Fixture {
    let folder: URL
    let project: Project
    let codebookPath: String

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-evaluate-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let file = folder.appendingPathComponent("overleg.md")
      try Data(EvaluationProjectTests.text.utf8).write(to: file)
      codebookPath = folder.appendingPathComponent("boek.yaml").path
      try Data(EvaluationProjectTests.codebook.utf8).write(to: URL(fileURLWithPath: codebookPath))
      project = try Project.open(at: folder.appendingPathComponent("p.sqlite").path)
      try project.importFiles([ImportItem(url: file, name: "overleg.md", attributes: ["language": "nl"])])
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
  }

  static func read(_ yaml: String, file: String = "gold.yaml") throws -> GoldStandard {
    try GoldStandardReader().read(yaml: yaml, file: file)
  }

  @Test func storedSuggestionsAndInMemoryCodebookAgree() throws {
    let fixture = try Fixture()
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    let gold = try Self.read(Self.gold)
    let stored = try fixture.project.evaluate(gold: gold, against: .storedSuggestions)
    let codebook = try CodebookReader().read(contentsOf: fixture.codebookPath).codebook
    let memory = try fixture.project.evaluate(gold: gold, against: .codebook(codebook))
    #expect(stored.mode == .suggestions)
    #expect(memory.mode == .codebook)
    #expect(stored.result.splits == memory.result.splits)
    #expect(stored.result.differences == memory.result.differences, "same spans, forms and indicators")
    let all = try #require(stored.result.scores(.all))
    #expect(all.segments == 4)
    // innoveren: headings 0 ("vernieuwing") and 1 found, 2 excluded (innovatiefonds): TP 2.
    let innoveren = try #require(all.concepts.first { $0.concept == "innoveren" })
    #expect(innoveren.truePositives == 2 && innoveren.falsePositives == 0 && innoveren.falseNegatives == 0)
    // klas: the tool finds it in 1 ("klas") where gold has none, misses it in 3: FP 1, FN 1.
    let klas = try #require(all.concepts.first { $0.concept == "klas" })
    #expect(klas.truePositives == 0 && klas.falsePositives == 1 && klas.falseNegatives == 1)
    let falsePositive = try #require(stored.result.differences.first { $0.kind == .falsePositive })
    #expect(falsePositive.highlighted() == "Het team werkt aan een innovatie in de »klas«.")
  }

  @Test func humanDecisionsDoNotChangeTheFigure() throws {
    let fixture = try Fixture()
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    let gold = try Self.read(Self.gold)
    let before = try fixture.project.evaluate(gold: gold, against: .storedSuggestions)
    let codings = try fixture.project.codingListings()
    let klas = try #require(codings.first { $0.concept == "klas" })
    let innovatie = try #require(codings.first { $0.matchedForm == "innovatie" })
    let leren = try #require(codings.first { $0.concept == "leren" })
    try fixture.project.reject(klas.id, coder: "marije")
    try fixture.project.recode(innovatie.id, to: "leren", coder: "marije")
    try fixture.project.adjust(leren.id, start: 0, end: 7, coder: "marije")
    try fixture.project.addCoding(segment: leren.segmentId, start: 0, end: 7, concept: "klas", coder: "marije")
    let after = try fixture.project.evaluate(gold: gold, against: .storedSuggestions)
    #expect(after.result == before.result)
  }

  @Test func withdrawnSuggestionsDoNotCount() throws {
    let fixture = try Fixture()
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    // The edited codebook drops klas's indicator: its suggestion is withdrawn by the next run.
    let edited = Self.codebook.replacingOccurrences(of: "indicators: [klas]", with: "indicators: [klaslokaal]")
    try Data(edited.utf8).write(to: URL(fileURLWithPath: fixture.codebookPath))
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    let evaluation = try fixture.project.evaluate(gold: try Self.read(Self.gold), against: .storedSuggestions)
    let klas = try #require(evaluation.result.scores(.all)?.concepts.first { $0.concept == "klas" })
    #expect(klas.falsePositives == 0)
    #expect(klas.falseNegatives == 1)
  }

  @Test func onlyTheNewestRunsOutputCountsWhateverWasDecided() throws {
    let fixture = try Fixture()
    let original = Self.codebook
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    let gold = try Self.read(Self.gold)
    func klasFalsePositives() throws -> Int? {
      try fixture.project.evaluate(gold: gold, against: .storedSuggestions).result.scores(.all)?
        .concepts.first { $0.concept == "klas" }?.falsePositives
    }
    #expect(try klasFalsePositives() == 1)
    let klas = try #require(try fixture.project.codingListings().first { $0.concept == "klas" })
    try fixture.project.reject(klas.id, coder: "marije")
    #expect(try klasFalsePositives() == 1, "a rejected suggestion is still the tool's output")

    // A run with an edited codebook no longer produces it: the rejection is kept, but it is not output.
    let edited = original.replacingOccurrences(of: "indicators: [klas]", with: "indicators: [klaslokaal]")
    try Data(edited.utf8).write(to: URL(fileURLWithPath: fixture.codebookPath))
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    #expect(try fixture.project.coding(klas.id).state.status == .rejected)
    #expect(try klasFalsePositives() == 0)

    // The original codebook again: the same suggestion is produced (and stays rejected) and counts again.
    try Data(original.utf8).write(to: URL(fileURLWithPath: fixture.codebookPath))
    _ = try fixture.project.code(codebookAt: fixture.codebookPath)
    #expect(try klasFalsePositives() == 1)
  }

  @Test func noSuggestionsIsAClearError() throws {
    let fixture = try Fixture()
    #expect(throws: EvaluationError.noSuggestions) {
      try fixture.project.evaluate(gold: try Self.read(Self.gold), against: .storedSuggestions)
    }
  }

  @Test func goldConceptMissingFromTheCodebookIsAnError() throws {
    let fixture = try Fixture()
    let codebook = try CodebookReader().read(contentsOf: fixture.codebookPath).codebook
    let gold = try Self.read(Self.gold.replacingOccurrences(of: "[leren, klas]", with: "[leren, meso]"))
    do {
      _ = try fixture.project.evaluate(gold: gold, against: .codebook(codebook))
      Issue.record("expected an unknown concept")
    } catch let error as GoldStandardError {
      #expect(error.errorDescription?.hasPrefix("gold.yaml:18:27: overleg.md ordinal 3: unknown concept id \"meso\"") == true)
    }
  }

  @Test func twoCodersAreComparedOnTheirSharedSegments() throws {
    let fixture = try Fixture()
    let codebook = try CodebookReader().read(contentsOf: fixture.codebookPath).codebook
    let evaluation = try fixture.project.evaluate(
      gold: try Self.read(Self.gold), against: .coder(try Self.read(Self.second, file: "second.yaml"), codebook: codebook))
    #expect(evaluation.mode == .compare)
    #expect(evaluation.evaluatedSegments == 3)
    let all = try #require(evaluation.result.scores(.all))
    let innoveren = try #require(all.concepts.first { $0.concept == "innoveren" })
    #expect(innoveren.truePositives == 1 && innoveren.falsePositives == 1 && innoveren.falseNegatives == 0)
    let klas = try #require(all.concepts.first { $0.concept == "klas" })
    #expect(klas.falseNegatives == 1 && klas.truePositives == 0)
    // Over 3 segments × 3 concepts: TP 2 (innoveren 0, leren 3), FP 1, FN 1.
    #expect(all.micro.truePositives == 2 && all.micro.falsePositives == 1 && all.micro.falseNegatives == 1)
    #expect(all.micro.f1 == 4.0 / 6)
    let leren = try #require(all.concepts.first { $0.concept == "leren" })
    #expect(leren.kappa == 1)
  }
}
