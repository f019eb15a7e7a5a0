import Foundation
import GRDB
import Testing
import ThemaCodebook
import ThemaReview
import ThemaStore

@testable import ThemaCoding

/// Refining a concept's definition is the most common codebook edit: it changes no match, so re-coding
/// re-matches nothing and a rejected suggestion stays rejected; so does a term added to the concept; an
/// edit of the indicator that made the suggestion offers it again.
@Suite("Re-coding after a definition edit")
struct DefinitionEditTests {
  static let document = [("verslag.txt", "De school werkt aan innovatie en professionalisering.\n", Optional("nl"))]

  /// `yaml` with the line whose trimmed text is `line` replaced by the lines `replacement` makes from
  /// its indentation.
  static func editing(_ yaml: String, line: String, _ replacement: (String) -> [String]) -> String {
    var lines = yaml.components(separatedBy: "\n")
    guard let at = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == line }) else { return yaml }
    let indent = String(lines[at].prefix { $0 == " " })
    lines.replaceSubrange(at...at, with: replacement(indent))
    return lines.joined(separator: "\n")
  }

  static func status(_ project: Project, concept: String) throws -> [String] {
    try project.database.read { db in
      try String.fetchAll(db, sql: "SELECT status FROM coding WHERE concept = ? ORDER BY id", arguments: [concept])
    }
  }

  static func rejectInnoveren(_ project: Project) throws {
    let id = try #require(
      try project.database.read { db in
        try Int64.fetchOne(db, sql: "SELECT id FROM coding WHERE concept = 'innoveren'")
      })
    try project.reject(id, coder: "marije", reason: "about money, not renewal")
  }

  @Test(arguments: [false, true])
  func aRewordedDefinitionKeepsTheRejection(full: Bool) throws {
    let setup = try MultilingualCodingTests.project(codebook: MultilingualCodingTests.codebook, documents: Self.document)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    _ = try setup.project.code(codebookAt: setup.codebook)
    try Self.rejectInnoveren(setup.project)

    let reworded = Self.editing(MultilingualCodingTests.codebook, line: "label: Innoveren") { indent in
      ["label: Innoveren", "definition: Vernieuwen van onderwijs."].map { indent + $0 }
    }
    #expect(reworded != MultilingualCodingTests.codebook)
    try reworded.write(toFile: setup.codebook, atomically: true, encoding: .utf8)
    let report = try setup.project.code(codebookAt: setup.codebook, incremental: !full)
    #expect(report.rematchedConcepts == (full ? nil : []))
    #expect(report.reconciliation.resuggested.isEmpty)
    #expect(try Self.status(setup.project, concept: "innoveren") == ["rejected"])

    // A term added to the concept re-matches it, but its other indicators are unchanged: the rejection
    // stands.
    let widened = Self.editing(reworded, line: "- innovatie") { indent in
      [indent + "- innovatie", indent + "- vernieuwing"]
    }
    try widened.write(toFile: setup.codebook, atomically: true, encoding: .utf8)
    let added = try setup.project.code(codebookAt: setup.codebook, incremental: !full)
    #expect(added.rematchedConcepts == (full ? nil : ["innoveren"]))
    #expect(added.reconciliation.resuggested.isEmpty)
    #expect(try Self.status(setup.project, concept: "innoveren") == ["rejected"])

    // An edit of the indicator that made the suggestion offers it again.
    let narrowed = Self.editing(widened, line: "- innovatie") { indent in
      [indent + "- term: innovatie", indent + "  compound: head"]
    }
    #expect(narrowed != reworded)
    try narrowed.write(toFile: setup.codebook, atomically: true, encoding: .utf8)
    let again = try setup.project.code(codebookAt: setup.codebook, incremental: !full)
    #expect(again.reconciliation.resuggested.count == 1)
    #expect(try Self.status(setup.project, concept: "innoveren") == ["suggested"])
  }

  /// A suggestion stored with the hash of earlier versions (the concept's whole content) counts as
  /// unchanged: upgrading does not offer every rejected suggestion again.
  @Test func theEarlierHashCountsAsUnchanged() throws {
    let setup = try MultilingualCodingTests.project(codebook: MultilingualCodingTests.codebook, documents: Self.document)
    defer { try? FileManager.default.removeItem(at: setup.folder) }
    _ = try setup.project.code(codebookAt: setup.codebook)
    try Self.rejectInnoveren(setup.project)
    let codebook = try CodebookReader().read(yaml: MultilingualCodingTests.codebook).codebook
    let legacy = try #require(codebook.contentHash(ofConcept: "innoveren"))
    #expect(legacy != codebook.matchingHash(ofConcept: "innoveren"))
    try setup.project.database.write { db in
      try db.execute(sql: "UPDATE coding SET indicatorHash = ? WHERE concept = 'innoveren'", arguments: [legacy])
    }
    let report = try setup.project.code(codebookAt: setup.codebook, incremental: false)
    #expect(report.reconciliation.resuggested.isEmpty)
    #expect(try Self.status(setup.project, concept: "innoveren") == ["rejected"])
    // A hash that is neither the current nor the earlier one: the indicator changed.
    try setup.project.database.write { db in
      try db.execute(sql: "UPDATE coding SET indicatorHash = 'other' WHERE concept = 'innoveren'")
    }
    let changed = try setup.project.code(codebookAt: setup.codebook, incremental: false)
    #expect(changed.reconciliation.resuggested.count == 1)
  }
}
