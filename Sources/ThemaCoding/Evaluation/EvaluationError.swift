import Foundation

/// Why an evaluation could not start.
public enum EvaluationError: LocalizedError, Sendable, Hashable {
  /// The project has no automatic suggestions to evaluate (run `thema code` first, or pass a codebook).
  case noSuggestions
  /// Comparing two coders, no codebook was given and the project has none stored.
  case noCodebook

  public var errorDescription: String? {
    switch self {
    case .noSuggestions:
      "the project has no automatic suggestions: run thema code --codebook FILE first, "
        + "or evaluate a codebook in memory with --codebook FILE"
    case .noCodebook:
      "the project has no codebook: pass --codebook FILE to say which concepts to compare"
    }
  }
}
