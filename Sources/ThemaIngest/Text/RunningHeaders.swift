// MARK: - RunningHeaders

/// Finds running headers and footers: lines that recur at the top or bottom of many pages.
///
/// Pages end at form feeds; a text without form feeds is cut into pages after each page-number line.
/// The first two and last two lines of each page with content are candidates; digits are ignored
/// when comparing ("Verslag 12 maart – 3" matches "Verslag 12 maart – 4"). A candidate that recurs on
/// at least three pages, and on at least a third of all pages, is a running header or footer there.
/// Elsewhere the same words stay text.
enum RunningHeaders {
  /// Marks running header and footer lines as `.runningHeader`; returns the distinct lines found.
  static func mark(_ lines: inout [Line], _ bytes: TextBytes) -> [String] {
    let pages = pageRanges(lines)
    guard pages.count >= 3 else { return [] }
    var candidatesPerPage: [[Int]] = []
    var pagesByKey: [UInt64: Set<Int>] = [:]
    for (pageNumber, page) in pages.enumerated() {
      let content = page.filter { isCandidate(lines[$0]) }
      var candidates = Array(content.prefix(2))
      for index in content.suffix(2) where !candidates.contains(index) { candidates.append(index) }
      candidatesPerPage.append(candidates)
      for index in candidates {
        pagesByKey[key(lines[index], bytes), default: []].insert(pageNumber)
      }
    }
    let threshold = max(3, (pages.count + 2) / 3)
    let running = Set(pagesByKey.filter { $0.value.count >= threshold }.keys)
    guard !running.isEmpty else { return [] }
    var found: [String] = []
    var seen: Set<UInt64> = []
    for candidates in candidatesPerPage {
      for index in candidates {
        let k = key(lines[index], bytes)
        guard running.contains(k) else { continue }
        lines[index].kind = .runningHeader
        if seen.insert(k).inserted {
          found.append(bytes.string(lines[index].contentStart..<lines[index].contentEnd))
        }
      }
    }
    return found
  }

  static func isCandidate(_ line: Line) -> Bool {
    switch line.kind {
    case .blank, .pageNumber, .rule, .codeFence, .code: false
    default: line.length <= 120
    }
  }

  /// A 64-bit FNV-1a hash of the line's content with every digit read as "#" (collisions between
  /// two different header lines are negligible at 64 bits; hashing beats keeping byte arrays).
  static func key(_ line: Line, _ bytes: TextBytes) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for i in line.contentStart..<line.contentEnd {
      let b = bytes[i]
      hash = (hash ^ UInt64((0x30...0x39).contains(b) ? UInt8(ascii: "#") : b)) &* 0x100_0000_01B3
    }
    return hash
  }

  /// Line indices per page.
  static func pageRanges(_ lines: [Line]) -> [[Int]] {
    let formFeeds = lines.contains { $0.pageBreak }
    var pages: [[Int]] = [[]]
    for (index, line) in lines.enumerated() {
      if formFeeds, line.pageBreak, !(pages.last?.isEmpty ?? true) { pages.append([]) }
      pages[pages.count - 1].append(index)
      if !formFeeds, line.kind == .pageNumber { pages.append([]) }
    }
    if pages.last?.isEmpty == true { pages.removeLast() }
    return pages
  }
}
