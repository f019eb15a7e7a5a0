import Foundation
import GRDB
import Testing
import ThemaCodebook
import ThemaLanguage
import ThemaStore

@testable import ThemaCoding

/// A codebook with indicators for a second language (`indicators-en:`): each document is coded with the
/// indicators of its language.
@Suite("Coding documents in two languages")
struct MultilingualCodingTests {
  static let codebook = """
    name: Tweetalig
    version: "1"
    language: nl
    dimensions:
      - id: thema
        label: Thema
        concepts:
          - id: innoveren
            label: Innoveren
            indicators:
              - innovatie
            indicators-en:
              - innovation
          - id: leren
            label: Leren
            indicators:
              - professionalisering
            indicators-en:
              - professional development
            exclude-en:
              - student learning
    """

  static let dutch = "De school werkt aan innovatie en professionalisering. Innovation is hier een leenwoord.\n"
  static let english =
    "The team leads innovations in the school. Professional development of teachers matters; innovatie is a Dutch word.\n"

  static func project(
    codebook: String, documents: [(name: String, text: String, language: String?)]
  ) throws -> (project: Project, folder: URL, codebook: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-multilingual-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("codebook.yaml").path
    try codebook.write(toFile: path, atomically: true, encoding: .utf8)
    let project = try Project.open(at: folder.appendingPathComponent("project.sqlite").path)
    for document in documents {
      let file = folder.appendingPathComponent(document.name)
      try document.text.write(to: file, atomically: true, encoding: .utf8)
      _ = try project.importFiles([
        ImportItem(url: file, name: document.name, attributes: document.language.map { ["language": $0] } ?? [:])
      ])
    }
    return (project, folder, path)
  }

  /// The matched forms per document name and concept.
  static func forms(_ project: Project) throws -> [String: [String: [String]]] {
    try project.database.read { db in
      var result: [String: [String: [String]]] = [:]
      for row in try Row.fetchAll(
        db,
        sql: """
          SELECT d.name, c.concept, c.matchedForm FROM coding c JOIN segment s ON s.id = c.segmentId
          JOIN documentVersion v ON v.id = s.versionId JOIN document d ON d.id = v.documentId
          WHERE c.status <> 'withdrawn' ORDER BY c.id
          """)
      {
        result[row["name"], default: [:]][row["concept"], default: []].append(row["matchedForm"])
      }
      return result
    }
  }

  @Test func theReaderKeepsTheLanguageOfEachIndicator() throws {
    let read = try CodebookReader().read(yaml: Self.codebook)
    #expect(!read.hasErrors)
    let innoveren = try #require(read.codebook.concept(id: "innoveren"))
    #expect(innoveren.indicators.map(\.language) == [nil, .english])
    #expect(read.codebook.concept(id: "leren")?.exclusions.map(\.language) == [.english])
    #expect(read.codebook.languages == [.dutch, .english])
    #expect(read.codebook.indicatorCount == 4)
    #expect(read.codebook.indicatorCount(for: .dutch) == 2 && read.codebook.indicatorCount(for: .english) == 2)
    // `indicators-nl` in a Dutch codebook is the same as `indicators`, and hashes alike.
    let plain = try CodebookReader().read(yaml: Self.codebook.replacingOccurrences(of: "-en:", with: "-nl:"))
    #expect(plain.codebook.languages == [.dutch])
    #expect(plain.codebook.concept(id: "innoveren")?.indicators.map(\.language) == [nil, nil])
    #expect(plain.codebook.concept(id: "leren")?.exclusions.map(\.language) == [nil])
    let unknown = try CodebookReader().read(yaml: Self.codebook.replacingOccurrences(of: "indicators-en", with: "indicators-fr"))
    #expect(unknown.issues.contains { $0.description.contains("indicators-fr") && $0.description.contains("nl, en") })
    #expect(read.codebook.contentHash(ofConcept: "innoveren") != plain.codebook.contentHash(ofConcept: "innoveren"))
  }

  @Test func eachDocumentIsCodedWithTheIndicatorsOfItsLanguage() throws {
    let setup = try Self.project(
      codebook: Self.codebook,
      documents: [("verslag.txt", Self.dutch, "nl"), ("report.txt", Self.english, "en")])
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    let report = try setup.project.code(codebookAt: setup.codebook)
    #expect(report.skippedDocuments.isEmpty)
    let forms = try Self.forms(setup.project)
    // Dutch: the Dutch terms only ("Innovation" is not a Dutch indicator).
    #expect(forms["verslag.txt"] == ["innoveren": ["innovatie"], "leren": ["professionalisering"]])
    // English: the English stemmer reaches "innovations"; "innovatie" is not an English indicator.
    #expect(forms["report.txt"] == ["innoveren": ["innovations"], "leren": ["Professional development"]])
  }

  @Test func aDocumentInALanguageWithoutIndicatorsIsSkipped() throws {
    // The codebook without its English lines (the `-en:` keys and the items under them).
    let english: Set<String> = ["innovation", "professional development", "student learning"]
    let dutchOnly = Self.codebook.components(separatedBy: "\n").filter { line in
      let text = line.trimmingCharacters(in: .whitespaces)
      return !text.hasSuffix("-en:") && !english.contains(text.replacingOccurrences(of: "- ", with: ""))
    }.joined(separator: "\n")
    let setup = try Self.project(
      codebook: dutchOnly, documents: [("verslag.txt", Self.dutch, "nl"), ("report.txt", Self.english, "en")])
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    var steps: [CodingProgress] = []
    let report = try setup.project.code(codebookAt: setup.codebook) { steps.append($0) }
    #expect(report.skippedDocuments == ["report.txt"])
    // Progress names the documents matched, not the skipped one.
    #expect(steps == [CodingProgress(document: "verslag.txt", index: 0, total: 1)])
    #expect(try Self.forms(setup.project)["report.txt"] == nil)
  }

  @Test func anEditOfTheEnglishIndicatorsReCodesAsAFullRunWould() throws {
    let documents = [("verslag.txt", Self.dutch, "nl"), ("report.txt", Self.english + "Teachers innovate together.\n", "en")]
    // One more English term under `indicators-en:` of innoveren, at the indentation of the one there.
    var lines = Self.codebook.components(separatedBy: "\n")
    let at = try #require(lines.firstIndex { $0.hasSuffix("- innovation") })
    lines.insert(lines[at].replacingOccurrences(of: "innovation", with: "innovate"), at: at + 1)
    let edited = lines.joined(separator: "\n")
    #expect(edited != Self.codebook)
    let full = try Self.project(codebook: Self.codebook, documents: documents)
    let incremental = try Self.project(codebook: Self.codebook, documents: documents)
    defer {
      try? FileManager.default.removeItem(at: full.folder)
      try? FileManager.default.removeItem(at: incremental.folder)
    }
    for setup in [full, incremental] {
      _ = try setup.project.code(codebookAt: setup.codebook)
      try edited.write(toFile: setup.codebook, atomically: true, encoding: .utf8)
    }
    _ = try full.project.code(codebookAt: full.codebook, incremental: false)
    let report = try incremental.project.code(codebookAt: incremental.codebook)
    #expect(report.rematchedConcepts == ["innoveren"])
    #expect(try Self.forms(full.project) == Self.forms(incremental.project))
    #expect(try Self.forms(incremental.project)["report.txt"]?["innoveren"] == ["innovations", "innovate"])
  }
}
