import Foundation

// MARK: - MarkdownReader

/// Reads Markdown minutes: headings ("#", underlined), nested lists, pipe tables, block quotes;
/// emphasis markers are left out of the analysis text but mapped back to the original.
///
/// ```swift
/// let document = try MarkdownReader().read(data, name: "overleg.md")
/// document.segments.map(\.headingPath)
/// ```
public struct MarkdownReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    let decoded = try TextDecoder.decode(data, name: name)
    let result = TextSegmenter(syntax: .markdown).segment(decoded, name: name)
    return IngestedDocument(
      format: .markdown, encoding: decoded.encoding, segments: result.segments,
      warnings: decoded.warnings + result.warnings)
  }
}
