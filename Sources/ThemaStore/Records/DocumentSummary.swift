import Foundation
import ThemaIngest

/// A document as the project lists it: its current version with attributes and counts.
public struct DocumentSummary: Sendable, Codable, Hashable {
  /// The document's id in the project.
  public var id: Int64
  /// The document's name (its path relative to the folder it was added from).
  public var name: String
  /// The document's attributes (programme, type, version, …).
  public var attributes: [String: String]
  /// The current (newest) version's number, 1 for a document added once.
  public var version: Int
  /// How many versions the project keeps.
  public var versionCount: Int
  /// The id of the current version.
  public var versionId: Int64
  /// The format the current version was read as.
  public var format: DocumentFormat
  /// The encoding of the current version, for text originals.
  public var encoding: TextEncoding?
  /// SHA-256 of the current version's original bytes, lower-case hex.
  public var sha256: String
  /// Size of the original in bytes.
  public var byteCount: Int
  /// Number of segments of the current version.
  public var segmentCount: Int
  /// The path the current version was imported from.
  public var sourcePath: String
  /// When the current version was imported.
  public var importedAt: Date
  /// What the reader repaired or could not interpret in the current version.
  public var warnings: [String]
}

/// A segment as stored in the project: the ingested segment with its ids.
public struct StoredSegment: Sendable, Hashable {
  /// The segment's id in the project.
  public var id: Int64
  /// The document and version it belongs to.
  public var documentId: Int64
  public var versionId: Int64
  /// Its position in the document (0-based).
  public var ordinal: Int
  /// The segment itself: kind, heading path, text, offsets, map.
  public var segment: Segment
}
