import ThemaLanguage

/// A codebook: sensitizing concepts grouped in independent dimensions, each concept with the indicators
/// that let Thema suggest it automatically.
///
/// Read one with `CodebookReader`; the YAML format is documented in `Codebooks/README.md`.
///
/// ```swift
/// let result = try CodebookReader().read(contentsOf: "Codebooks/mli.yaml")
/// let codebook = result.codebook
/// codebook.concept(id: "innoveren")?.label      // "Innoveren"
/// codebook.children(of: "teacher-leadership")   // the facets below it
/// ```
public struct Codebook: Sendable, Hashable, Codable {
  // MARK: - Metadata

  /// The codebook's name ("MLI sensitizing concepts").
  public var name: String
  /// The codebook's version as the authors write it ("1.0", "2024-03").
  public var version: String
  /// The language its terms are written in; chooses the stemmer, lemma table and compound lexicon.
  public var language: Language
  /// Who wrote it.
  public var author: String?
  /// What it is for.
  public var description: String?

  // MARK: - Content

  /// The independent code groups, in file order.
  public var dimensions: [Dimension]
  /// Every concept of every dimension, depth first in file order (parents before children).
  public var concepts: [Concept]
  /// Patterns for procedural sections (`uncoded-sections:`): a segment under a heading that one of
  /// them matches is not coded; its matches become near misses (minutes' "Actiepunten", "Rondvraag").
  public var uncodedSections: [Indicator] = []

  public init(
    name: String, version: String, language: Language, author: String? = nil, description: String? = nil,
    dimensions: [Dimension], concepts: [Concept]
  ) {
    self.name = name
    self.version = version
    self.language = language
    self.author = author
    self.description = description
    self.dimensions = dimensions
    self.concepts = concepts
  }

  // MARK: - Lookup

  /// The concept with `id`.
  public func concept(id: String) -> Concept? { concepts.first { $0.id == id } }

  /// The concepts whose parent is `id` (pass `nil` for the top-level concepts of every dimension).
  public func children(of id: String?) -> [Concept] { concepts.filter { $0.parent == id } }

  /// The concepts of one dimension.
  public func concepts(inDimension id: String) -> [Concept] { concepts.filter { $0.dimension == id } }

  /// How many indicators the codebook has (not counting exclusions and conditions).
  public var indicatorCount: Int { concepts.reduce(0) { $0 + $1.indicators.count } }

  /// How many indicators documents in `language` are matched with (those written for it; see
  /// `Indicator.language`).
  public func indicatorCount(for language: Language) -> Int {
    concepts.reduce(0) { $0 + $1.indicators.filter { ($0.language ?? self.language) == language }.count }
  }

  /// The languages of the documents it codes: its own, then those of indicators written for another
  /// language (`indicators-en:`), in order of first appearance.
  ///
  /// ```swift
  /// codebook.languages   // [.dutch, .english] when some concept has `indicators-en:`
  /// ```
  public var languages: [Language] {
    var result = [language]
    for concept in concepts {
      for indicator in concept.indicators + concept.exclusions {
        if let other = indicator.language, !result.contains(other) { result.append(other) }
      }
    }
    return result
  }

  // MARK: - Content hash

  /// SHA-256 (hex) of the codebook's content: metadata, dimensions, concepts and indicators, but not
  /// comments, layout or line numbers. Two files that code the same way have the same hash.
  public var contentHash: String { ContentHash.sha256Hex(of: canonicalText) }

  /// SHA-256 (hex) of one concept's content (for re-coding only what an edit changed).
  public func contentHash(ofConcept id: String) -> String? {
    // Uncoded sections change what every concept codes, so they are part of every concept's hash
    // (and only when there are any, so that codebooks without them keep their hashes).
    concept(id: id).map { ContentHash.sha256Hex(of: $0.canonicalText + uncodedSectionsText) }
  }

  /// SHA-256 (hex) of what decides where one concept is suggested: its indicators and exclusions, the
  /// codebook's language and uncoded sections — not its label, definition, guidance or example. Automatic
  /// coding re-matches a concept when this changes, and offers a rejected suggestion again only then: a
  /// reworded definition changes neither.
  ///
  /// ```swift
  /// codebook.matchingHash(ofConcept: "innoveren")   // "3b9e…", the same after editing the definition
  /// ```
  public func matchingHash(ofConcept id: String) -> String? {
    concept(id: id).map {
      ContentHash.sha256Hex(of: "matching\u{1E}\(language.rawValue)\u{1E}" + $0.matchingText + uncodedSectionsText)
    }
  }

  /// SHA-256 (hex) of what decides where one indicator of a concept suggests it: the indicator (with its
  /// own exclusions and conditions), the concept's exclusions, the codebook's language and uncoded
  /// sections. A suggestion stores the hash of the indicator that made it, and a rejected suggestion is
  /// offered again only when that hash changes: adding a term to a concept re-opens no decision on its
  /// other terms' suggestions. Nil for an unknown concept or index.
  ///
  /// ```swift
  /// codebook.indicatorHash(ofConcept: "innoveren", indicator: 0)   // "5c1d…"
  /// ```
  public func indicatorHash(ofConcept id: String, indicator index: Int) -> String? {
    guard let concept = concept(id: id), concept.indicators.indices.contains(index) else { return nil }
    let exclusions = concept.exclusions.map { "x:" + $0.canonicalText }.joined(separator: "\u{1F}")
    return ContentHash.sha256Hex(
      of: "indicator\u{1E}\(language.rawValue)\u{1E}\(id)\u{1E}" + concept.indicators[index].canonicalText + "\u{1E}"
        + exclusions + uncodedSectionsText)
  }

  /// A stable text rendering of the content that hashes are taken of.
  var canonicalText: String {
    var lines = ["codebook", name, version, language.rawValue, author ?? "", description ?? ""]
    for dimension in dimensions {
      lines.append("dimension\u{1F}\(dimension.id)\u{1F}\(dimension.label)\u{1F}\(dimension.description ?? "")")
    }
    for concept in concepts { lines.append(concept.canonicalText) }
    return lines.joined(separator: "\u{1E}") + uncodedSectionsText
  }

  /// The uncoded-section patterns as hashed ("" when there are none).
  var uncodedSectionsText: String {
    uncodedSections.isEmpty ? "" : "\u{1E}uncoded:" + uncodedSections.map(\.canonicalText).joined(separator: "\u{1F}")
  }
}

/// An independent code group: a segment can be coded on every dimension at once
/// (a theme, a level, a placemat cell, a sensitizing concept).
///
/// ```swift
/// let levels = codebook.dimensions.first { $0.id == "niveau" }
/// ```
public struct Dimension: Sendable, Hashable, Codable {
  /// Identifier, unique in the codebook ("thema", "niveau").
  public var id: String
  /// Display label ("Thema", "Niveau").
  public var label: String
  /// What the dimension groups.
  public var description: String?
  /// Line of the definition in the codebook file (1-based), when read from a file.
  public var line: Int?

  public init(id: String, label: String, description: String? = nil, line: Int? = nil) {
    self.id = id
    self.label = label
    self.description = description
    self.line = line
  }
}
