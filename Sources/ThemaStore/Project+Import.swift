import Foundation
import GRDB
import ThemaIngest

// MARK: - Import

extension Project {
  /// Imports files in one transaction.
  ///
  /// A file identical to a version already stored under the same name changes nothing; a changed file
  /// under an existing name becomes the document's next version. Without `keepGoing`, one failing file
  /// rolls the whole import back and the error lists every failing file; with it, the good files are
  /// imported and the failures are listed in the report.
  ///
  /// ```swift
  /// let report = try project.importFiles(items, keepGoing: false)
  /// print(report.added)
  /// ```
  @discardableResult
  public func importFiles(_ items: [ImportItem], keepGoing: Bool = false) throws -> ImportReport {
    try database.write { db in
      var report = ImportReport()
      let segmentWriter = try SegmentWriter(db)
      for item in items {
        do {
          try db.inSavepoint {
            try Self.importFile(item, into: db, segmentWriter: segmentWriter, report: &report)
            return .commit
          }
        } catch let error as DatabaseError {
          report.failures.append(
            ImportFailure(name: item.name, message: "\(item.url.path): cannot store: \(error)"))
        } catch {
          report.failures.append(
            ImportFailure(name: item.name, message: Self.message(for: error, item: item)))
        }
      }
      if !keepGoing && !report.failures.isEmpty {
        throw StoreError.importFailed(failures: report.failures)
      }
      return report
    }
  }

  private static func message(for error: Error, item: ImportItem) -> String {
    let description = (error as? LocalizedError)?.errorDescription ?? "\(error)"
    // Reader errors name the file by its project name; say where it lives on disk too.
    if description.hasPrefix(item.name) && item.name != item.url.path {
      return item.url.path + description.dropFirst(item.name.count)
    }
    return description
  }

  private static func importFile(
    _ item: ImportItem, into db: Database, segmentWriter: SegmentWriter, report: inout ImportReport
  ) throws {
    let data: Data
    do {
      data = try Data(contentsOf: item.url, options: .mappedIfSafe)
    } catch {
      throw StoreError.unreadable(path: item.url.path, reason: error.localizedDescription)
    }
    let sha256 = data.sha256Hex
    let now = Date()

    let existingId = try Int64.fetchOne(
      db, sql: "SELECT id FROM document WHERE name = ?", arguments: [item.name])
    if let existingId,
      try Bool.fetchOne(
        db, sql: "SELECT 1 FROM documentVersion WHERE documentId = ? AND sha256 = ?",
        arguments: [existingId, sha256]) == true
    {
      report.unchanged.append(item.name)
      if try setAttributes(item.attributes, documentId: existingId, db: db) {
        report.attributesChanged.append(item.name)
      }
      return
    }

    let format = item.format ?? Readers.detect(name: item.name, data: data)

    let documentId: Int64
    let number: Int
    if let existingId {
      documentId = existingId
      number =
        (try Int.fetchOne(
          db, sql: "SELECT MAX(number) FROM documentVersion WHERE documentId = ?",
          arguments: [existingId]) ?? 0) + 1
      report.newVersions.append(item.name)
    } else {
      try db.execute(
        sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: [item.name, now])
      documentId = db.lastInsertedRowID
      number = 1
      report.added.append(item.name)
    }
    // The version row comes first so that segments can be stored as the reader hands them over
    // (a large .docx is never whole in memory); what the reader learns by the end (encoding,
    // warnings, speakers) is filled in after it. A failing reader rolls the savepoint back.
    try db.execute(
      sql: """
        INSERT INTO documentVersion
          (documentId, number, sha256, byteCount, format, encoding, sourcePath, importedAt, original,
           warnings, speakers)
        VALUES (?, ?, ?, ?, ?, NULL, ?, ?, zeroblob(?), '[]', '[]')
        """,
      arguments: [documentId, number, sha256, data.count, format.rawValue, item.url.path, now, data.count])
    let versionId = db.lastInsertedRowID
    try OriginalWriter.write(data, versionId: versionId, db: db)
    var segmentCount = 0
    defer { segmentWriter.finishDocument() }
    // Placemat notes kept as text get their cells as segment attributes, as a placemat table's rows do.
    var placemat = item.attributes["type"] == "placemat" && format != .placemat ? PlacematCellLabeller() : nil
    let document = try Readers.read(
      data, name: item.name, format: format, xmlMapping: item.xmlMapping, options: item.options
    ) {
      var segment = $0
      placemat?.label(&segment)
      try segmentWriter.insert(segment, ordinal: segmentCount, versionId: versionId)
      segmentCount += 1
    }
    try db.execute(
      sql: "UPDATE documentVersion SET format = ?, encoding = ?, warnings = ?, speakers = ? WHERE id = ?",
      arguments: [
        document.format.rawValue, document.encoding?.rawValue, JSONText.encode(document.warnings),
        String(decoding: try JSONEncoder().encode(document.speakers), as: UTF8.self), versionId,
      ])
    try registerSpeakers(document.speakers, documentId: documentId, db: db)
    if try setAttributes(item.attributes, documentId: documentId, db: db), existingId != nil {
      report.attributesChanged.append(item.name)
    }
    report.segmentCount += segmentCount
    report.byteCount += data.count
    // Reader warnings name the file already (`IngestedDocument.warnings`); name it only where one does not.
    report.warnings += document.warnings.map { $0.hasPrefix(item.name + ":") ? $0 : "\(item.name): \($0)" }
  }

  /// Sets attributes on a document; returns whether anything changed.
  static func setAttributes(_ attributes: [String: String], documentId: Int64, db: Database) throws
    -> Bool
  {
    var changed = false
    for (key, value) in attributes.sorted(by: { $0.key < $1.key }) {
      let old = try String.fetchOne(
        db, sql: "SELECT value FROM documentAttribute WHERE documentId = ? AND key = ?",
        arguments: [documentId, key])
      guard old != value else { continue }
      try db.execute(
        sql: "INSERT OR REPLACE INTO documentAttribute (documentId, key, value) VALUES (?, ?, ?)",
        arguments: [documentId, key, value])
      changed = true
    }
    return changed
  }
}
