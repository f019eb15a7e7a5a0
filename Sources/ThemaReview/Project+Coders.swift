import Foundation
import GRDB
import ThemaStore

/// A person who codes in the project, with how many decisions they made.
public struct Coder: Sendable, Hashable, Codable {
  public var name: String
  public var since: Date
  /// Events recorded under this name.
  public var events: Int
  /// Whether this is the project's default coder.
  public var isDefault: Bool
}

// MARK: - Coders and review settings

extension Project {
  /// The name under which automatic suggestions are recorded.
  public static let automaticCoder = "auto"

  /// The coders of the project (everyone who made a decision, plus the default coder), by name.
  ///
  /// ```swift
  /// for coder in try project.coders() { print(coder.name, coder.events) }
  /// ```
  public func coders() throws -> [Coder] {
    try database.read { db in
      let fallback = try Trail.setting(db, Self.defaultCoderKey)
      return try Row.fetchAll(
        db,
        sql: """
          SELECT c.name, c.createdAt, (SELECT COUNT(*) FROM codingEvent e WHERE e.coder = c.name) AS n
          FROM coder c ORDER BY c.name
          """
      ).map { Coder(name: $0["name"], since: $0["createdAt"], events: $0["n"], isDefault: $0["name"] == fallback) }
    }
  }

  /// Registers a coder (idempotent) without recording a decision.
  public func addCoder(_ name: String) throws {
    let name = try Self.validCoder(name)
    try database.write { db in
      try db.execute(
        sql: "INSERT OR IGNORE INTO coder (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
    }
  }

  /// The project's default coder, used when neither `--coder` nor `THEMA_CODER` names one.
  public func defaultCoder() throws -> String? {
    try database.read { db in try Trail.setting(db, Self.defaultCoderKey) }
  }

  /// Sets (or, with nil, clears) the project's default coder, registering the name.
  public func setDefaultCoder(_ name: String?) throws {
    let name = try name.map(Self.validCoder)
    try database.write { db in
      if let name {
        try db.execute(
          sql: "INSERT OR IGNORE INTO coder (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
      }
      try Trail.setSetting(db, Self.defaultCoderKey, name)
    }
  }

  /// The coder for an action: the explicit name, else `environment` (`THEMA_CODER`), else the
  /// project's default.
  ///
  /// ```swift
  /// let coder = try project.resolveCoder(option, environment: ProcessInfo.processInfo.environment["THEMA_CODER"])
  /// ```
  public func resolveCoder(_ explicit: String?, environment: String? = nil) throws -> String {
    if let explicit, !explicit.isEmpty { return try Self.validCoder(explicit) }
    if let environment, !environment.isEmpty { return try Self.validCoder(environment) }
    guard let fallback = try defaultCoder() else { throw ReviewError.noCoder }
    return fallback
  }

  /// Whether blind mode is on: each coder then decides on a private copy of every suggestion and
  /// does not see other coders' decisions while reviewing.
  public func isBlind() throws -> Bool {
    try database.read { db in try Trail.setting(db, Self.blindKey) == "on" }
  }

  /// Turns blind mode on or off.
  public func setBlind(_ on: Bool) throws {
    try database.write { db in try Trail.setSetting(db, Self.blindKey, on ? "on" : nil) }
  }

  static let defaultCoderKey = "review.defaultCoder"
  static let blindKey = "review.blind"

  static func validCoder(_ name: String) throws -> String {
    let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !trimmed.isEmpty, trimmed.lowercased() != automaticCoder, !trimmed.contains(",") else {
      throw ReviewError.invalidCoder(name)
    }
    return trimmed
  }
}
