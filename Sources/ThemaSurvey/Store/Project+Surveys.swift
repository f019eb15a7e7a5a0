import Foundation
import GRDB
import ThemaStore

// MARK: - StoredSurvey

/// A survey export kept in the project file: the original bytes and how they were read.
public struct StoredSurvey: Sendable, Hashable, Codable {
  public var id: Int64
  public var name: String
  public var sha256: String
  public var byteCount: Int
  public var sourcePath: String
  public var importedAt: Date
  public var mapping: String?
  public var mappingPath: String?
  public var maxSelection: Int?
  public var strict: Bool
  public var encoding: String
  public var layout: String
  public var respondents: Int
  public var dropped: [DroppedRow]
  public var warnings: [String]
}

/// Why a stored survey cannot be found.
public enum SurveyStoreError: LocalizedError, Equatable, Sendable {
  /// The project has no survey yet.
  case noSurveys(project: String)
  /// No survey of that name (the names there are listed).
  case notFound(String, known: [String])

  public var errorDescription: String? {
    switch self {
    case .noSurveys(let project): "\(project): no survey added yet (thema survey add FILE)."
    case .notFound(let name, let known):
      "no survey '\(name)'; the project has: \(known.joined(separator: ", "))"
    }
  }
}

// MARK: - Project + surveys

extension Project {
  /// Imports a survey export and stores its original bytes with the mapping and options, in one
  /// transaction. Strict imports with bad rows throw before anything is stored.
  ///
  /// ```swift
  /// let (stored, result) = try project.addSurvey(at: "mli-enquete-a.csv", mappingPath: "mli-enquete-a.yaml")
  /// result.dropped  // every row left out, with row number and reason
  /// ```
  @discardableResult
  public func addSurvey(
    at path: String, mappingPath: String? = nil, maxSelection: Int? = nil, strict: Bool = false
  ) throws -> (StoredSurvey, SurveyImportResult) {
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    let mappingText = try mappingPath.map { try String(contentsOfFile: $0, encoding: .utf8) }
    let name = (path as NSString).lastPathComponent
    let mapping = try mappingText.map { try SurveyMapping.parse(yaml: $0, file: mappingPath!) }
    let result = try SurveyImporter.importSurvey(
      data, name: name, mapping: mapping, maxSelection: maxSelection, strict: strict)
    let sha = data.sha256Hex
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let dropped = String(decoding: try encoder.encode(result.dropped), as: UTF8.self)
    let warnings = String(decoding: try encoder.encode(result.warnings), as: UTF8.self)
    let now = Date()
    let id = try database.write { db -> Int64 in
      try db.execute(sql: "DELETE FROM survey WHERE name = ? AND sha256 = ?", arguments: [name, sha])
      try db.execute(
        sql: """
          INSERT INTO survey (name, sha256, byteCount, sourcePath, importedAt, original, mapping, mappingPath,
            maxSelection, strict, encoding, layout, respondents, dropped, warnings)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          name, sha, data.count, path, now, data, mappingText, mappingPath, maxSelection, strict,
          result.encoding.rawValue, result.layout.rawValue, result.survey.respondents.count, dropped, warnings,
        ])
      return db.lastInsertedRowID
    }
    let stored = StoredSurvey(
      id: id, name: name, sha256: sha, byteCount: data.count, sourcePath: path, importedAt: now,
      mapping: mappingText, mappingPath: mappingPath, maxSelection: maxSelection, strict: strict,
      encoding: result.encoding.rawValue, layout: result.layout.rawValue,
      respondents: result.survey.respondents.count, dropped: result.dropped, warnings: result.warnings)
    return (stored, result)
  }

  /// The stored surveys, oldest first.
  public func surveys() throws -> [StoredSurvey] {
    try database.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT id, name, sha256, byteCount, sourcePath, importedAt, mapping, mappingPath, maxSelection,
            strict, encoding, layout, respondents, dropped, warnings FROM survey ORDER BY id
          """
      ).map { row in
        let decoder = JSONDecoder()
        return StoredSurvey(
          id: row["id"], name: row["name"], sha256: row["sha256"], byteCount: row["byteCount"],
          sourcePath: row["sourcePath"], importedAt: row["importedAt"], mapping: row["mapping"],
          mappingPath: row["mappingPath"], maxSelection: row["maxSelection"], strict: row["strict"],
          encoding: row["encoding"], layout: row["layout"], respondents: row["respondents"],
          dropped: (try? decoder.decode([DroppedRow].self, from: Data((row["dropped"] as String).utf8))) ?? [],
          warnings: (try? decoder.decode([String].self, from: Data((row["warnings"] as String).utf8))) ?? [])
      }
    }
  }

  /// The original bytes of a stored survey, exactly as added.
  public func surveyOriginal(id: Int64) throws -> Data {
    try database.read { db in
      try Data.fetchOne(db, sql: "SELECT original FROM survey WHERE id = ?", arguments: [id]) ?? Data()
    }
  }

  /// Re-reads a stored survey from its original bytes with the stored mapping and options: the survey
  /// named `name` (newest of that name), or the newest survey when `name` is nil.
  public func loadSurvey(named name: String? = nil) throws -> SurveyImportResult {
    let all = try surveys()
    guard !all.isEmpty else { throw SurveyStoreError.noSurveys(project: path) }
    guard let stored = name == nil ? all.last : all.last(where: { $0.name == name || $0.sourcePath == name })
    else { throw SurveyStoreError.notFound(name!, known: all.map(\.name)) }
    let mapping = try stored.mapping.map { try SurveyMapping.parse(yaml: $0, file: stored.mappingPath ?? "mapping") }
    // a stored strict survey had no bad rows, so re-reading it leniently gives the same survey
    return try SurveyImporter.importSurvey(
      try surveyOriginal(id: stored.id), name: stored.name, mapping: mapping, maxSelection: stored.maxSelection)
  }
}
