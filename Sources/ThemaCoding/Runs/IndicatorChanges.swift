import ThemaCodebook

// MARK: - IndicatorChanges

/// Which indicators of the edited concepts an edit added and removed, compared by
/// `Codebook.indicatorHash` (the indicator with its own exclusions and conditions, the concept's
/// exclusions, the codebook's language and uncoded sections): a re-coding run needs to match a segment
/// again only where one of these can match, since the other indicators suggest exactly what they did.
///
/// When the indicators a concept kept changed their order, the first of two indicators to match a span
/// (the one its suggestion names) may change anywhere: then all the concept's indicators count as
/// changed, and so they do for a concept with two identical indicators.
///
/// ```swift
/// let changes = IndicatorChanges(concepts: ["innoveren"], from: before, to: after)
/// changes.added     // ["innoveren#0"] after putting a term first
/// ```
struct IndicatorChanges: Sendable {
  /// Indicators of the new codebook (`key(concept:index:)`).
  var added: Set<String> = []
  /// Indicators of the previous codebook.
  var removed: Set<String> = []

  /// The key of indicator `index` of `concept` ("innoveren#3").
  static func key(concept: String, index: Int) -> String { "\(concept)#\(index)" }

  init(concepts: Set<String>, from previous: Codebook, to codebook: Codebook) {
    for concept in concepts {
      let before = Self.hashes(of: concept, in: previous)
      let after = Self.hashes(of: concept, in: codebook)
      let kept = Set(before).intersection(after)
      let sameOrder = before.filter(kept.contains) == after.filter(kept.contains)
      let distinct = Set(before).count == before.count && Set(after).count == after.count
      for (index, hash) in after.enumerated() where !(sameOrder && distinct && kept.contains(hash)) {
        added.insert(Self.key(concept: concept, index: index))
      }
      for (index, hash) in before.enumerated() where !(sameOrder && distinct && kept.contains(hash)) {
        removed.insert(Self.key(concept: concept, index: index))
      }
    }
  }

  private static func hashes(of concept: String, in codebook: Codebook) -> [String] {
    guard let found = codebook.concept(id: concept) else { return [] }
    return found.indicators.indices.compactMap { codebook.indicatorHash(ofConcept: concept, indicator: $0) }
  }
}
