import Foundation

/// Reads one original file into segments.
///
/// ```swift
/// let doc = try PlainTextReader().read(data, name: "verslag.txt")
/// ```
public protocol DocumentReader: Sendable {
  /// Reads `data`, the exact bytes of the original named `name` (used in errors).
  func read(_ data: Data, name: String) throws -> IngestedDocument

  /// Reads `data` as ``read(_:name:)`` does, but hands the segments to `consume` one by one, in document
  /// order, and returns the document without them (format, encoding, speakers, warnings). A reader that
  /// streams (``DocxReader``) keeps no segment it has handed over, so a caller that stores them as they
  /// come never holds the whole document; the default reads whole, then hands them over. Errors thrown by
  /// `consume` stop the reading and are rethrown.
  ///
  /// ```swift
  /// let document = try DocxReader().read(data, name: "verslag.docx") { segment in try store(segment) }
  /// print(document.warnings)
  /// ```
  func read(_ data: Data, name: String, segments consume: (Segment) throws -> Void) throws -> IngestedDocument
}

extension DocumentReader {
  public func read(_ data: Data, name: String, segments consume: (Segment) throws -> Void) throws -> IngestedDocument {
    var document = try read(data, name: name)
    let segments = document.segments
    document.segments = []
    for segment in segments { try consume(segment) }
    return document
  }
}
