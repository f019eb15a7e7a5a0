import Foundation

/// Everything an analysis reads, loaded once from a project: the current version of every document with
/// its attributes, the segments with their attributes and word counts, the codings that count (see
/// `CodingScope`) and the concept tree of the codebook used.
///
/// Plain values, safe to share between threads; analyses (`ConceptMatrix`, `Distinctiveness`,
/// `VersionDiff`, `Cooccurrence`, `QuoteQuery`, `PlacematGrid`) are functions of it.
///
/// ```swift
/// let data = try AnalysisData.load(from: project, codebook: "mli-thema", scope: .automatic)
/// let matrix = try ConceptMatrix(data: data, by: ["programme"], depth: 2)
/// ```
public struct AnalysisData: Sendable {
  /// The codebook the concepts and codings come from.
  public var codebook: CodebookInfo
  /// Its concepts.
  public var concepts: ConceptTree
  /// Which codings count, and why.
  public var scope: ResolvedScope
  /// Current versions of all documents, in id order.
  public var documents: [AnalysisDocument]
  /// Segments of those versions, in document and segment order.
  public var segments: [AnalysisSegment]
  /// Codings that count, ordered by segment and start; `AnalysisSegment.codings` indexes into it.
  public var codings: [AnalysisCoding]
  /// SHA-256 (hex) over the originals: over the lines `name<TAB>sha256-of-original\n` of every current
  /// version in name order, so it changes whenever any original or document name changes.
  public var projectHash: String
  /// Things the researcher should know (codings naming unknown concepts, tree problems).
  public var warnings: [String]

  public init(
    codebook: CodebookInfo, concepts: ConceptTree, scope: ResolvedScope,
    documents: [AnalysisDocument], segments: [AnalysisSegment], codings: [AnalysisCoding],
    projectHash: String, warnings: [String]
  ) {
    self.codebook = codebook
    self.concepts = concepts
    self.scope = scope
    self.documents = documents
    self.segments = segments
    self.codings = codings
    self.projectHash = projectHash
    self.warnings = warnings
  }
}

/// A codebook as recorded in table `codebook`.
public struct CodebookInfo: Sendable, Codable, Hashable {
  public var id: Int64
  public var name: String
  public var version: String
  public var language: String
  /// SHA-256 of the codebook file as applied.
  public var sha256: String
  public var sourcePath: String

  public init(
    id: Int64, name: String, version: String, language: String, sha256: String, sourcePath: String
  ) {
    self.id = id
    self.name = name
    self.version = version
    self.language = language
    self.sha256 = sha256
    self.sourcePath = sourcePath
  }
}

/// The current version of one document.
public struct AnalysisDocument: Sendable, Codable, Hashable {
  public var id: Int64
  public var name: String
  public var attributes: [String: String]
  /// The version number (1 for a document added once).
  public var version: Int
  /// SHA-256 of the original bytes.
  public var sha256: String
  /// Words in all its segments (see `WordCounter`).
  public var wordCount: Int
  /// Range of its segments in `AnalysisData.segments`.
  public var segments: Range<Int>

  public init(
    id: Int64, name: String, attributes: [String: String], version: Int, sha256: String,
    wordCount: Int, segments: Range<Int>
  ) {
    self.id = id
    self.name = name
    self.attributes = attributes
    self.version = version
    self.sha256 = sha256
    self.wordCount = wordCount
    self.segments = segments
  }
}

/// One segment of a current version.
public struct AnalysisSegment: Sendable, Hashable {
  public var id: Int64
  /// Index of its document in `AnalysisData.documents`.
  public var document: Int
  /// Position in the document (0-based).
  public var ordinal: Int
  /// paragraph, list-item, heading, table-row, turn, code.
  public var kind: String
  /// The headings above it, outermost first.
  public var headingPath: [String]
  /// The analysis text; coding offsets are Unicode scalars of it.
  public var text: String
  /// The segment's range in the decoded original (Unicode scalars).
  public var start: Int
  public var end: Int
  /// Segment-level attributes (placemat dimension/context, …) plus `speaker` for a turn.
  public var attributes: [String: String]
  /// Words in `text`.
  public var wordCount: Int
  /// Range of its codings in `AnalysisData.codings`.
  public var codings: Range<Int>

  public init(
    id: Int64, document: Int, ordinal: Int, kind: String, headingPath: [String], text: String,
    start: Int, end: Int, attributes: [String: String], wordCount: Int, codings: Range<Int>
  ) {
    self.id = id
    self.document = document
    self.ordinal = ordinal
    self.kind = kind
    self.headingPath = headingPath
    self.text = text
    self.start = start
    self.end = end
    self.attributes = attributes
    self.wordCount = wordCount
    self.codings = codings
  }
}

/// One coding that counts.
public struct AnalysisCoding: Sendable, Hashable {
  public var id: Int64
  /// Index of its segment in `AnalysisData.segments`.
  public var segment: Int
  /// Index of its concept in `AnalysisData.concepts.nodes`.
  public var concept: Int
  /// The span in the segment's analysis text (Unicode scalars).
  public var start: Int
  public var end: Int
  /// The same span in the decoded original (Unicode scalars).
  public var originalStart: Int
  public var originalEnd: Int
  /// The word form the matcher found ("onderwijsinnovaties"), nil for a manual code.
  public var matchedForm: String?
  /// `accepted` or `suggested`.
  public var status: String
  /// `auto` or `manual`.
  public var origin: String

  public init(
    id: Int64, segment: Int, concept: Int, start: Int, end: Int, originalStart: Int,
    originalEnd: Int, matchedForm: String?, status: String, origin: String
  ) {
    self.id = id
    self.segment = segment
    self.concept = concept
    self.start = start
    self.end = end
    self.originalStart = originalStart
    self.originalEnd = originalEnd
    self.matchedForm = matchedForm
    self.status = status
    self.origin = origin
  }
}
