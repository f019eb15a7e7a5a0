import Foundation

// MARK: - MarkdownReader

/// Reads Markdown minutes: headings ("#", underlined), nested lists, pipe tables, block quotes;
/// emphasis markers are left out of the analysis text but mapped back to the original. A fenced code
/// block ("```" or "~~~") becomes one segment of kind `.code` whose text is the block's content
/// verbatim (see `Segment.Kind.code`).
///
/// ```swift
/// let document = try MarkdownReader().read(data, name: "overleg.md")
/// document.segments.map(\.headingPath)
/// ```
public struct MarkdownReader: DocumentReader {
  /// A reader; it keeps no state, so one can serve many files and threads.
  public init() {}

  /// Decodes and segments `data`, the exact bytes of the file `name`. Throws
  /// `IngestError.undecodable` only for a UTF-8 byte order mark followed by invalid UTF-8.
  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    let decoded = try TextDecoder.decode(data, name: name)
    let result = TextSegmenter(syntax: .markdown).segment(decoded, name: name)
    return IngestedDocument(
      format: .markdown, encoding: decoded.encoding, segments: result.segments,
      warnings: decoded.warnings + result.warnings)
  }
}
