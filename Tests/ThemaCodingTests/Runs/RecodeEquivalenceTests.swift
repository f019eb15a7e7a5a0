import Foundation
import GRDB
import PropertyBased
import Testing
import ThemaCodebook
import ThemaReview
import ThemaStore

@testable import ThemaCoding

/// Re-coding after a codebook edit: the incremental run (only changed concepts matched and reconciled)
/// leaves exactly the codings, decisions and trail a full run leaves.
@Suite("Re-coding after an edit equals a full run")
struct RecodeEquivalenceTests {
  static let mliPath = Repository.mliCodebook

  /// The edits tried: each returns the edited YAML for the concept named, or nil when it does not apply.
  static let edits: [(name: String, apply: @Sendable (String, String) -> String?)] = [
    ("add a phrase", { source, concept in inserting("- nieuwe … werkgroep", under: "indicators:", of: concept, in: source) }),
    ("add an exact form", { source, concept in inserting("- \"PDCA\"", under: "indicators:", of: concept, in: source) }),
    // "rooster" is no term of the codebook nor in the lexicon: it makes roosterteam, roosterwijk, … new
    // compounds of other concepts' terms.
    ("add a term", { source, concept in inserting("- rooster", under: "indicators:", of: concept, in: source) }),
    ("drop the first indicator", { source, concept in droppingFirstIndicator(of: concept, in: source) }),
    // The first of two indicators to match a span names the suggestion: their order matters.
    ("swap the first two indicators", { source, concept in swappingFirstIndicators(of: concept, in: source) }),
    ("reword the definition", { source, concept in rewordingDefinition(of: concept, in: source) }),
  ]

  @Test func incrementalRunEqualsFullRunForEveryEdit() async throws {
    let source = try String(contentsOfFile: Self.mliPath, encoding: .utf8)
    let concepts = try CodebookReader().read(yaml: source).codebook.concepts.map(\.id)
    let corpus = try Self.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    await propertyCheck(count: 12, input: Gen.int(in: 0...10_000).array(of: 2)) { choice in
      let edit = Self.edits[choice[0] % Self.edits.count]
      let concept = concepts[choice[1] % concepts.count]
      guard let edited = edit.apply(source, concept) else { return }
      do {
        try Self.compare(original: source, edited: edited, corpus: corpus, concept: concept, edit: edit.name)
      } catch {
        Issue.record("\(edit.name) on \(concept): \(error)")
      }
    }
  }

  @Test func everyEditOfOneConcept() throws {
    let source = try String(contentsOfFile: Self.mliPath, encoding: .utf8)
    let corpus = try Self.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    for edit in Self.edits {
      let edited = try #require(edit.apply(source, "innoveren"), "\(edit.name)")
      try Self.compare(original: source, edited: edited, corpus: corpus, concept: "innoveren", edit: edit.name)
    }
  }

  /// The sample corpus: headings, lead-ins, placemat attributes (`in:` indicators read them), an
  /// English profile; the prefilter must leave segments out there too, and nothing may differ.
  @Test(arguments: ["innoveren", "werk"])
  func sampleCorpusEditsEqualFullRun(_ concept: String) throws {
    let source = try String(contentsOfFile: Self.mliPath, encoding: .utf8)
    let corpus = Repository.root.appendingPathComponent("Corpora/mli")
    var (skipped, unwritten) = (0, 0)
    for edit in Self.edits where edit.name != "reword the definition" {
      let edited = try #require(edit.apply(source, concept), "\(edit.name)")
      let report = try Self.compare(
        original: source, edited: edited, corpus: corpus, concept: concept, edit: edit.name, attributes: [:])
      skipped += report.segments - report.matchedSegments
      unwritten += report.reconciliation.unwritten.count
    }
    #expect(skipped > 0, "the prefilter matched every segment")
    // The edited concept's suggestions produced as they were are carried, not rewritten.
    #expect(unwritten > 0)
  }

  @Test func sameCodebookAgainMatchesNothingAndChangesNothing() throws {
    let source = try String(contentsOfFile: Self.mliPath, encoding: .utf8)
    let corpus = try Self.corpus(codebook: try CodebookReader().read(yaml: source).codebook)
    defer { try? FileManager.default.removeItem(at: corpus) }
    let project = try Self.project(corpus: corpus, codebook: source)
    defer { try? FileManager.default.removeItem(atPath: project.path) }
    let before = try Self.snapshot(project.project)
    let again = try project.project.code(codebookAt: project.codebook)
    #expect(again.rematchedConcepts == [])
    #expect(again.reconciliation.added.isEmpty && again.reconciliation.withdrawn.isEmpty)
    #expect(again.reconciliation.unchangedCount == before.codings.count)
    let after = try Self.snapshot(project.project)
    #expect(after.events == before.events)
    #expect(after.codings.map { $0.replacingOccurrences(of: "run 2", with: "run 1") } == before.codings)
  }

  // MARK: - Comparing

  /// Compares the two runs; returns the incremental run's report.
  @discardableResult
  static func compare(
    original: String, edited: String, corpus: URL, concept: String, edit: String,
    attributes: [String: String] = ["language": "nl"]
  ) throws -> CodingRunReport {
    let full = try project(corpus: corpus, codebook: original, attributes: attributes)
    let incremental = try project(corpus: corpus, codebook: original, attributes: attributes)
    defer {
      try? FileManager.default.removeItem(atPath: full.path)
      try? FileManager.default.removeItem(atPath: incremental.path)
    }
    for p in [full, incremental] {
      try decide(p.project, concept: concept)
      try edited.write(toFile: p.codebook, atomically: true, encoding: .utf8)
    }
    let fullReport = try full.project.code(codebookAt: full.codebook, incremental: false)
    let report = try incremental.project.code(codebookAt: incremental.codebook)
    #expect(fullReport.rematchedConcepts == nil)
    // A reworded definition changes no match: nothing is re-matched (the new codebook is carried).
    let expected = edit == "reword the definition" ? [] : [concept]
    #expect(report.rematchedConcepts == expected, "\(edit): only \(expected) re-matched and reconciled")
    let a = try snapshot(full.project)
    let b = try snapshot(incremental.project)
    #expect(a.codings == b.codings, "\(edit) on \(concept): codings differ")
    #expect(a.events == b.events, "\(edit) on \(concept): trails differ")
    #expect(try keys(fullReport.reconciliation.added, in: full.project) == keys(report.reconciliation.added, in: incremental.project))
    #expect(
      try keys(fullReport.reconciliation.withdrawn, in: full.project)
        == keys(report.reconciliation.withdrawn, in: incremental.project))
    #expect(
      try keys(fullReport.reconciliation.resuggested, in: full.project)
        == keys(report.reconciliation.resuggested, in: incremental.project))
    #expect(fullReport.reconciliation.unchangedCount == report.reconciliation.unchangedCount)
    #expect(fullReport.reconciliation.keptDecisions == report.reconciliation.keptDecisions)
    return report
  }

  /// Human decisions on the edited concept and on others, the same in both projects.
  static func decide(_ project: Project, concept: String) throws {
    let own = try project.database.read { db in
      try Int64.fetchAll(db, sql: "SELECT id FROM coding WHERE concept = ? ORDER BY suggestionKey LIMIT 3", arguments: [concept])
    }
    let others = try project.database.read { db in
      try Int64.fetchAll(db, sql: "SELECT id FROM coding WHERE concept <> ? ORDER BY suggestionKey LIMIT 3", arguments: [concept])
    }
    if own.count > 0 { _ = try project.reject(own[0], coder: "marije", reason: "not about staff") }
    if own.count > 1 { _ = try project.accept(own[1], coder: "marije") }
    if others.count > 0 { _ = try project.accept(others[0], coder: "joost") }
    if others.count > 1 { _ = try project.recode(others[1], to: concept, coder: "joost") }
    if others.count > 2 { _ = try project.reject(others[2], coder: "joost") }
  }

  struct Snapshot: Equatable {
    var codings: [String]
    var events: [String]
  }

  /// Every coding (by suggestion key, without row ids and times, with the run and codebook that last
  /// produced it as `CodingProvenance` reads them) and every event of the trail.
  static func snapshot(_ project: Project) throws -> Snapshot {
    try project.database.read { db in
      let codings = try Row.fetchAll(
        db,
        sql: """
          SELECT c.suggestionKey, c.segmentId, c.concept, c.start, c."end", c.originalStart, c.originalEnd, c.matchedForm,
                 c.indicator, c.indicatorHash, c.status, \(CodingProvenance.codebook()) AS codebookId,
                 \(CodingProvenance.run()) AS runId, c.decidedBy, c.suggestedConcept, c.coder, c.origin
          FROM coding c \(CodingProvenance.join())
          ORDER BY c.suggestionKey
          """
      ).map { row in
        "\(row["suggestionKey"] ?? "") \(row["segmentId"] as Int64) \(row["concept"] as String) \(row["start"] as Int)-\(row["end"] as Int) "
          + "\(row["originalStart"] as Int)-\(row["originalEnd"] as Int) \(row["matchedForm"] ?? "") \(row["indicator"] ?? "") "
          + "\(row["indicatorHash"] ?? "") \(row["status"] as String) codebook \(row["codebookId"] ?? "") run \(row["runId"] ?? "") "
          + "\(row["decidedBy"] ?? "") \(row["suggestedConcept"] ?? "") \(row["coder"] as String) \(row["origin"] as String)"
      }
      let events = try Row.fetchAll(
        db,
        sql: """
          SELECT c.suggestionKey, e.coder, e.action, e.concept, e.before, e.after, e.reason
          FROM codingEvent e LEFT JOIN coding c ON c.id = e.codingId
          """
      ).map { row in
        "\(row["suggestionKey"] ?? "") \(row["coder"] as String) \(row["action"] as String) \(row["concept"] ?? "") "
          + "\(row["before"] ?? "") \(row["after"] ?? "") \(row["reason"] ?? "")"
      }.sorted()
      return Snapshot(codings: codings, events: events)
    }
  }

  static func keys(_ ids: [Int64], in project: Project) throws -> Set<String> {
    try project.database.read { db in
      Set(try ids.map { try String.fetchOne(db, sql: "SELECT suggestionKey FROM coding WHERE id = ?", arguments: [$0]) ?? "" })
    }
  }

  // MARK: - Fixtures

  /// A folder of generated Dutch minutes in which the codebook's terms occur (about 40 KB).
  static func corpus(codebook: Codebook) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-recode-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var generator = DutchTextGenerator(codebook: codebook, seed: 11, codebookRate: 0.08)
    for index in 0..<4 {
      try generator.document(bytes: 10_000).write(
        to: folder.appendingPathComponent("verslag-\(index).txt"), atomically: true, encoding: .utf8)
    }
    return folder
  }

  /// A project with the corpus imported and coded in full with `codebook` (written next to it).
  static func project(
    corpus: URL, codebook: String, attributes: [String: String] = ["language": "nl"]
  ) throws -> (project: Project, path: String, codebook: String) {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-recode-p-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let codebookPath = folder.appendingPathComponent("codebook.yaml").path
    try codebook.write(toFile: codebookPath, atomically: true, encoding: .utf8)
    let project = try Project.open(at: folder.appendingPathComponent("project.sqlite").path)
    _ = try project.importFiles(try ImportPlan.items(for: [corpus.path], attributes: attributes, format: nil))
    let first = try project.code(codebookAt: codebookPath)
    #expect(first.rematchedConcepts == nil && first.matches > 0)
    return (project, folder.path, codebookPath)
  }

  // MARK: - Editing the YAML text

  static func conceptRange(_ concept: String, in lines: [String]) -> Range<Int>? {
    guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "- id: \(concept)" }) else {
      return nil
    }
    let indent = lines[start].prefix { $0 == " " }.count
    var end = start + 1
    while end < lines.count {
      let line = lines[end]
      let lineIndent = line.prefix { $0 == " " }.count
      if !line.trimmingCharacters(in: .whitespaces).isEmpty && lineIndent <= indent { break }
      end += 1
    }
    return start..<end
  }

  static func inserting(_ item: String, under key: String, of concept: String, in source: String) -> String? {
    var lines = source.components(separatedBy: "\n")
    guard let range = conceptRange(concept, in: lines),
      let at = lines[range].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == key }), at + 1 < range.upperBound
    else { return nil }
    let indent = String(lines[at + 1].prefix { $0 == " " })
    lines.insert(indent + item, at: at + 1)
    return lines.joined(separator: "\n")
  }

  /// The lines of `source`, and the line of `concept`'s `indicators:` when at least `following` lines of
  /// the concept come after it.
  static func indicatorsLine(of concept: String, in source: String, following: Int) -> (lines: [String], at: Int)? {
    let lines = source.components(separatedBy: "\n")
    guard let range = conceptRange(concept, in: lines),
      let at = lines[range].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "indicators:" }),
      at + following < range.upperBound
    else { return nil }
    return (lines, at)
  }

  static func droppingFirstIndicator(of concept: String, in source: String) -> String? {
    guard let found = indicatorsLine(of: concept, in: source, following: 2) else { return nil }
    var (lines, at) = (found.lines, found.at)
    let next = lines[at + 1]
    // Only a one-line indicator ("- term"), and only when another one follows.
    guard next.trimmingCharacters(in: .whitespaces).hasPrefix("- "), !next.contains(":"),
      lines[at + 2].trimmingCharacters(in: .whitespaces).hasPrefix("- ")
    else { return nil }
    lines.remove(at: at + 1)
    return lines.joined(separator: "\n")
  }

  /// The concept's first two indicators in the other order (both one-line items), or nil.
  static func swappingFirstIndicators(of concept: String, in source: String) -> String? {
    guard let found = indicatorsLine(of: concept, in: source, following: 3) else { return nil }
    var (lines, at) = (found.lines, found.at)
    let (first, second, after) = (lines[at + 1], lines[at + 2], lines[at + 3])
    func oneLine(_ line: String) -> Bool { line.trimmingCharacters(in: .whitespaces).hasPrefix("- ") && !line.contains(":") }
    // Two one-line items, the second not followed by a nested line.
    let indent = first.prefix { $0 == " " }.count
    guard oneLine(first), oneLine(second), after.prefix(while: { $0 == " " }).count <= indent else { return nil }
    lines.swapAt(at + 1, at + 2)
    return lines.joined(separator: "\n")
  }

  static func rewordingDefinition(of concept: String, in source: String) -> String? {
    var lines = source.components(separatedBy: "\n")
    guard let range = conceptRange(concept, in: lines),
      let at = lines[range].firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("definition:") })
    else { return nil }
    let indent = String(lines[at].prefix { $0 == " " })
    lines[at] = indent + "definition: Een herschreven omschrijving van het begrip."
    return lines.joined(separator: "\n")
  }
}

/// A codebook compiled for some concepts only matches those concepts exactly as the whole codebook does.
@Suite("Compiling some concepts")
struct RestrictedCompileTests {
  @Test func someConceptsMatchAsInTheWholeCodebook() async throws {
    let codebook = try CodebookReader().read(contentsOf: RecodeEquivalenceTests.mliPath).codebook
    let whole = CompiledCodebook(codebook: codebook, stemmer: codebook.language.stemmer)
    var generator = DutchTextGenerator(codebook: codebook, seed: 3, codebookRate: 0.1)
    var texts: [[UInt8]] = []
    for _ in 0..<40 {
      var bytes: [UInt8] = []
      generator.appendSegment(to: &bytes, targetBytes: 400)
      texts.append(bytes)
    }
    let ids = codebook.concepts.map(\.id)
    await propertyCheck(count: 25, input: Gen.int(in: 0..<ids.count).array(of: 1...4)) { picks in
      let chosen = Set(picks.map { ids[$0] })
      let some = CompiledCodebook(codebook: codebook, stemmer: codebook.language.stemmer, concepts: chosen)
      #expect(some.hasSamePlausibility(as: whole))
      var all = CodebookMatcher(compiled: whole)
      var part = CodebookMatcher(compiled: some)
      for text in texts {
        let expected = text.withUnsafeBufferPointer { all.code(utf8: $0) }
        let found = text.withUnsafeBufferPointer { part.code(utf8: $0) }
        #expect(found.matches == expected.matches.filter { chosen.contains($0.concept) })
        #expect(found.nearMisses == expected.nearMisses.filter { chosen.contains($0.match.concept) })
      }
    }
  }

  @Test func aNewTermChangesThePlausibleParts() throws {
    let codebook = try CodebookReader().read(contentsOf: RecodeEquivalenceTests.mliPath).codebook
    var edited = codebook
    edited.concepts[0].indicators.append(Indicator(kind: .term, text: "kwaliteitszorgplan"))
    let before = CompiledCodebook(codebook: codebook, stemmer: codebook.language.stemmer, concepts: [])
    let after = CompiledCodebook(codebook: edited, stemmer: codebook.language.stemmer, concepts: [])
    #expect(!before.hasSamePlausibility(as: after))
    edited = codebook
    edited.concepts[0].indicators.append(Indicator(kind: .phrase, text: "nieuwe … werkgroep"))
    #expect(before.hasSamePlausibility(as: CompiledCodebook(codebook: edited, stemmer: codebook.language.stemmer, concepts: [])))
  }
}
