import GRDB

/// Which run and codebook last produced a coding, read through `codingCarry` (see
/// `ProjectMigration.codingCarry`): an incremental run records that it produced an unchanged concept's
/// suggestions again instead of rewriting their rows, so a coding's own `runId` and `codebookId` may be
/// older than its provenance. Every query that asks "which run (or codebook) produced this coding" joins
/// `join` and reads `run` / `codebook`.
///
/// ```swift
/// let sql = """
///   SELECT c.id FROM coding c \(CodingProvenance.join())
///   WHERE \(CodingProvenance.run()) = ?
///   """
/// ```
public enum CodingProvenance {
  // MARK: - SQL fragments

  /// `LEFT JOIN codingCarry` for the coding table aliased `coding`, as `carry`.
  public static func join(coding: String = "c", carry: String = "k") -> String {
    """
    LEFT JOIN codingCarry \(carry) ON \(carry).fromRunId = \(coding).runId \
    AND \(carry).concept = \(coding).suggestedConcept AND \(coding).runPinned IS NULL
    """
  }

  /// The `codingRun` id of the newest run that produced the coding (NULL for codings by hand).
  public static func run(coding: String = "c", carry: String = "k") -> String {
    "COALESCE(\(carry).lastRunId, \(coding).runId)"
  }

  /// The id of the codebook that last produced the coding (for a coding by hand: the codebook stored on it).
  public static func codebook(coding: String = "c", carry: String = "k") -> String {
    "COALESCE(\(carry).codebookId, \(coding).codebookId)"
  }

  // MARK: - One coding

  /// The run and codebook that last produced coding `id` (nil for a coding that does not exist).
  ///
  /// ```swift
  /// let provenance = try CodingProvenance.of(coding: 12, in: db)   // (run: 4, codebook: 2)
  /// ```
  public static func of(coding id: Int64, in db: Database) throws -> (run: Int64?, codebook: Int64?)? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT \(run()) AS run, \(codebook()) AS codebook FROM coding c \(join()) WHERE c.id = ?",
        arguments: [id])
    else { return nil }
    return (row["run"], row["codebook"])
  }
}
