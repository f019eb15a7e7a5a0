import Foundation
import GRDB
import ThemaStore

/// A small project written straight into the tables (documents, segments, a codebook, codings), so
/// every expected number in the tests can be counted by hand.
final class Fixture {
  let folder: URL
  let project: Project
  private(set) var segmentIds: [String: Int64] = [:]
  private(set) var segmentTexts: [String: String] = [:]
  private(set) var segmentStarts: [String: Int] = [:]
  private var codebookId: Int64 = 0

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("thema-analysis-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    project = try Project.open(at: folder.appendingPathComponent("project.sqlite").path)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// A segment to add: a key for the test to refer to it, its text, kind, headings, speaker.
  struct SegmentSpec {
    var key: String
    var text: String
    var kind = "paragraph"
    var headings: [String] = []
    var speaker: String? = nil
    var attributes: [String: String] = [:]
  }

  /// Adds a document with one version (or a new version when `version` > 1 is added for the same name).
  func addDocument(
    _ name: String, attributes: [String: String], segments: [SegmentSpec], versionNumber: Int = 1
  ) throws {
    try project.database.write { db in
      var documentId = try Int64.fetchOne(db, sql: "SELECT id FROM document WHERE name = ?", arguments: [name])
      if documentId == nil {
        try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
        documentId = db.lastInsertedRowID
      }
      let original = segments.map(\.text).joined(separator: "\n\n")
      try db.execute(
        sql: """
          INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath,
            importedAt, original) VALUES (?, ?, ?, ?, 'text', ?, ?, ?)
          """,
        arguments: [documentId, versionNumber, "sha-\(name)-\(versionNumber)", original.utf8.count, name, Date(), Data(original.utf8)])
      let versionId = db.lastInsertedRowID
      var offset = 0
      for (ordinal, spec) in segments.enumerated() {
        let length = spec.text.unicodeScalars.count
        let headingJSON = String(decoding: try JSONEncoder().encode(spec.headings), as: UTF8.self)
        let attributesJSON = spec.attributes.isEmpty
          ? nil : String(decoding: try JSONEncoder().encode(spec.attributes), as: UTF8.self)
        try db.execute(
          sql: """
            INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart,
              byteEnd, map, speakerId, attributes) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, X'', ?, ?)
            """,
          arguments: [versionId, ordinal, spec.kind, headingJSON, spec.text, offset, offset + length, spec.speaker, attributesJSON])
        segmentIds[spec.key] = db.lastInsertedRowID
        segmentTexts[spec.key] = spec.text
        segmentStarts[spec.key] = offset
        offset += length + 2
      }
      for (key, value) in attributes {
        try db.execute(
          sql: "INSERT OR REPLACE INTO documentAttribute (documentId, key, value) VALUES (?, ?, ?)",
          arguments: [documentId, key, value])
      }
    }
  }

  /// Adds a codebook with concepts (id, label, parent, dimension).
  func addCodebook(_ name: String, concepts: [(String, String, String?, String?)]) throws {
    try project.database.write { db in
      try db.execute(
        sql: """
          INSERT INTO codebook (name, version, language, sha256, source, sourcePath, importedAt)
          VALUES (?, '1', 'nl', ?, X'00', 'codebook.yaml', ?)
          """, arguments: [name, "sha-\(name)", Date()])
      codebookId = db.lastInsertedRowID
      for (ordinal, concept) in concepts.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO concept (codebookId, conceptId, label, parentId, dimension, definition, ordinal)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [codebookId, concept.0, concept.1, concept.2, concept.3, "definitie van \(concept.1)", ordinal])
      }
    }
  }

  /// Codes the first occurrence of `form` in segment `key` with `concept`.
  func code(_ key: String, _ concept: String, form: String, status: String = "suggested") throws {
    let text = segmentTexts[key]!
    let range = text.range(of: form)!
    let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
    let end = start + form.unicodeScalars.count
    let base = segmentStarts[key]!
    try project.database.write { db in
      try db.execute(
        sql: """
          INSERT INTO coding (segmentId, codebookId, concept, start, "end", originalStart, originalEnd,
            matchedForm, indicator, origin, coder, status, createdAt, updatedAt)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 'matcher', ?, ?, ?)
          """,
        arguments: [segmentIds[key], codebookId, concept, start, end, base + start, base + end, form, form, status, Date(), Date()])
    }
  }

  /// The standard fixture (see MatrixTests for the hand counts).
  static func standard() throws -> Fixture {
    let f = try Fixture()
    try f.addCodebook(
      "mli-test",
      concepts: [
        ("innoveren", "Innoveren", nil, nil), ("ontwerpen", "Ontwerpen", "innoveren", nil),
        ("onderzoeken", "Onderzoeken", "innoveren", nil), ("leren", "Leren", nil, nil),
        ("reflecteren", "Reflecteren", "leren", nil), ("niveau", "Niveau", nil, nil),
        ("micro", "Micro", "niveau", "level"), ("meso", "Meso", "niveau", "level"),
        ("macro", "Macro", "niveau", "level"),
      ])
    try f.addDocument(
      "a.md", attributes: ["programme": "A", "version": "1"],
      segments: [
        SegmentSpec(key: "a0", text: "Wij ontwerpen lessen en onderzoeken de praktijk."),
        SegmentSpec(key: "a1", text: "De docent reflecteert op de klas."),
        SegmentSpec(key: "a2", text: "Geen codes hier."),
      ])
    try f.addDocument(
      "b.md", attributes: ["programme": "B", "version": "1"],
      segments: [
        SegmentSpec(key: "b0", text: "Het teäm onderzoekt samen.", kind: "turn", speaker: "R1"),
        SegmentSpec(key: "b1", text: "Onderzoek en nog eens onderzoek.", kind: "turn", speaker: "R2"),
      ])
    try f.addDocument(
      "c.md", attributes: ["programme": "B", "version": "2"],
      segments: [SegmentSpec(key: "c0", text: "Reflectie in het team.")])
    try f.addDocument(
      "d.md", attributes: [:], segments: [SegmentSpec(key: "d0", text: "Losse notitie over ontwerpen.")])
    try f.code("a0", "ontwerpen", form: "ontwerpen")
    try f.code("a0", "onderzoeken", form: "onderzoeken", status: "accepted")
    try f.code("a1", "reflecteren", form: "reflecteert")
    try f.code("a1", "micro", form: "klas")
    try f.code("b0", "onderzoeken", form: "onderzoekt")
    try f.code("b0", "meso", form: "teäm")
    try f.code("b1", "onderzoeken", form: "Onderzoek")
    try f.code("b1", "onderzoeken", form: "onderzoek.", status: "rejected")
    try f.code("c0", "reflecteren", form: "Reflectie")
    try f.code("c0", "meso", form: "team", status: "accepted")
    try f.code("d0", "ontwerpen", form: "ontwerpen")
    return f
  }
}
