/// One code of a codebook: a sensitizing concept with what human coders need to apply it, and the
/// indicators the automatic coder uses.
///
/// ```swift
/// let concept = codebook.concept(id: "innoveren")!
/// concept.definition          // "Vernieuwen van onderwijs en organisatie …"
/// concept.indicators.count    // 14
/// ```
public struct Concept: Sendable, Hashable, Codable {
  // MARK: - Identity and place

  /// Identifier, unique in the codebook ("innoveren", "plg-reflectie").
  public var id: String
  /// Display label.
  public var label: String
  /// The dimension the concept belongs to.
  public var dimension: String
  /// The parent concept's id (`nil` at the top of a dimension).
  public var parent: String?

  // MARK: - Guidance for coders

  /// What the concept means.
  public var definition: String?
  /// When to apply it.
  public var whenToUse: String?
  /// When not to apply it (and what to use instead).
  public var whenNotToUse: String?
  /// An example passage.
  public var example: String?

  // MARK: - Automatic coding

  /// The patterns that suggest the concept.
  public var indicators: [Indicator]
  /// Patterns that cancel any indicator of the concept where they overlap it ("innovatiefonds").
  public var exclusions: [Indicator]

  /// Line of the concept's `id` in the codebook file (1-based), when read from a file.
  public var line: Int?

  public init(
    id: String, label: String, dimension: String, parent: String? = nil, definition: String? = nil,
    whenToUse: String? = nil, whenNotToUse: String? = nil, example: String? = nil,
    indicators: [Indicator] = [], exclusions: [Indicator] = [], line: Int? = nil
  ) {
    self.id = id
    self.label = label
    self.dimension = dimension
    self.parent = parent
    self.definition = definition
    self.whenToUse = whenToUse
    self.whenNotToUse = whenNotToUse
    self.example = example
    self.indicators = indicators
    self.exclusions = exclusions
    self.line = line
  }

  /// A stable rendering of what decides where the concept is suggested: its id, indicators and
  /// exclusions (not its label, definition, guidance or place in the tree).
  var matchingText: String {
    (["concept", id] + indicators.map { "i:" + $0.canonicalText } + exclusions.map { "x:" + $0.canonicalText })
      .joined(separator: "\u{1F}")
  }

  /// A stable rendering of the content (no line numbers) for hashing.
  var canonicalText: String {
    let fields: [String] = [
      "concept", id, label, dimension, parent ?? "", definition ?? "", whenToUse ?? "", whenNotToUse ?? "",
      example ?? "",
    ]
    return (fields + indicators.map { "i:" + $0.canonicalText } + exclusions.map { "x:" + $0.canonicalText })
      .joined(separator: "\u{1F}")
  }
}
