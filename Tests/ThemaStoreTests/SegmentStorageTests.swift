import Foundation
import GRDB
import PropertyBased
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("Storing segments and their maps")
struct SegmentStorageTests {
  // MARK: - Compact maps

  /// Any runs at all, also ones no reader makes (gaps, overlaps, negative numbers), survive a round
  /// trip: the encoding is differences, not assumptions.
  @Test func compactMapsRoundTripAnyRuns() async {
    let numbers = Gen.int(in: -5...70_000).array(of: 0...48)
    let bounds = Gen.int(in: -10...100_000).array(of: 2)
    await propertyCheck(input: numbers, bounds) { values, bounds in
      var runs: [OffsetMap.Run] = []
      var index = 0
      while index + 4 <= values.count {
        runs.append(
          OffsetMap.Run(
            viewStart: values[index], originalStart: values[index + 1], viewLength: values[index + 2],
            originalLength: values[index + 3]))
        index += 4
      }
      let map = OffsetMap(runs: runs)
      let (start, end) = (bounds[0], bounds[0] + abs(bounds[1]))
      let blob = CompactOffsetMap.encode(map, start: start, end: end)
      #expect(CompactOffsetMap.decode(blob, start: start, end: end) == map)
      #expect(blob.isEmpty == CompactOffsetMap.isVerbatim(map, start: start, end: end))
    }
  }

  /// Maps as the readers make them (verbatim stretches and replacements) round-trip too, and take
  /// far fewer bytes than the fixed-width blob.
  @Test func readerLikeMapsRoundTripAndShrink() async {
    let runs = Gen.int(in: 0...5000).array(of: 1...40)
    await propertyCheck(input: runs, Gen.int(in: 0...1_000_000)) { values, start in
      var map = OffsetMap()
      var original = start
      for (index, value) in values.enumerated() {
        if index % 3 == 2 {
          map.appendReplacement(viewLength: 1, original: original..<(original + value % 4 + 1))
          original += value % 4 + 1
        } else {
          map.appendVerbatim(originalStart: original, length: value % 300 + 1)
          original += value % 300 + 1 + value % 2
        }
      }
      let blob = CompactOffsetMap.encode(map, start: start, end: original)
      #expect(CompactOffsetMap.decode(blob, start: start, end: original) == map)
      #expect(blob.count <= BinaryOffsetMap.encode(map).count)
    }
  }

  @Test func aSingleVerbatimRunIsNotStored() {
    var map = OffsetMap()
    map.appendVerbatim(originalStart: 120, length: 30)
    #expect(CompactOffsetMap.encode(map, start: 120, end: 150).isEmpty)
    #expect(CompactOffsetMap.decode(Data(), start: 120, end: 150) == map)
    // The same run with other bounds, or two runs, must be stored.
    #expect(!CompactOffsetMap.encode(map, start: 119, end: 150).isEmpty)
    #expect(!CompactOffsetMap.encode(map, start: 120, end: 151).isEmpty)
    map.appendVerbatim(originalStart: 152, length: 3)
    #expect(!CompactOffsetMap.encode(map, start: 120, end: 155).isEmpty)
    // An empty segment has no map; an empty map over a non-empty stretch is stored as such.
    #expect(CompactOffsetMap.encode(OffsetMap(), start: 7, end: 7).isEmpty)
    #expect(CompactOffsetMap.decode(Data(), start: 7, end: 7) == OffsetMap())
    let stored = CompactOffsetMap.encode(OffsetMap(), start: 7, end: 9)
    #expect(stored == Data([CompactOffsetMap.formatByte]))
    #expect(CompactOffsetMap.decode(stored, start: 7, end: 9) == OffsetMap())
  }

  @Test func aDamagedBlobIsReadUpToItsLastCompleteRun() {
    var map = OffsetMap()
    map.appendVerbatim(originalStart: 0, length: 200)
    map.appendReplacement(viewLength: 1, original: 200..<202)
    let blob = CompactOffsetMap.encode(map, start: 0, end: 202)
    let cut = CompactOffsetMap.decode(blob.dropLast(1), start: 0, end: 202)
    #expect(cut.runs == [map.runs[0]])
  }

  // MARK: - Through the project file

  /// Every field of every segment comes back as written, whether its map was stored or derived,
  /// and whatever optional fields it carries.
  @Test func generatedSegmentsRoundTripThroughTheProjectFile() async throws {
    // No U+0000: GRDB reads a text column up to its first NUL (as it did before SegmentWriter).
    let texts = Gen<String>.oneOf(
      Gen.unicodeScalar(in: "\u{1}"..."\u{FF}").map(Character.init).string(of: 0...30),
      Gen.unicodeScalar(in: "\u{20}"..."\u{D7FF}").map(Character.init).string(of: 0...30)
    ).array(of: 1...40)
    let numbers = Gen.int(in: 0...1_000).array(of: 40)
    await propertyCheck(count: 40, input: texts, numbers) { texts, numbers in
      let segments = Self.segments(texts: texts, numbers: numbers)
      let folder = try TemporaryFolder()
      let project = try Project.open(at: folder.projectPath)
      let versionId = try Self.emptyVersion(in: project)
      try project.database.write { db in
        try SegmentWriter(db).insert(segments, versionId: versionId)
      }
      let stored = try project.database.read { db in
        try Project.fetchSegments(db, whereClause: "WHERE s.versionId = ?", arguments: [versionId])
      }
      #expect(stored.map(\.segment) == segments)
      #expect(stored.map(\.ordinal) == Array(segments.indices))
    }
  }

  /// An imported PDF export has segments of both kinds: most maps are derived, the repaired ones
  /// (joined hyphenation, rejoined lines) stored; nothing goes into the old `map` column.
  @Test func importedSegmentsStoreOnlyTheMapsTheyNeed() throws {
    let text = """
      VERSLAG WERKGROEP

      Het team bespreekt het onder-
      wijs in de eigen school en de rol
      van de leraar daarin.

      Een korte alinea zonder schade.

      """
    let folder = try TemporaryFolder()
    let file = try folder.write("verslag.txt", text)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "verslag.txt")])
    let expected = try Readers.read(Data(text.utf8), name: "verslag.txt").segments
    let stored = try project.segments(of: try project.document("verslag.txt")).map(\.segment)
    #expect(stored == expected)
    let (derived, explicit, oldBlobs) = try project.database.read { db in
      (
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE length(mapRuns) = 0") ?? -1,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE length(mapRuns) > 0") ?? -1,
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment WHERE length(map) > 0 OR mapRuns IS NULL")
          ?? -1
      )
    }
    #expect(derived > 0)
    #expect(explicit > 0)
    #expect(oldBlobs == 0)
  }

  /// A project written before migration `v5-compact-maps` keeps reading its maps from `map`.
  @Test func segmentsWrittenBeforeCompactMapsKeepTheirMaps() throws {
    let folder = try TemporaryFolder()
    var map = OffsetMap()
    map.appendVerbatim(originalStart: 3, length: 5)
    map.appendReplacement(viewLength: 1, original: 8..<10)
    map.appendVerbatim(originalStart: 10, length: 4)
    do {
      let queue = try DatabaseQueue(path: folder.projectPath)
      var migrator = DatabaseMigrator()
      for migration in ProjectSchema.migrations where migration.identifier != "v5-compact-maps" {
        migrator.registerMigration(migration.identifier, migrate: migration.migrate)
      }
      try migrator.migrate(queue)
      try queue.write { db in
        try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES ('oud.txt', '2020-01-01')")
        try db.execute(
          sql: """
            INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath,
              importedAt, original) VALUES (1, 1, 'x', 0, 'text', 'oud.txt', '2020-01-01', X'')
            """)
        try db.execute(
          sql: """
            INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart,
              byteEnd, map) VALUES (1, 0, 'paragraph', '[]', 'onder wijs', 3, 14, 3, 14, ?)
            """, arguments: [BinaryOffsetMap.encode(map)])
      }
    }
    let project = try Project.open(at: folder.projectPath)
    let stored = try project.database.read { db in try Project.segment(db, id: 1) }
    #expect(stored?.segment.map == map)
    #expect(stored?.segment.text == "onder wijs")
    // New imports into the migrated project use the new column; the old row is left as it was.
    let text = "OVERLEG\n\nDe leraar onder-\nzoekt de eigen praktijk.\n"
    let file = try folder.write("nieuw.txt", text)
    try project.importFiles([ImportItem(url: file, name: "nieuw.txt")])
    let expected = try Readers.read(Data(text.utf8), name: "nieuw.txt").segments
    #expect(try project.segments(of: try project.document("nieuw.txt")).map(\.segment) == expected)
    #expect(try project.database.read { db in try Project.segment(db, id: 1) } == stored)
  }

  /// A row SQLite refuses fails the statement with SQLite's reason, like any other GRDB write.
  @Test func aRefusedRowThrowsTheDatabaseError() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let versionId = try Self.emptyVersion(in: project)
    let segments = Self.segments(texts: ["een", "twee"], numbers: Array(repeating: 3, count: 40))
    let error = #expect(throws: DatabaseError.self) {
      try project.database.write { db in
        let writer = try SegmentWriter(db)
        try writer.insert(segments, versionId: versionId)
        try writer.insert(segments, versionId: versionId)  // the same ordinals again
      }
    }
    #expect(error?.resultCode == .SQLITE_CONSTRAINT)
    #expect(error?.message?.contains("segment.versionId, segment.ordinal") == true)
    let count = try project.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment") }
    #expect(count == 0)
  }

  /// Lookups of a version's segments (and the cascade from `documentVersion`) go through the unique
  /// key on (versionId, ordinal) now that the separate index on versionId is gone.
  @Test func segmentsOfAVersionAreFoundThroughTheUniqueKey() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let (indexes, plan) = try project.database.read { db in
      (
        try String.fetchAll(db, sql: "SELECT name FROM pragma_index_list('segment') ORDER BY name"),
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM segment WHERE versionId = 1")
          .map { $0["detail"] as String }.joined()
      )
    }
    #expect(indexes == ["sqlite_autoindex_segment_1"])
    #expect(plan.contains("USING INDEX sqlite_autoindex_segment_1 (versionId=?)"))
    let versionId = try Self.emptyVersion(in: project)
    try project.database.write { db in
      try SegmentWriter(db).insert(Self.segments(texts: ["a", "b"], numbers: [1]), versionId: versionId)
      try db.execute(sql: "DELETE FROM documentVersion WHERE id = ?", arguments: [versionId])
    }
    #expect(try project.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM segment") } == 0)
  }

  /// New project files get large pages; an existing file keeps the page size it was made with.
  @Test func newProjectsUseLargePagesAndOldOnesKeepTheirs() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    #expect(try project.database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == Project.pageSize)
    let oldPath = folder.url.appendingPathComponent("oud.sqlite").path
    do {
      let queue = try DatabaseQueue(path: oldPath)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA page_size = 4096; CREATE TABLE t (x); PRAGMA journal_mode = WAL")
      }
    }
    let old = try Project.open(at: oldPath)
    #expect(try old.database.read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") } == 4096)
  }

  // MARK: - Fixtures

  /// A document with one version and no segments; returns the version's id.
  static func emptyVersion(in project: Project) throws -> Int64 {
    try project.database.write { db in
      try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES ('d.txt', '2024-01-01')")
      try db.execute(
        sql: """
          INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath,
            importedAt, original) VALUES (?, 1, 'x', 0, 'text', 'd.txt', '2024-01-01', X'')
          """, arguments: [db.lastInsertedRowID])
      return db.lastInsertedRowID
    }
  }

  /// Segments built from generated texts and numbers: offsets that follow each other, maps that
  /// are a single verbatim run, several runs or a replacement, and optional fields now and then.
  static func segments(texts: [String], numbers: [Int]) -> [Segment] {
    var result: [Segment] = []
    var offset = 0
    for (index, text) in texts.enumerated() {
      let n = numbers[index % numbers.count]
      let length = text.unicodeScalars.count
      var map = OffsetMap()
      var end = offset + length
      switch n % 4 {
      case 0, 1:  // one verbatim run: derived on read
        map.appendVerbatim(originalStart: offset, length: length)
      case 2:  // split by a skipped original stretch (a joined hyphenation)
        map.appendVerbatim(originalStart: offset, length: length / 2)
        map.appendVerbatim(originalStart: offset + length / 2 + 2, length: length - length / 2)
        end += length > 0 ? 2 : 0
      default:  // a replacement for a line break, then the rest
        if length > 0 {
          map.appendReplacement(viewLength: 1, original: offset..<(offset + 2))
          map.appendVerbatim(originalStart: offset + 2, length: length - 1)
          end += 1
        }
      }
      let kinds = Segment.Kind.allCases
      var segment = Segment(
        kind: kinds[n % kinds.count], headingPath: n % 5 == 0 ? [] : ["KOP \(n % 3)", text],
        text: text, start: offset, end: end, byteStart: offset * 2, byteEnd: end * 2 + n % 3,
        map: map, listLevel: n % 3)
      if n % 7 == 1 { segment.part = "word/document.xml" }
      if n % 6 == 2 { segment.marker = n % 12 == 2 ? "•" : "" }
      if n % 5 == 3 {
        segment.speaker = Speaker(id: "R\(n)", name: n % 2 == 0 ? "Marije \(text)" : nil, role: n % 3 == 0 ? "interviewer" : nil)
        segment.startTime = Double(n) / 8
        segment.endTime = n % 2 == 0 ? Double(n) / 4 : nil
      }
      if n % 9 == 4 { segment.attributes = ["dimensie": text, "context": "klas"] }
      if n % 8 == 5 { segment.notes = [text, "opmerking \"\(n)\""] }
      result.append(segment)
      offset = end + n % 4
    }
    return result
  }
}

// MARK: - The coding pass's view of the segments

@Suite("Segment texts for a corpus pass")
struct SegmentTextsTests {
  @Test func segmentTextsCarryTheSameMapsAsFullSegments() throws {
    let folder = try TemporaryFolder()
    // Hyphenation and a page number give maps that are not one verbatim run; the title is one.
    let text = "Verslag\n\nDe werkgroep bespreekt de professionele ont-\nwikkeling van leraren in het\n\n12\n\nteam en de school.\n"
    let file = try folder.write("verslag.txt", text)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "verslag.txt")])
    let document = try project.document("verslag.txt")
    let full = try project.segments(of: document)
    let texts = try project.segmentTexts(of: document)
    #expect(texts.map(\.id) == full.map(\.id))
    #expect(texts.map(\.text) == full.map(\.segment.text))
    #expect(texts.map(\.map) == full.map(\.segment.map))
    #expect(full.contains { $0.segment.map.runs.count > 1 })
    #expect(texts.allSatisfy { $0.outline == nil })
  }

  @Test func outlinesAreTheFullSegmentsStructure() throws {
    let folder = try TemporaryFolder()
    let markdown = """
      # Verslag

      ## Leren in het team

      De afgestudeerde is een leraar die:

      - collega's meeneemt;
      - het eigen vak vernieuwt.

      | groep | dimensie | context | uitspraak |
      |---|---|---|---|
      | A | werk | klas | Verbetert de eigen lessen |
      """
    let file = try folder.write("verslag.md", markdown)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles([ImportItem(url: file, name: "verslag.md")])
    let document = try project.document("verslag.md")
    let full = try project.segments(of: document)
    let texts = try project.segmentTexts(of: document, outlines: true)
    #expect(texts.map(\.outline) == full.map { SegmentOutline($0) })
    #expect(texts.map(\.map) == full.map(\.segment.map))
    #expect(full.contains { !$0.segment.attributes.isEmpty } && full.contains { $0.segment.headingPath.count == 2 })
  }
}
