/// Maps every Unicode scalar of an analysis text back to the range of the decoded original it came from.
///
/// The analysis text is a *view*: it joins hyphenated line breaks, rejoins broken lines, drops page
/// numbers and bullet glyphs. Each scalar of the view either copies one scalar of the original
/// (a verbatim run) or replaces a stretch of it (a line break that became a space).
///
/// ```swift
/// var map = OffsetMap()
/// map.appendVerbatim(originalStart: 10, length: 5)   // "onder" from original 10..<15
/// map.appendVerbatim(originalStart: 17, length: 4)   // "wijs" after "-\n"
/// map.originalRange(ofView: 3..<7)                   // 13..<19
/// ```
public struct OffsetMap: Sendable, Hashable, Codable {
  /// A stretch of the view that maps to one stretch of the original.
  public struct Run: Sendable, Hashable, Codable {
    /// Offset of the run's first scalar in the view.
    public var viewStart: Int
    /// Offset of the run's first scalar in the original (Unicode scalars of the decoded original).
    public var originalStart: Int
    /// Scalars of the view in this run.
    public var viewLength: Int
    /// Scalars of the original this run stands for. Equal to `viewLength` for a verbatim run; for a
    /// replacement run (e.g. one space for "\r\n") the whole original stretch maps to every view scalar.
    public var originalLength: Int

    public init(viewStart: Int, originalStart: Int, viewLength: Int, originalLength: Int) {
      self.viewStart = viewStart
      self.originalStart = originalStart
      self.viewLength = viewLength
      self.originalLength = originalLength
    }

    /// Whether each view scalar maps to exactly one original scalar.
    public var isVerbatim: Bool { viewLength == originalLength }
  }

  /// The runs in view order; they cover the view without gaps.
  public private(set) var runs: [Run] = []

  public init() {}

  public init(runs: [Run]) { self.runs = runs }

  /// Length of the view covered so far.
  public var viewLength: Int { runs.last.map { $0.viewStart + $0.viewLength } ?? 0 }

  /// Appends `length` view scalars copied one to one from the original starting at `originalStart`.
  /// Adjacent verbatim runs are merged.
  public mutating func appendVerbatim(originalStart: Int, length: Int) {
    guard length > 0 else { return }
    if var last = runs.last, last.isVerbatim,
      last.originalStart + last.originalLength == originalStart
    {
      last.viewLength += length
      last.originalLength += length
      runs[runs.count - 1] = last
    } else {
      runs.append(
        Run(
          viewStart: viewLength, originalStart: originalStart, viewLength: length,
          originalLength: length))
    }
  }

  /// Appends `viewLength` view scalars that stand for the original range `original` (e.g. one space
  /// replacing a line break, or an ellipsis for an elided stretch).
  public mutating func appendReplacement(viewLength count: Int, original: Range<Int>) {
    guard count > 0 else { return }
    runs.append(
      Run(
        viewStart: viewLength, originalStart: original.lowerBound, viewLength: count,
        originalLength: original.count))
  }

  /// The original range that one view scalar came from.
  public func originalRange(ofViewOffset offset: Int) -> Range<Int> {
    precondition(offset >= 0 && offset < viewLength, "view offset \(offset) outside 0..<\(viewLength)")
    let run = runs[runIndex(containing: offset)]
    if run.isVerbatim {
      let o = run.originalStart + (offset - run.viewStart)
      return o..<(o + 1)
    }
    return run.originalStart..<(run.originalStart + run.originalLength)
  }

  /// The smallest original range covering every scalar of the view range. An empty view range maps
  /// to an empty original range at the position of the scalar it precedes.
  public func originalRange(ofView range: Range<Int>) -> Range<Int> {
    if range.isEmpty {
      if range.lowerBound < viewLength {
        let start = originalRange(ofViewOffset: range.lowerBound).lowerBound
        return start..<start
      }
      let end = runs.last.map { $0.originalStart + $0.originalLength } ?? 0
      return end..<end
    }
    let first = originalRange(ofViewOffset: range.lowerBound)
    let last = originalRange(ofViewOffset: range.upperBound - 1)
    return first.lowerBound..<max(first.upperBound, last.upperBound)
  }

  /// Shifts every view offset so that the map starts at view offset 0 from `viewRange`, keeping only
  /// the runs inside it: the map of a slice of the view (e.g. one segment of a document's view).
  public func slice(_ viewRange: Range<Int>) -> OffsetMap {
    guard !viewRange.isEmpty else { return OffsetMap() }
    var result = OffsetMap()
    var index = runIndex(containing: viewRange.lowerBound)
    while index < runs.count, runs[index].viewStart < viewRange.upperBound {
      let run = runs[index]
      let lo = max(run.viewStart, viewRange.lowerBound)
      let hi = min(run.viewStart + run.viewLength, viewRange.upperBound)
      if run.isVerbatim {
        result.appendVerbatim(originalStart: run.originalStart + (lo - run.viewStart), length: hi - lo)
      } else {
        result.appendReplacement(
          viewLength: hi - lo, original: run.originalStart..<(run.originalStart + run.originalLength))
      }
      index += 1
    }
    return result
  }

  private func runIndex(containing offset: Int) -> Int {
    var lo = 0
    var hi = runs.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if runs[mid].viewStart <= offset { lo = mid } else { hi = mid - 1 }
    }
    return lo
  }
}
