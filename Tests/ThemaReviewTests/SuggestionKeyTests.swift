import Foundation
import GRDB
import Testing
import ThemaReview

@testable import ThemaStore

@Suite("A suggestion is a concept on a span, whichever indicator finds it")
struct SuggestionKeyTests {
  @Test func anotherIndicatorOnTheSameSpanKeepsTheDecision() throws {
    let f = try ReviewFixture()
    let first = f.suggestion("innoveren", concept: "innoveren", key: "innoveren#innoveren")
    let open = f.suggestion("reflecteren", concept: "reflecteren", key: "reflecteren#reflecteren")
    try f.project.applySuggestions([first, open], codebook: f.codebookId)
    let accepted = try f.coding(for: first)
    try f.project.accept(accepted.id, coder: "marije")

    // The edit puts another indicator first: the same concepts on the same words, explained anew.
    var second = first
    second.indicator = .init(key: "innoveren#innov*", hash: "h2")
    second.matchedForm = "innoveren"
    var reopened = open
    reopened.indicator = .init(key: "reflecteren#reflect*", hash: "h1")
    let report = try f.project.applySuggestions([second, reopened], codebook: f.codebookId)

    #expect(report.added.isEmpty && report.withdrawn.isEmpty && report.resuggested.isEmpty)
    #expect(report.keptDecisions == 1)
    let kept = try f.coding(for: second)
    #expect(kept.id == accepted.id && kept.state.status == .accepted)
    #expect(kept.indicator == "innoveren#innov*" && kept.indicatorHash == "h2")
    #expect(try f.coding(for: reopened).indicator == "reflecteren#reflect*")
    let codings = try f.project.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding") }
    #expect(codings == 2)
    #expect(try f.project.verifyTrail() == [])
  }

  /// Two rows with one key, as a project coded before keys left out the indicator can have them after
  /// the v9 migration: the decided one is the suggestion, the open other one is withdrawn once.
  @Test func anOpenDuplicateOfADecidedSuggestionIsWithdrawn() throws {
    let f = try ReviewFixture()
    let a = f.suggestion("innoveren", concept: "innoveren", key: "innoveren#innoveren")
    var b = a
    b.indicator = .init(key: "innoveren#innov*", hash: "h1")
    try f.project.applySuggestions([a], codebook: f.codebookId)
    let decided = try f.coding(for: a)
    try f.project.reject(decided.id, coder: "marije", reason: "about pupils")
    // The second indicator's row, stored as the old keys allowed.
    try f.project.database.write { db in
      try db.execute(sql: "UPDATE coding SET suggestionKey = suggestionKey || ':old' WHERE id = ?", arguments: [decided.id])
    }
    try f.project.applySuggestions([b], codebook: f.codebookId)
    try f.project.database.write { db in
      try db.execute(sql: "UPDATE coding SET suggestionKey = ? WHERE id = ?", arguments: [a.key, decided.id])
    }
    let duplicate = try #require(
      try f.project.database.read { db in
        try Int64.fetchOne(db, sql: "SELECT id FROM coding WHERE suggestionKey = ? AND id <> ?", arguments: [a.key, decided.id])
      })

    let report = try f.project.applySuggestions([b], codebook: f.codebookId)
    #expect(report.withdrawn == [duplicate])
    #expect(try f.project.coding(duplicate).state.status == .withdrawn)
    #expect(try f.project.coding(decided.id).state.status == .rejected)
    let again = try f.project.applySuggestions([b], codebook: f.codebookId)
    #expect(again.withdrawn.isEmpty && again.added.isEmpty && again.resuggested.isEmpty)
    #expect(try f.project.verifyTrail() == [])
  }

  @Test func theMigrationDropsTheIndicatorFromStoredKeys() throws {
    let f = try ReviewFixture()
    let a = f.suggestion("innoveren", concept: "innoveren", key: "innoveren#lerende … cultuur: x")
    try f.project.applySuggestions([a], codebook: f.codebookId)
    let id = try f.coding(for: a).id
    try f.project.database.write { db in
      try db.execute(
        sql: "UPDATE coding SET suggestionKey = suggestionKey || ':' || indicator WHERE id = ?", arguments: [id])
      try db.execute(
        sql: """
          INSERT INTO coding (segmentId, concept, start, "end", originalStart, originalEnd, origin, coder, status,
            createdAt, updatedAt, suggestionKey, indicator)
          SELECT segmentId, concept, start, "end", originalStart, originalEnd, 'auto', 'auto', 'withdrawn',
            createdAt, updatedAt, 'other-form', 'x' FROM coding WHERE id = ?
          """,
        arguments: [id])
    }
    #expect(try f.project.coding(id).suggestionKey == a.key + ":innoveren#lerende … cultuur: x")
    try f.project.database.write { db in try ProjectMigration.suggestionKeys.migrate(db) }
    #expect(try f.project.coding(id).suggestionKey == a.key)
    let other = try f.project.database.read { db in
      try String.fetchAll(db, sql: "SELECT suggestionKey FROM coding WHERE id <> ?", arguments: [id])
    }
    #expect(other == ["other-form"])
  }
}
