import GRDB

/// One step of the project file's schema. Steps run once, in the order of `ProjectSchema.migrations`,
/// and are never edited after release: a change is a new step.
public struct ProjectMigration: Sendable {
  /// A unique, stable identifier ("v1-documents").
  public var identifier: String
  /// Creates or alters tables.
  public var migrate: @Sendable (Database) throws -> Void

  public init(_ identifier: String, migrate: @escaping @Sendable (Database) throws -> Void) {
    self.identifier = identifier
    self.migrate = migrate
  }
}
