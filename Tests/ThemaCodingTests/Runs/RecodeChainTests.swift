import Foundation
import GRDB
import PropertyBased
import Testing
import ThemaCodebook
import ThemaReview
import ThemaStore

@testable import ThemaCoding

/// Several incremental runs in a row, with human decisions on carried suggestions between them: after
/// every run the project equals one re-coded in full each time, in its codings (with the run and codebook
/// that produced them, read through `CodingProvenance`), its trail and the automatic output evaluation
/// reads.
@Suite("Chains of incremental runs equal full runs")
struct RecodeChainTests {
  typealias Fixture = RecodeEquivalenceTests

  @Test func randomChainsOfEdits() async throws {
    let source = try String(contentsOfFile: Fixture.mliPath, encoding: .utf8)
    let codebook = try CodebookReader().read(yaml: source).codebook
    let concepts = codebook.concepts.map(\.id)
    let corpus = try Fixture.corpus(codebook: codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    await propertyCheck(count: 5, input: Gen.int(in: 0...10_000).array(of: 8)) { picks in
      let steps = stride(from: 0, to: picks.count, by: 2).map { index -> (String, String) in
        let edit = Fixture.edits[picks[index] % Fixture.edits.count].name
        return (edit, concepts[picks[index + 1] % concepts.count])
      }
      do {
        try Self.chain(steps, source: source, corpus: corpus)
      } catch {
        Issue.record("\(steps): \(error)")
      }
    }
  }

  /// A term added (new plausible compound parts: some segments of every concept reconciled), another
  /// concept edited, the same edit again, then back to the original codebook.
  @Test func termThenPhraseThenSameThenBack() throws {
    let source = try String(contentsOfFile: Fixture.mliPath, encoding: .utf8)
    let corpus = try Fixture.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    let reports = try Self.chain(
      [("add a term", "innoveren"), ("add a phrase", "onderzoeken"), ("same", ""), ("original", "")],
      source: source, corpus: corpus)
    #expect(reports.map(\.rematchedConcepts) == [["innoveren"], ["onderzoeken"], [], ["innoveren", "onderzoeken"]])
  }

  /// In blind mode a coder's decision on a carried suggestion goes to a copy that names the codebook of
  /// the newest run that produced the suggestion, not the one its row was written by.
  @Test func blindCopyOfACarriedSuggestionNamesTheNewestCodebook() throws {
    let source = try String(contentsOfFile: Fixture.mliPath, encoding: .utf8)
    let corpus = try Fixture.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    let fixture = try Fixture.project(corpus: corpus, codebook: source)
    defer { try? FileManager.default.removeItem(atPath: fixture.path) }
    let project = fixture.project
    let edited = try #require(Fixture.inserting("- nieuwe … werkgroep", under: "indicators:", of: "innoveren", in: source))
    try edited.write(toFile: fixture.codebook, atomically: true, encoding: .utf8)
    let report = try project.code(codebookAt: fixture.codebook)
    #expect(report.rematchedConcepts == ["innoveren"])
    let carried = try #require(
      try project.database.read { db in
        try Int64.fetchOne(
          db,
          sql: """
            SELECT id FROM coding WHERE coder = 'auto' AND suggestedConcept <> 'innoveren' AND status = 'suggested'
            ORDER BY suggestionKey LIMIT 1
            """)
      })
    let row = try project.database.read { db in
      try Row.fetchOne(db, sql: "SELECT codebookId, runId FROM coding WHERE id = ?", arguments: [carried])
    }
    // The row itself still names the first run and codebook: nothing was rewritten.
    #expect(row?["runId"] as Int64? == 1)
    #expect(row?["codebookId"] as Int64? != report.codebookId)
    let provenance = try project.database.read { db in try CodingProvenance.of(coding: carried, in: db) }
    #expect(provenance?.run == 2)
    #expect(provenance?.codebook == report.codebookId)
    try project.setBlind(true)
    _ = try project.accept(carried, coder: "anna")
    let copy = try project.database.read { db in
      try Int64.fetchOne(db, sql: "SELECT codebookId FROM coding WHERE sourceId = ? AND coder = 'anna'", arguments: [carried])
    }
    #expect(copy == report.codebookId)
  }

  /// A project file made before `codingCarry` existed (every migration up to `v6-coding-runs`) opens,
  /// gains the table, and re-codes incrementally exactly as a full run does.
  @Test func projectFileFromBeforeTheCarryTable() throws {
    let source = try String(contentsOfFile: Fixture.mliPath, encoding: .utf8)
    let corpus = try Fixture.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-recode-old-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let path = folder.appendingPathComponent("old.sqlite").path
    do {
      let queue = try DatabaseQueue(path: path)
      var migrator = DatabaseMigrator()
      let old = ProjectSchema.migrations.prefix { $0.identifier != "v7-coding-carry" }
      #expect(old.count < ProjectSchema.migrations.count)
      for migration in old { migrator.registerMigration(migration.identifier, migrate: migration.migrate) }
      try migrator.migrate(queue)
      #expect(try queue.read { db in try !db.tableExists("codingCarry") })
    }
    let project = try Project.open(at: path)
    #expect(try project.database.read { db in try db.tableExists("codingCarry") })
    let codebook = folder.appendingPathComponent("codebook.yaml").path
    try source.write(toFile: codebook, atomically: true, encoding: .utf8)
    _ = try project.importFiles(try ImportPlan.items(for: [corpus.path], attributes: ["language": "nl"], format: nil))
    #expect(try project.code(codebookAt: codebook).rematchedConcepts == nil)
    let reference = try Fixture.project(corpus: corpus, codebook: source)
    defer { try? FileManager.default.removeItem(atPath: reference.path) }
    let edited = try #require(Fixture.inserting("- rooster", under: "indicators:", of: "leren", in: source))
    try edited.write(toFile: codebook, atomically: true, encoding: .utf8)
    try edited.write(toFile: reference.codebook, atomically: true, encoding: .utf8)
    #expect(try project.code(codebookAt: codebook).rematchedConcepts == ["leren"])
    _ = try reference.project.code(codebookAt: reference.codebook, incremental: false)
    #expect(try Fixture.snapshot(project) == Fixture.snapshot(reference.project))
  }

  // MARK: - Running a chain

  /// Applies the edits one after the other (each to the codebook the previous one left; "same" runs the
  /// same codebook again, "original" goes back to `source`) to two projects coded alike, deciding on
  /// carried suggestions before every run; one is re-coded in full, the other incrementally. Returns the
  /// incremental runs' reports.
  @discardableResult
  static func chain(_ steps: [(edit: String, concept: String)], source: String, corpus: URL) throws -> [CodingRunReport] {
    let full = try Fixture.project(corpus: corpus, codebook: source)
    let incremental = try Fixture.project(corpus: corpus, codebook: source)
    defer {
      try? FileManager.default.removeItem(atPath: full.path)
      try? FileManager.default.removeItem(atPath: incremental.path)
    }
    var current = source
    var reports: [CodingRunReport] = []
    for (number, step) in steps.enumerated() {
      switch step.edit {
      case "same": break
      case "original": current = source
      default:
        guard let apply = Fixture.edits.first(where: { $0.name == step.edit })?.apply,
          let edited = apply(current, step.concept),
          let read = try? CodebookReader().read(yaml: edited), !read.hasErrors
        else { continue }
        current = edited
      }
      for p in [full, incremental] {
        try decideOnCarried(p.project, step: number)
        try current.write(toFile: p.codebook, atomically: true, encoding: .utf8)
      }
      let fullReport = try full.project.code(codebookAt: full.codebook, incremental: false)
      let report = try incremental.project.code(codebookAt: incremental.codebook)
      reports.append(report)
      let label = "step \(number) (\(step.edit) on \(step.concept))"
      #expect(report.rematchedConcepts != nil, "\(label): incremental")
      let a = try Fixture.snapshot(full.project)
      let b = try Fixture.snapshot(incremental.project)
      #expect(a.codings == b.codings, "\(label): codings differ")
      #expect(a.events == b.events, "\(label): trails differ")
      #expect(fullReport.matches == report.matches, "\(label): matches")
      #expect(fullReport.reconciliation.unchangedCount == report.reconciliation.unchangedCount, "\(label)")
      #expect(fullReport.reconciliation.keptDecisions == report.reconciliation.keptDecisions, "\(label)")
      // The newest run's output, as an evaluation reads it.
      let segments = try full.project.database.read { db in Set(try Int64.fetchAll(db, sql: "SELECT id FROM segment")) }
      let storedA = try #require(try full.project.automaticCodebook(covering: []))
      let storedB = try #require(try incremental.project.automaticCodebook(covering: []))
      #expect(storedA == storedB, "\(label)")
      // (Matches at the same place are listed in row order, which differs when rows were made in another order.)
      func output(_ project: Project, _ stored: StoredCodebookSummary) throws -> [Int64: [String]] {
        try project.automaticMatches(of: stored, segments: segments).mapValues { matches in
          matches.map { "\($0.concept) \($0.start ?? -1)-\($0.end ?? -1) \($0.matchedForm ?? "") \($0.indicator ?? "")" }.sorted()
        }
      }
      let outputA = try output(full.project, storedA)
      #expect(!outputA.isEmpty, "\(label)")
      #expect(try outputA == output(incremental.project, storedB), "\(label): automatic output differs")
    }
    return reports
  }

  /// Human decisions on open suggestions (different ones at every step, the same in both projects):
  /// accepted, rejected, recoded.
  static func decideOnCarried(_ project: Project, step: Int) throws {
    let ids = try project.database.read { db in
      try Int64.fetchAll(
        db,
        sql: """
          SELECT id FROM coding WHERE coder = 'auto' AND sourceId IS NULL AND status = 'suggested'
          ORDER BY suggestionKey LIMIT 3 OFFSET ?
          """, arguments: [step * 5 + 2])
    }
    let concepts = try project.database.read { db in
      try String.fetchAll(db, sql: "SELECT DISTINCT concept FROM coding ORDER BY concept")
    }
    if ids.count > 0 { _ = try project.accept(ids[0], coder: "marije") }
    if ids.count > 1 { _ = try project.reject(ids[1], coder: "joost", reason: "te algemeen") }
    if ids.count > 2, let other = concepts.last {
      _ = try project.recode(ids[2], to: other, coder: "joost")
    }
  }
}
