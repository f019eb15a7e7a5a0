/// One coded document of a gold standard.
public struct GoldDocument: Sendable, Hashable {
  /// The document's name in the project (its path inside the corpus folder).
  public var name: String
  public var split: GoldSplit
  /// Who coded it.
  public var coder: String
  public var segments: [GoldSegment]
  /// Where the document's entry starts.
  public var place: GoldPlace

  public init(name: String, split: GoldSplit, coder: String, segments: [GoldSegment], place: GoldPlace) {
    self.name = name
    self.split = split
    self.coder = coder
    self.segments = segments
    self.place = place
  }
}

/// One hand-coded segment: which segment (ordinal, checked by the start of its text) and the concepts a
/// person judged it to be about (`[]`: none).
public struct GoldSegment: Sendable, Hashable {
  /// The segment's 0-based position in the document's current version, as `thema show --segments` lists it.
  public var ordinal: Int
  /// The first (up to 60) characters of the segment's text: a check that the ordinal still points at
  /// the same segment, and the way to find it again when segmentation changed.
  public var text: String
  /// Concept ids of the codebook, each once, in file order.
  public var concepts: [String]
  /// Where each concept id was written (same order as `concepts`).
  public var conceptPlaces: [GoldPlace]
  /// The coder's note, if any.
  public var note: String?
  /// Where the segment's entry starts.
  public var place: GoldPlace

  public init(
    ordinal: Int, text: String, concepts: [String], conceptPlaces: [GoldPlace] = [], note: String? = nil,
    place: GoldPlace
  ) {
    self.ordinal = ordinal
    self.text = text
    self.concepts = concepts
    self.conceptPlaces = conceptPlaces
    self.note = note
    self.place = place
  }
}
