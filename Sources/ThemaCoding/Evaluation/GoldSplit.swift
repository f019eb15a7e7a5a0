/// The split a gold document belongs to: `dev` documents may be looked at while tuning a codebook,
/// `test` documents only to report the final figure.
public enum GoldSplit: String, Sendable, Hashable, Codable, CaseIterable {
  case dev
  case test
}

/// A line and column in a gold standard file (1-based, as editors count).
public struct GoldPlace: Sendable, Hashable, Codable, CustomStringConvertible {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `line:column`.
  public var description: String { "\(line):\(column)" }
}
