/// A gold segment found in the project: the segment it refers to now, with the coder's concepts.
public struct ResolvedGoldSegment: Sendable, Hashable {
  /// The document's name in the project.
  public var document: String
  public var split: GoldSplit
  public var coder: String
  /// The segment's id and its ordinal in the document's current version (differs from `goldOrdinal`
  /// when the segment was found by its text).
  public var segmentId: Int64
  public var ordinal: Int
  public var goldOrdinal: Int
  /// The segment's whole text (analysis text), for quotes.
  public var text: String
  /// The concepts the coder gave it.
  public var concepts: Set<String>
  public var note: String?
  /// Where the entry is in the gold file.
  public var place: GoldPlace

  public init(
    document: String, split: GoldSplit, coder: String, segmentId: Int64, ordinal: Int, goldOrdinal: Int,
    text: String, concepts: Set<String>, note: String? = nil, place: GoldPlace
  ) {
    self.document = document
    self.split = split
    self.coder = coder
    self.segmentId = segmentId
    self.ordinal = ordinal
    self.goldOrdinal = goldOrdinal
    self.text = text
    self.concepts = concepts
    self.note = note
    self.place = place
  }
}

/// A gold standard resolved against a project: every entry with its segment, and warnings for entries
/// that were found by their text rather than their ordinal.
public struct ResolvedGold: Sendable, Hashable {
  public var file: String
  public var segments: [ResolvedGoldSegment]
  public var warnings: [String]
}
