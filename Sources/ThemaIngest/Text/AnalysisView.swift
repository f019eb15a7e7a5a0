// MARK: - AnalysisView

/// The analysis text of a whole document: its segments' texts joined by a separator, with one map
/// back to the original. Each separator stands for the original stretch between two segments (line
/// breaks, and whatever the view left out there: page numbers, running headers, list markers).
///
/// Meant for documents whose segments all refer to the same original (`part == nil`), such as plain
/// text and Markdown.
///
/// ```swift
/// let document = try PlainTextReader().read(data, name: "verslag.txt")
/// let view = AnalysisView(segments: document.segments)
/// view.map.originalRange(ofView: 0..<5)   // where the first five scalars came from
/// ```
public struct AnalysisView: Sendable, Hashable {
  /// The analysis text.
  public var text: String
  /// Each scalar of `text` → range of original scalars.
  public var map: OffsetMap
  /// The scalar range of each segment's text inside `text`, in segment order.
  public var segmentRanges: [Range<Int>]

  /// Joins `segments` with `separator` (blank line by default).
  public init(segments: [Segment], separator: String = "\n\n") {
    var text = ""
    var runs: [OffsetMap.Run] = []
    var ranges: [Range<Int>] = []
    var offset = 0
    let separatorLength = separator.unicodeScalars.count
    var previousEnd: Int?
    for segment in segments {
      if let previousEnd, separatorLength > 0 {
        text += separator
        runs.append(
          OffsetMap.Run(
            viewStart: offset, originalStart: previousEnd, viewLength: separatorLength,
            originalLength: max(0, segment.start - previousEnd)))
        offset += separatorLength
      }
      text += segment.text
      for run in segment.map.runs {
        var shifted = run
        shifted.viewStart += offset
        runs.append(shifted)
      }
      let length = segment.map.viewLength
      ranges.append(offset..<(offset + length))
      offset += length
      previousEnd = segment.end
    }
    self.text = text
    self.map = OffsetMap(runs: runs)
    self.segmentRanges = ranges
  }
}
