import Foundation

// MARK: - PlainTextReader

/// Reads plain-text minutes (including PDF-to-text and Word "save as text" exports): decodes the
/// bytes (`TextDecoder`) and segments the repaired view (`TextSegmenter`).
///
/// ```swift
/// let document = try PlainTextReader().read(data, name: "verslag.txt")
/// document.encoding          // .windows1252
/// document.segments[0].kind  // .heading
/// ```
public struct PlainTextReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    let decoded = try TextDecoder.decode(data, name: name)
    let result = TextSegmenter(syntax: .plain).segment(decoded, name: name)
    return IngestedDocument(
      format: .text, encoding: decoded.encoding, segments: result.segments,
      warnings: decoded.warnings + result.warnings)
  }
}
