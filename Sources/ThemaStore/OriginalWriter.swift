import Foundation
import GRDB
// GRDB binds a `Data` argument with a copy, and SQLite copies it again into the row's record: two
// transient copies of the original file. Writing the bytes through SQLite's incremental blob API into
// a `zeroblob` reserved by the INSERT streams them into the pages instead; GRDB has no API for this.
import GRDBSQLite

/// Writes the original bytes of an imported version into `documentVersion.original`, which the INSERT
/// reserved with `zeroblob(byteCount)`, in pieces, without a transient copy of the file.
///
/// ```swift
/// try db.execute(sql: "INSERT INTO documentVersion (…, original, …) VALUES (…, zeroblob(?), …)", …)
/// try OriginalWriter.write(data, versionId: db.lastInsertedRowID, db: db)
/// ```
enum OriginalWriter {
  /// Bytes written per `sqlite3_blob_write` call.
  static let pieceSize = 1 << 20

  static func write(_ data: Data, versionId: Int64, db: Database) throws {
    guard !data.isEmpty else { return }
    var blob: OpaquePointer?
    let opened = sqlite3_blob_open(db.sqliteConnection, "main", "documentVersion", "original", versionId, 1, &blob)
    guard opened == SQLITE_OK, let blob else {
      if let blob { sqlite3_blob_close(blob) }
      throw DatabaseError(resultCode: ResultCode(rawValue: opened), message: db.lastErrorMessage)
    }
    defer { sqlite3_blob_close(blob) }
    try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
      var offset = 0
      while offset < raw.count {
        let length = min(pieceSize, raw.count - offset)
        let code = sqlite3_blob_write(blob, raw.baseAddress! + offset, Int32(length), Int32(offset))
        guard code == SQLITE_OK else {
          throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
        }
        offset += length
      }
    }
  }
}
