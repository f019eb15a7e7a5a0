import GRDB

// MARK: - A larger page cache for bulk writes

extension Project {
  /// SQLite's default page cache: 2 MB per connection (`PRAGMA cache_size = -2000`).
  static let defaultCacheKilobytes = 2000

  /// Runs `body` with the writing connection's page cache raised to `megabytes`, then sets it back.
  ///
  /// Use it around a write that touches many indexes at random places. With SQLite's default cache
  /// (62 pages of 32 KB), storing a coding run's suggestions spent a fifth of its time re-reading and
  /// spilling index pages: each suggestion goes into the coding table's indexes (nine then: suggestion key,
  /// segment, concept, codebook, …) at unrelated places. A full `thema code` of a 100 MB project took
  /// 101 s with the default cache and 68 s with 64 MB (same run, `thema bench recode`). Imports append
  /// in order and gain nothing, so the cache stays small outside such writes (and memory with it).
  ///
  /// ```swift
  /// let report = try project.withWriteCache(megabytes: 64) { try project.applySuggestions(run, codebook: id) }
  /// ```
  public func withWriteCache<T>(megabytes: Int, _ body: () throws -> T) throws -> T {
    try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -\(megabytes * 1024)") }
    defer {
      try? database.writeWithoutTransaction { db in
        try db.execute(sql: "PRAGMA cache_size = -\(Self.defaultCacheKilobytes)")
      }
    }
    return try body()
  }
}
