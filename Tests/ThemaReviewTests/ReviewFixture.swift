import Foundation
import GRDB
import ThemaReview
import ThemaStore

/// A project with one imported document of Dutch minutes, a codebook with five concepts, and helpers
/// to make suggestions as the matcher would.
final class ReviewFixture {
  let folder: URL
  let project: Project
  let segments: [StoredSegment]
  let codebookId: Int64

  static let text = """
    # Overleg over het profiel

    Het team wil onderzoekend werken in de klas en samen innoveren.

    Docenten reflecteren op hun lessen; leiderschap groeit in het team.

    - Innoveren vraagt tijd.
    - Samen onderzoek doen met studenten.

    """

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-review-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    project = try Project.open(at: folder.appendingPathComponent("project.sqlite").path)
    try Self.insertDocument(named: "overleg.md", text: Self.text, into: project)
    segments = try project.segments(of: try project.document("overleg.md"))
    codebookId = try project.database.write { db in
      try db.execute(
        sql: """
          INSERT INTO codebook (name, version, language, sha256, source, sourcePath, importedAt)
          VALUES ('mli', '1', 'nl', 'abc', x'00', 'codebook.yaml', ?)
          """, arguments: [Date()])
      let id = db.lastInsertedRowID
      for (ordinal, concept) in ["innoveren", "onderzoeken", "reflecteren", "leiderschap", "samenwerken"].enumerated() {
        try db.execute(
          sql: "INSERT INTO concept (codebookId, conceptId, label, definition, ordinal) VALUES (?, ?, ?, ?, ?)",
          arguments: [id, concept, concept.capitalized, "Definition of \(concept).", ordinal])
      }
      return id
    }
  }

  /// Stores a document the way an import would, one segment per non-empty line ("# " and "- "
  /// markers left out of the analysis text), without needing a reader.
  static func insertDocument(named name: String, text: String, into project: Project) throws {
    try project.database.write { db in
      try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
      let documentId = db.lastInsertedRowID
      try db.execute(
        sql: """
          INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath, importedAt, original)
          VALUES (?, 1, ?, ?, 'markdown', ?, ?, ?)
          """, arguments: [documentId, "sha-\(name)", text.utf8.count, name, Date(), Data(text.utf8)])
      let versionId = db.lastInsertedRowID
      var offset = 0
      var heading: [String] = []
      var ordinal = 0
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        defer { offset += line.unicodeScalars.count + 1 }
        guard !line.isEmpty else { continue }
        var skip = 0
        var kind = "paragraph"
        if line.hasPrefix("# ") { (skip, kind) = (2, "heading") }
        if line.hasPrefix("- ") { (skip, kind) = (2, "list-item") }
        let body = String(String.UnicodeScalarView(line.unicodeScalars.dropFirst(skip)))
        let length = body.unicodeScalars.count
        if kind == "heading" { heading = [body] }
        var map = Data()
        for value in [0, offset + skip, length, length] {
          var little = UInt32(value).littleEndian
          withUnsafeBytes(of: &little) { map.append(contentsOf: $0) }
        }
        try db.execute(
          sql: """
            INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart, byteEnd, map, speakerId, speakerName)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            versionId, ordinal, kind, "[" + heading.map { "\"\($0)\"" }.joined(separator: ",") + "]", body,
            offset + skip, offset + line.unicodeScalars.count, offset + skip, offset + line.unicodeScalars.count, map,
            kind == "paragraph" ? "R1" : nil, kind == "paragraph" ? "Marije" : nil,
          ])
        ordinal += 1
      }
    }
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The segment whose text contains `word`.
  func segment(containing word: String) -> StoredSegment {
    segments.first { $0.segment.text.contains(word) }!
  }

  /// A suggestion for the first occurrence of `word` in its segment, as a matcher would make it.
  func suggestion(_ word: String, concept: String, hash: String = "h1", key: String? = nil) -> Suggestion {
    let stored = segment(containing: word)
    let scalars = Array(stored.segment.text.unicodeScalars)
    let needle = Array(word.unicodeScalars)
    let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
    let original = stored.segment.map.originalRange(ofView: start..<(start + needle.count))
    return Suggestion(
      segmentId: stored.id, concept: concept, start: start, end: start + needle.count,
      originalStart: original.lowerBound, originalEnd: original.upperBound, matchedForm: word,
      indicator: .init(key: key ?? "\(concept)/\(word.lowercased())", hash: hash), codebookId: codebookId)
  }

  /// The stored coding of a suggestion.
  func coding(for suggestion: Suggestion) throws -> StoredCoding {
    let id = try project.database.read { db in
      try Int64.fetchOne(db, sql: "SELECT id FROM coding WHERE suggestionKey = ?", arguments: [suggestion.key])
    }
    return try project.coding(try require(id))
  }
}

/// Throws when nil (a small stand-in for `#require` outside a test body).
func require<T>(_ value: T?) throws -> T {
  guard let value else { throw FixtureError.missing }
  return value
}

enum FixtureError: Error { case missing }
