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
