import Foundation

/// Conditions `attribute=value` a segment must all meet (`--where programme=Fontys --where type=profile`).
///
/// ```swift
/// let filter = try SegmentFilter(parsing: ["programme=Fontys"])
/// filter.matches(data, segment: 3)
/// ```
public struct SegmentFilter: Sendable, Hashable, Codable {
  /// One condition.
  public struct Condition: Sendable, Hashable, Codable {
    public var attribute: String
    public var value: String

    public init(attribute: String, value: String) {
      self.attribute = attribute
      self.value = value
    }
  }

  public var conditions: [Condition]

  public init(_ conditions: [Condition] = []) { self.conditions = conditions }

  /// Parses `attribute=value` texts; throws `AnalysisError.badFilter` for any other form.
  public init(parsing texts: [String]) throws {
    conditions = try texts.map { text in
      guard let equals = text.firstIndex(of: "="), equals != text.startIndex else {
        throw AnalysisError.badFilter(text)
      }
      return Condition(
        attribute: String(text[..<equals]).trimmingCharacters(in: .whitespaces),
        value: String(text[text.index(after: equals)...]).trimmingCharacters(in: .whitespaces))
    }
  }

  /// Whether nothing is filtered.
  public var isEmpty: Bool { conditions.isEmpty }

  /// Whether segment `index` meets every condition.
  public func matches(_ data: AnalysisData, segment index: Int) -> Bool {
    conditions.allSatisfy { data.value($0.attribute, segment: index) == $0.value }
  }

  /// "programme=Fontys, type=profile", or "all segments".
  public var description: String {
    conditions.isEmpty
      ? "all segments" : conditions.map { "\($0.attribute)=\($0.value)" }.joined(separator: ", ")
  }
}
