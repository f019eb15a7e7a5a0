/// Finds the segments a gold standard refers to.
///
/// A gold segment names its document, an ordinal and the start of its text. The segment at that ordinal
/// of the document's current version is used when its text starts with the gold text (compared with
/// runs of white space as one space, so line breaks in the YAML do not matter). Otherwise — the document
/// was re-imported or segmented differently — the segment of the document whose text starts with the
/// gold text is used (the one nearest the old ordinal if several do), with a warning. When none does,
/// resolution fails with an error naming the gold file's line, the document and the ordinal.
///
/// ```swift
/// let resolver = GoldResolver(documents: [
///   .init(name: "notulen/a.md", segments: [.init(id: 7, ordinal: 0, text: "Verslag van het overleg")])
/// ])
/// let resolved = try resolver.resolve(gold)
/// ```
public struct GoldResolver: Sendable {
  /// A document of the project as the resolver needs it.
  public struct Document: Sendable, Hashable {
    public var name: String
    public var segments: [Candidate]

    public init(name: String, segments: [Candidate]) {
      self.name = name
      self.segments = segments
    }
  }

  /// A segment of the document's current version.
  public struct Candidate: Sendable, Hashable {
    public var id: Int64
    public var ordinal: Int
    public var text: String

    public init(id: Int64, ordinal: Int, text: String) {
      self.id = id
      self.ordinal = ordinal
      self.text = text
    }
  }

  /// Documents by the name a gold file uses (exact name, or the key the project's lookup accepted).
  public var documents: [String: Document]

  public init(documents: [Document]) {
    var byName: [String: Document] = [:]
    for document in documents { byName[document.name] = document }
    self.documents = byName
  }

  /// Documents keyed by the gold file's names (the project may know them under a longer name).
  public init(documentsByGoldName: [String: Document]) {
    documents = documentsByGoldName
  }

  // MARK: - Resolving

  /// Resolves every entry; collects every problem before throwing (`GoldStandardError.several`).
  public func resolve(_ gold: GoldStandard) throws(GoldStandardError) -> ResolvedGold {
    var resolved: [ResolvedGoldSegment] = []
    var warnings: [String] = []
    var errors: [GoldStandardError] = []
    var firstLine: [Int64: Int] = [:]
    for goldDocument in gold.documents {
      guard let document = documents[goldDocument.name] else {
        errors.append(.documentNotFound(file: gold.file, place: goldDocument.place, document: goldDocument.name))
        continue
      }
      let byOrdinal = Dictionary(document.segments.map { ($0.ordinal, $0) }, uniquingKeysWith: { a, _ in a })
      for goldSegment in goldDocument.segments {
        let prefix = Self.normalized(goldSegment.text)
        var found = byOrdinal[goldSegment.ordinal]
        if let candidate = found, !Self.normalized(candidate.text).hasPrefix(prefix) {
          found = nil
        }
        if found == nil {
          let matching = document.segments.filter { Self.normalized($0.text).hasPrefix(prefix) }
          if let nearest = matching.min(by: {
            abs($0.ordinal - goldSegment.ordinal) < abs($1.ordinal - goldSegment.ordinal)
          }) {
            found = nearest
            let others = matching.count > 1 ? " (nearest of \(matching.count) segments starting so)" : ""
            warnings.append(
              "\(gold.file):\(goldSegment.place): warning: \(document.name) ordinal \(goldSegment.ordinal) "
                + "does not start with \"\(goldSegment.text)\"; using ordinal \(nearest.ordinal), which does\(others)")
          }
        }
        guard let segment = found else {
          errors.append(
            .segmentNotFound(
              file: gold.file, place: goldSegment.place, document: document.name, ordinal: goldSegment.ordinal,
              text: goldSegment.text, found: byOrdinal[goldSegment.ordinal].map { Self.excerpt($0.text) }))
          continue
        }
        if let line = firstLine[segment.id] {
          errors.append(
            .sameSegmentTwice(
              file: gold.file, place: goldSegment.place, document: document.name, ordinal: goldSegment.ordinal,
              firstLine: line))
          continue
        }
        firstLine[segment.id] = goldSegment.place.line
        resolved.append(
          ResolvedGoldSegment(
            document: document.name, split: goldDocument.split, coder: goldDocument.coder, segmentId: segment.id,
            ordinal: segment.ordinal, goldOrdinal: goldSegment.ordinal, text: segment.text,
            concepts: Set(goldSegment.concepts), note: goldSegment.note, place: goldSegment.place))
      }
    }
    if let error = GoldStandardError.combined(errors) { throw error }
    return ResolvedGold(file: gold.file, segments: resolved, warnings: warnings)
  }

  // MARK: - Text comparison

  /// The text with every run of white space (line breaks, tabs, no-break spaces) as one space and no
  /// leading white space: the form in which a gold text check is compared.
  static func normalized(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for character in text {
      if character.isWhitespace {
        pendingSpace = !out.isEmpty
      } else {
        if pendingSpace { out.append(" ") }
        pendingSpace = false
        out.append(character)
      }
    }
    if pendingSpace { out.append(" ") }
    return out
  }

  /// The first 60 characters of a text (what a gold entry quotes).
  static func excerpt(_ text: String) -> String { String(text.prefix(60)) }
}
