/// Which gold segments an evaluation covers.
public enum EvaluationSplit: String, Sendable, Hashable, Codable, CaseIterable {
  case dev
  case test
  case all

  /// Whether a segment of `split` belongs to this selection.
  public func contains(_ split: GoldSplit) -> Bool {
    switch self {
    case .all: true
    case .dev: split == .dev
    case .test: split == .test
    }
  }
}
