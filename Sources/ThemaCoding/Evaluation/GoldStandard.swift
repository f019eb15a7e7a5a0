/// A hand-coded gold standard: segments of a corpus coded by a person against a codebook, the yardstick
/// `thema evaluate` measures the automatic coding (or a second coder) against.
///
/// Read one with `GoldStandardReader`; every document and segment keeps the line and column it was
/// written at, so that problems found later (an unknown concept, a segment that no longer resolves)
/// are reported where they are.
///
/// ```swift
/// let gold = try GoldStandardReader().read(contentsOf: "Tests/Gold/mli-gold.yaml")
/// print(gold.segmentCount, gold.segmentCount(in: .dev))
/// ```
public struct GoldStandard: Sendable, Hashable {
  /// The file it was read from (as given), used in messages.
  public var file: String
  /// The codebook the coders coded against, as the file names it (informational).
  public var codebook: String?
  /// The corpus folder the documents come from, as the file names it (informational).
  public var corpus: String?
  /// The coded documents in file order.
  public var documents: [GoldDocument]
  /// Things read but not understood (unknown keys), as `file:line:column: warning: …` lines.
  public var warnings: [String]

  public init(
    file: String, codebook: String? = nil, corpus: String? = nil, documents: [GoldDocument],
    warnings: [String] = []
  ) {
    self.file = file
    self.codebook = codebook
    self.corpus = corpus
    self.documents = documents
    self.warnings = warnings
  }

  // MARK: - Counting

  /// Number of coded segments.
  public var segmentCount: Int { documents.reduce(0) { $0 + $1.segments.count } }

  /// Number of coded segments in the documents of `split`.
  public func segmentCount(in split: GoldSplit) -> Int {
    documents.filter { $0.split == split }.reduce(0) { $0 + $1.segments.count }
  }

  /// Every concept id used, each once, sorted.
  public var conceptsUsed: [String] {
    Array(Set(documents.flatMap { $0.segments.flatMap(\.concepts) })).sorted()
  }

  // MARK: - Checking against a codebook

  /// Throws when a segment names a concept that is not in `concepts` (the codebook's ids): one error
  /// per unknown id, each with its line and column (several are combined in `.several`).
  public func check(concepts: Set<String>, codebookName: String) throws(GoldStandardError) {
    var errors: [GoldStandardError] = []
    for document in documents {
      for segment in document.segments {
        for (index, concept) in segment.concepts.enumerated() where !concepts.contains(concept) {
          let place = index < segment.conceptPlaces.count ? segment.conceptPlaces[index] : segment.place
          errors.append(
            .unknownConcept(
              file: file, place: place, concept: concept, document: document.name, ordinal: segment.ordinal,
              codebook: codebookName))
        }
      }
    }
    if let error = GoldStandardError.combined(errors) { throw error }
  }
}

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
