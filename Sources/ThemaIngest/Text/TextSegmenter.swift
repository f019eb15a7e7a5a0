// MARK: - TextSegmenter

/// Builds the analysis view of a decoded plain-text or Markdown original and cuts it into segments.
///
/// The view repairs what PDF-to-text and Word exports leave behind, and every scalar of a segment's
/// `text` maps back to the original through `Segment.map`:
/// - line-break hyphenation is joined, real hyphens stay (the rule is in `Hyphenation`);
/// - lines broken inside a sentence are rejoined into one paragraph; blank lines and headings
///   separate paragraphs;
/// - page numbers, form feeds and running headers/footers are left out (see `PageNumber`,
///   `RunningHeaders`); a paragraph that runs on over a page break is joined across it;
/// - list markers are recognised (`ListMarker`) and kept in `Segment.marker`, not in the text;
///   deeper indentation makes a nested item (`listLevel`);
/// - Markdown emphasis markers are left out of the view (`MarkdownEmphasis`);
/// - a fenced Markdown code block is one `.code` segment, its content verbatim: none of the repairs
///   above apply inside it.
///
/// Headings: Markdown "#" and underlined headings, numbered headings ("2.1 Leren"), lines in
/// capitals, and (plain text only) a short line that starts a block and is followed by a longer
/// paragraph line. Every segment carries the path of headings above it.
///
/// ```swift
/// let decoded = try TextDecoder.decode(data, name: "verslag.txt")
/// let result = TextSegmenter(syntax: .plain).segment(decoded, name: "verslag.txt")
/// result.segments.first?.headingPath   // ["VERSLAG MLI-OVERLEG"]
/// ```
public struct TextSegmenter: Sendable {
  /// Which line syntax the original uses.
  public enum Syntax: Sendable {
    /// Plain text, possibly exported from PDF or Word.
    case plain
    /// Markdown (CommonMark subset: headings, lists, pipe tables, emphasis, block quotes, fenced
    /// code blocks).
    case markdown
  }

  /// Segments and warnings of one document.
  public struct Result: Sendable {
    /// The segments in document order.
    public var segments: [Segment]
    /// What the view left out or could not interpret (page numbers, running headers, stray markers).
    public var warnings: [String]
  }

  /// The line syntax this segmenter reads.
  public var syntax: Syntax

  /// A segmenter for `syntax`.
  public init(syntax: Syntax) { self.syntax = syntax }

  /// Segments the decoded original `decoded` of the file `name` (used in warnings).
  public func segment(_ decoded: DecodedText, name: String) -> Result {
    decoded.utf8.withUnsafeBufferPointer { buffer in
      var pass = SegmentingPass(
        bytes: TextBytes(buffer: buffer), decoded: decoded, markdown: syntax == .markdown,
        name: name)
      pass.run()
      return Result(segments: pass.segments, warnings: pass.warnings)
    }
  }
}
