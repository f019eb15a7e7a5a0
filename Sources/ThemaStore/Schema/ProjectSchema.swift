import GRDB

/// The schema of a project file: every migration, in order.
public enum ProjectSchema {
  /// All migrations, oldest first. A module that needs tables appends its own (see `ProjectMigration`).
  public static let migrations: [ProjectMigration] = [
    .documents,
    .participants,
    .codings,
    .surveys,
    .review,
    .compactMaps,
    .segmentIndex,
    .codingRuns,
    .codingCarry,
    .placematSubgroup,
    .suggestionKeys,
    .codingIndexes,
    .placematNoteCells,
  ]

  /// A migrator that brings any project file up to date.
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    for migration in migrations {
      migrator.registerMigration(migration.identifier, migrate: migration.migrate)
    }
    return migrator
  }
}
