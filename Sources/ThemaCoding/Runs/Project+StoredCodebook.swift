import Foundation
import GRDB
import ThemaCodebook
import ThemaStore

/// A codebook as `thema code` stored it in the project: its exact source text and where it came from.
public struct StoredCodebookSource: Sendable, Hashable {
  public var id: Int64
  public var name: String
  public var version: String
  /// The file it was read from when it was stored.
  public var sourcePath: String
  /// The YAML exactly as it was applied.
  public var yaml: String

  /// How messages name it: "MLI sensitizing concepts 1.2 (stored in the project from Codebooks/mli.yaml)".
  public var label: String { "\(name) \(version) (stored in the project from \(sourcePath))" }
}

/// The newest `thema code` run: its id, the key of the corpus it coded, and the codebook it applied.
public struct StoredRun: Sendable, Hashable {
  public var id: Int64
  /// Document ids, versions and languages it coded (an incremental run needs the same).
  public var corpusKey: String
  public var codebook: StoredCodebookSource
}

// MARK: - The codebook of the newest run

extension Project {
  /// The newest coding run with its codebook, nil when nothing has been coded yet.
  ///
  /// ```swift
  /// let run = try project.newestRun()   // run?.codebook.yaml is the codebook exactly as applied
  /// ```
  public func newestRun() throws -> StoredRun? {
    try database.read { db in try Self.newestRun(in: db) }
  }

  /// The newest coding run, read in a transaction the caller already holds.
  static func newestRun(in db: Database) throws -> StoredRun? {
    guard
      let row = try Row.fetchOne(
        db,
        sql: """
          SELECT r.id AS run, r.corpusKey, b.id, b.name, b.version, b.sourcePath, b.source FROM codingRun r
          JOIN codebook b ON b.id = r.codebookId ORDER BY r.id DESC LIMIT 1
          """)
    else { return nil }
    return StoredRun(
      id: row["run"], corpusKey: row["corpusKey"],
      codebook: StoredCodebookSource(
        id: row["id"], name: row["name"], version: row["version"], sourcePath: row["sourcePath"] ?? "",
        yaml: String(decoding: row["source"] as Data, as: UTF8.self)))
  }

  /// The codebook the newest `thema code` run applied, as stored in the project (nil when nothing has
  /// been coded yet): what `thema why` explains with when no codebook file is named, so that the
  /// explanation is of the codings the project holds even after the file was edited.
  ///
  /// ```swift
  /// if let stored = try project.newestRunCodebook() {
  ///   let codebook = try CodebookReader().read(yaml: stored.yaml, file: stored.label).codebook
  /// }
  /// ```
  public func newestRunCodebook() throws -> StoredCodebookSource? { try newestRun()?.codebook }
}
