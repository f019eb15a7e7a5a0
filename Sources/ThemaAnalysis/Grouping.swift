import Foundation

/// Puts segments into groups by the values of one or more attributes (`--by programme,version`).
///
/// A combination's label joins the values with " · ". Segments that lack one of the attributes (or fail
/// the filter) belong to no group; how many is reported, never silently dropped.
///
/// ```swift
/// let grouping = try Grouping(data, by: ["programme"])
/// grouping.labels          // ["Begeleidingskunde", "Fontys", …]
/// grouping.group[17]       // 3, or nil
/// ```
public struct Grouping: Sendable {
  /// The attribute names.
  public var keys: [String]
  /// Group labels, in natural sort order.
  public var labels: [String]
  /// For every segment of the data, its group index (nil: not in any group).
  public var group: [Int?]
  /// Segments per group.
  public var segmentCounts: [Int]
  /// Words per group.
  public var wordCounts: [Int]
  /// Documents per group.
  public var documentCounts: [Int]
  /// Segments that passed the filter but lack a value for one of the keys (with `unassigned`, they are
  /// the last group).
  public var ungroupedSegments: Int
  /// The index of the group of segments without a value, when one was asked for (`unassigned`).
  public var unassignedGroup: Int?
  /// Segments left out by the filter.
  public var filteredOutSegments: Int

  /// The separator between the values of a combination.
  public static let separator = " · "

  /// Groups the segments that pass `filter`. With `unassigned` (a label such as "(no programme)"), the
  /// segments without a value make one more group, after the others, instead of being left out.
  public init(
    _ data: AnalysisData, by keys: [String], filter: SegmentFilter = SegmentFilter(), unassigned: String? = nil
  ) throws {
    guard !keys.isEmpty else { throw AnalysisError.noGrouping }
    self.keys = keys
    var labelOf: [Int?] = Array(repeating: nil, count: data.segments.count)
    var rawLabels: [String] = []
    var labelIndex: [String: Int] = [:]
    var ungrouped = 0
    var filtered = 0
    for index in data.segments.indices {
      if !filter.isEmpty && !filter.matches(data, segment: index) {
        filtered += 1
        continue
      }
      var parts: [String] = []
      for key in keys {
        guard let value = data.value(key, segment: index) else { break }
        parts.append(value)
      }
      guard parts.count == keys.count else {
        ungrouped += 1
        continue
      }
      let label = parts.joined(separator: Self.separator)
      if let existing = labelIndex[label] {
        labelOf[index] = existing
      } else {
        labelIndex[label] = rawLabels.count
        labelOf[index] = rawLabels.count
        rawLabels.append(label)
      }
    }
    let order = rawLabels.indices.sorted {
      rawLabels[$0].localizedStandardCompare(rawLabels[$1]) == .orderedAscending
    }
    var rank = Array(repeating: 0, count: rawLabels.count)
    for (position, raw) in order.enumerated() { rank[raw] = position }
    labels = order.map { rawLabels[$0] }
    group = labelOf.map { $0.map { rank[$0] } }
    if let unassigned, ungrouped > 0 {
      // Filtered-out segments stay out; the ones that only lack a value join the extra group.
      let extra = labels.count
      labels.append(unassigned)
      for index in data.segments.indices where group[index] == nil {
        if filter.isEmpty || filter.matches(data, segment: index) { group[index] = extra }
      }
      unassignedGroup = extra
    }
    segmentCounts = Array(repeating: 0, count: labels.count)
    wordCounts = Array(repeating: 0, count: labels.count)
    documentCounts = Array(repeating: 0, count: labels.count)
    var lastDocument = Array(repeating: -1, count: labels.count)
    for (index, g) in group.enumerated() {
      guard let g else { continue }
      segmentCounts[g] += 1
      wordCounts[g] += data.segments[index].wordCount
      let document = data.segments[index].document
      if lastDocument[g] != document {
        lastDocument[g] = document
        documentCounts[g] += 1
      }
    }
    ungroupedSegments = ungrouped
    filteredOutSegments = filtered
  }

  /// Index of a group label, matching case-insensitively when no exact label fits.
  public func index(of label: String) -> Int? {
    labels.firstIndex(of: label) ?? labels.firstIndex { $0.lowercased() == label.lowercased() }
  }
}
