import GRDB

extension ProjectMigration {
  /// Suggestion keys without the indicator: `segment:concept:start-end` instead of
  /// `segment:concept:start-end:indicator`.
  ///
  /// A suggestion is the concept on a span; the indicator explains it. With the indicator in the key, a
  /// codebook edit that made another indicator the first to match a span (reordered, added, removed)
  /// withdrew the suggestion and added an open one for the same concept on the same words, and a coder
  /// who had accepted or rejected it was asked again. The stored keys lose their indicator part (the
  /// coding's `indicator` column, which the key ends with); keys of another form are left as they are.
  static let suggestionKeys = ProjectMigration("v9-suggestion-keys") { db in
    try db.execute(
      sql: """
        UPDATE coding
        SET suggestionKey = substr(suggestionKey, 1, length(suggestionKey) - length(indicator) - 1)
        WHERE suggestionKey IS NOT NULL AND indicator IS NOT NULL
          AND length(suggestionKey) > length(indicator) + 1
          AND substr(suggestionKey, length(suggestionKey) - length(indicator)) = ':' || indicator
        """)
  }
}
