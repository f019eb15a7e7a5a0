/// Which codings count in an analysis.
///
/// While nothing has been reviewed, automatic suggestions are all there is, so they count together with
/// accepted codes; once a researcher has accepted or rejected anything, only accepted codings count unless
/// suggestions are asked for explicitly. Every result says which scope it used.
///
/// ```swift
/// let data = try AnalysisData.load(from: project, scope: .automatic)
/// print(data.scope.resolved, data.scope.note)   // acceptedAndSuggested, "nothing reviewed yet…"
/// ```
public enum CodingScope: String, Sendable, Codable, Hashable, CaseIterable {
  /// Only codings with status `accepted`.
  case accepted
  /// Codings with status `accepted` or `suggested`.
  case acceptedAndSuggested = "accepted+suggested"

  /// The `coding.status` values that count.
  public var statuses: [String] {
    switch self {
    case .accepted: ["accepted"]
    case .acceptedAndSuggested: ["accepted", "suggested"]
    }
  }
}

/// What the user asked for; `.automatic` resolves to a `CodingScope` from the project's review state.
public enum CodingScopeRequest: Sendable, Hashable {
  /// Accepted + suggestions while nothing has been reviewed, accepted only after any review decision.
  case automatic
  /// Accepted codings only.
  case acceptedOnly
  /// Accepted codings and open suggestions.
  case includeSuggestions
}

/// The scope an analysis used, with the reason in one sentence.
public struct ResolvedScope: Sendable, Codable, Hashable {
  /// The statuses that counted.
  public var resolved: CodingScope
  /// Why (e.g. "nothing has been reviewed yet: suggestions count as codes").
  public var note: String

  public init(resolved: CodingScope, note: String) {
    self.resolved = resolved
    self.note = note
  }
}
