import Foundation
import GRDB
// GRDB runs on the system SQLite through its `GRDBSQLite` module and hands out the raw statement
// (`Statement.sqliteStatement`). The segment insert binds through that C API directly: a GRDB
// `StatementArguments` per row (an array of existentials, each converted to a `DatabaseValue`, checked,
// then bound with a copy) took about 15% of the import's CPU time (perf, 100 MB import bench).
import GRDBSQLite
import ThemaIngest

/// Writes the segments of imported versions into table `segment` through one prepared statement.
///
/// Lives for one import transaction on the writer connection it was made with: it must not cross
/// threads, and it must not outlive the `Database` it was made from.
///
/// ```swift
/// let writer = try SegmentWriter(db)
/// try writer.insert(document.segments, versionId: versionId)
/// ```
final class SegmentWriter {
  // MARK: - State

  private let db: Database
  private let statement: Statement
  /// Neighbouring segments share their heading path: it is encoded once per change.
  private var lastPath: [String] = []
  private var lastPathJSON = "[]"
  /// The encoded map of the current row, reused between rows.
  private var mapBytes: [UInt8] = []

  private static let sql = """
    INSERT INTO segment
      (versionId, ordinal, kind, headingPath, text, start, "end", byteStart, byteEnd, map, mapRuns,
       part, listLevel, marker, speakerId, speakerName, speakerRole, startTime, endTime, attributes,
       notes)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, X'', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  init(_ db: Database) throws {
    self.db = db
    statement = try db.makeStatement(sql: Self.sql)
  }

  // MARK: - Writing

  /// Inserts `segments` as the segments of version `versionId`, in order (ordinal = index).
  func insert(_ segments: [Segment], versionId: Int64) throws {
    defer { finishDocument() }
    for (ordinal, segment) in segments.enumerated() {
      try insert(segment, ordinal: ordinal, versionId: versionId)
    }
  }

  /// Leaves no binding behind once a document is done: texts are bound without a copy and point into
  /// Swift strings only while their row is written. Call it after inserting segments one by one.
  func finishDocument() {
    sqlite3_clear_bindings(statement.sqliteStatement)
  }

  /// Inserts one segment of version `versionId` as its `ordinal`-th (0-based): for readers that hand
  /// their segments over one by one (`Readers.read(_:name:format:xmlMapping:segments:)`).
  func insert(_ segment: Segment, ordinal: Int, versionId: Int64) throws {
    let handle = statement.sqliteStatement
    if segment.headingPath != lastPath {
      lastPath = segment.headingPath
      lastPathJSON = JSONText.encode(lastPath)
    }
    mapBytes.removeAll(keepingCapacity: true)
    CompactOffsetMap.encode(segment.map, start: segment.start, end: segment.end, appendingTo: &mapBytes)

    sqlite3_bind_int64(handle, 1, versionId)
    sqlite3_bind_int64(handle, 2, Int64(ordinal))
    try bind(segment.kind.rawValue, at: 3)
    sqlite3_bind_int64(handle, 6, Int64(segment.start))
    sqlite3_bind_int64(handle, 7, Int64(segment.end))
    sqlite3_bind_int64(handle, 8, Int64(segment.byteStart))
    sqlite3_bind_int64(handle, 9, Int64(segment.byteEnd))
    try bind(segment.part, at: 11)
    sqlite3_bind_int64(handle, 12, Int64(segment.listLevel))
    try bind(segment.marker, at: 13)
    try bind(segment.speaker?.id, at: 14)
    try bind(segment.speaker?.name, at: 15)
    try bind(segment.speaker?.role, at: 16)
    bind(segment.startTime, at: 17)
    bind(segment.endTime, at: 18)
    try bind(segment.attributes.isEmpty ? nil : JSONText.encode(segment.attributes), at: 19)
    try bind(segment.notes.isEmpty ? nil : JSONText.encode(segment.notes), at: 20)

    // The large values are bound without a copy (SQLITE_STATIC = nil destructor): the buffers stay
    // valid until the row is stepped, and every parameter is bound again for the next row. A bind
    // that fails (a value over SQLite's length limit) must throw: the parameter would keep the
    // previous row's value.
    var text = segment.text
    try text.withUTF8 { textBytes in
      try lastPathJSON.withUTF8 { pathBytes in
        try mapBytes.withUnsafeBytes { mapBuffer in
          try bindStatic(pathBytes, at: 4)
          try bindStatic(textBytes, at: 5)
          // Likewise an empty map must be an empty blob, not NULL (NULL means "read `map`").
          if mapBuffer.isEmpty {
            try check(sqlite3_bind_zeroblob(handle, 10, 0))
          } else {
            try check(sqlite3_bind_blob(handle, 10, mapBuffer.baseAddress, try length(mapBuffer.count), nil))
          }
          try step(handle)
        }
      }
    }
  }

  // MARK: - Binding

  /// Binds UTF-8 text that stays valid until the row is stepped, without a copy (SQLITE_STATIC).
  private func bindStatic(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int32) throws {
    let handle = statement.sqliteStatement
    guard let base = bytes.baseAddress, !bytes.isEmpty else {
      // An empty buffer may have no address, which SQLite would take for NULL.
      return try check(sqlite3_bind_text(handle, index, "", 0, Self.transient))
    }
    let count = try length(bytes.count)
    try check(
      base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
        sqlite3_bind_text(handle, index, $0, count, nil)
      })
  }

  /// Binds a small optional string, copied by SQLite (SQLITE_TRANSIENT).
  private func bind(_ value: String?, at index: Int32) throws {
    let handle = statement.sqliteStatement
    guard var value else {
      sqlite3_bind_null(handle, index)
      return
    }
    try value.withUTF8 { bytes in
      guard let base = bytes.baseAddress, !bytes.isEmpty else {
        return try check(sqlite3_bind_text(handle, index, "", 0, Self.transient))
      }
      let count = try length(bytes.count)
      try check(
        base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
          sqlite3_bind_text(handle, index, $0, count, Self.transient)
        })
    }
  }

  /// A byte count as SQLite's length argument; longer than it takes is SQLite's own "too big".
  private func length(_ count: Int) throws -> Int32 {
    guard let length = Int32(exactly: count) else {
      throw DatabaseError(resultCode: .SQLITE_TOOBIG, message: "string or blob too big", sql: Self.sql)
    }
    return length
  }

  /// Throws SQLite's error for a failed bind.
  private func check(_ code: Int32) throws {
    guard code != SQLITE_OK else { return }
    let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
    throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: Self.sql)
  }

  private func bind(_ value: Double?, at index: Int32) {
    if let value {
      sqlite3_bind_double(statement.sqliteStatement, index, value)
    } else {
      sqlite3_bind_null(statement.sqliteStatement, index)
    }
  }

  private func step(_ handle: OpaquePointer) throws {
    let code = sqlite3_step(handle)
    guard code == SQLITE_DONE else {
      let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
      sqlite3_reset(handle)
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: Self.sql)
    }
    sqlite3_reset(handle)
  }

  /// SQLite's "copy the value now" destructor (-1), as GRDB defines it internally.
  private static let transient = unsafeBitCast(
    OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)
}

@available(*, unavailable)
extension SegmentWriter: Sendable {}
