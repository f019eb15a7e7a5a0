// MARK: - LineClassifier

/// Splits a decoded text into lines ("\n", "\r\n", "\r" and form feeds end a line) and classifies
/// each line on its own: blank, page number, rule, heading (Markdown "#", numbered "2.1 Leren", a
/// line in capitals), list item, table row or text. What depends on neighbouring lines (running
/// headers, short-line headings, tables of tab rows, continuation) is decided later.
enum LineClassifier {
  /// The lines of `bytes` with their kinds.
  static func lines(_ bytes: TextBytes, markdown: Bool) -> [Line] {
    let n = bytes.count
    // Count the line ends first so the table is allocated once.
    var ends = 1
    for i in 0..<n where bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x0C { ends += 1 }
    var lines: [Line] = []
    lines.reserveCapacity(ends)
    var start = 0
    var pageBreak = false
    var i = 0
    while i < n {
      let b = bytes[i]
      if b > 0x0D || b < 0x0A || b == 0x0B {
        i += 1
        continue
      }
      var next = i + 1
      if b == 0x0D, next < n, bytes[next] == 0x0A { next += 1 }
      var line = Line(start: start, end: i, next: next)
      line.pageBreak = pageBreak
      classify(&line, bytes, markdown: markdown)
      lines.append(line)
      pageBreak = b == 0x0C
      start = next
      i = next
    }
    if start < n || pageBreak {
      var line = Line(start: start, end: n, next: n)
      line.pageBreak = pageBreak
      classify(&line, bytes, markdown: markdown)
      lines.append(line)
    }
    if markdown { markFences(&lines, bytes) }
    return lines
  }

  // MARK: - Fenced code blocks

  /// Markdown: marks fenced code blocks. A fence is a line whose content starts with at least three
  /// "`" or "~" (a "`" fence's info string has no "`"); the block ends at the next line that holds
  /// only the same character, at least as many times, or at the end of the text. The fence lines
  /// become `.codeFence` and the lines between `.code`, whatever they looked like on their own.
  static func markFences(_ lines: inout [Line], _ bytes: TextBytes) {
    var i = 0
    while i < lines.count {
      guard let (fence, length) = fenceOpening(lines[i], bytes) else {
        i += 1
        continue
      }
      lines[i].kind = .codeFence
      var k = i + 1
      while k < lines.count, !isFenceClosing(lines[k], bytes, fence: fence, length: length) {
        lines[k].kind = .code
        k += 1
      }
      if k < lines.count { lines[k].kind = .codeFence }
      i = k + 1
    }
  }

  /// The fence character and run length when `line` opens a fenced code block.
  static func fenceOpening(_ line: Line, _ bytes: TextBytes) -> (UInt8, Int)? {
    let cs = line.contentStart
    guard cs < line.contentEnd else { return nil }
    let c = bytes[cs]
    guard c == UInt8(ascii: "`") || c == UInt8(ascii: "~") else { return nil }
    var k = cs
    while k < line.contentEnd, bytes[k] == c { k += 1 }
    guard k - cs >= 3 else { return nil }
    if c == UInt8(ascii: "`"), (k..<line.contentEnd).contains(where: { bytes[$0] == c }) {
      return nil
    }
    return (c, k - cs)
  }

  /// Whether `line` closes a block opened by `length` times `fence`.
  static func isFenceClosing(_ line: Line, _ bytes: TextBytes, fence: UInt8, length: Int) -> Bool {
    let range = line.contentStart..<line.contentEnd
    return range.count >= length && range.allSatisfy { bytes[$0] == fence }
  }

  /// The info string after an opening fence ("swift" in "```swift"), trimmed; empty when none.
  static func fenceInfo(_ line: Line, _ bytes: TextBytes) -> Range<Int> {
    var k = line.contentStart
    let c = bytes[k]
    while k < line.contentEnd, bytes[k] == c { k += 1 }
    return trimmed(bytes, k, line.contentEnd)
  }

  // MARK: - One line

  static func classify(_ line: inout Line, _ bytes: TextBytes, markdown: Bool) {
    // Trim and measure the indentation.
    var cs = line.start
    var indent = 0
    while cs < line.end {
      let n = bytes.blankLength(at: cs)
      if n == 0 { break }
      indent += bytes[cs] == 0x09 ? 4 - indent % 4 : 1
      cs += n
    }
    var ce = line.end
    while ce > cs, bytes.isBlank(before: ce) { ce = bytes.scalarStart(before: ce) }
    line.indent = indent
    line.contentStart = cs
    line.contentEnd = ce
    line.textStart = cs
    line.textEnd = ce
    guard cs < ce else {
      line.kind = .blank
      return
    }
    let content = UnsafeBufferPointer(rebasing: bytes.buffer[cs..<ce])
    let first = bytes[cs]
    if ce - cs <= 24, PageNumber.matches(content) {
      line.kind = .pageNumber
      return
    }
    if let rule = ruleCharacter(content) {
      line.kind = .rule(rule)
      return
    }
    if first == UInt8(ascii: "#"), markdownHeading(&line, bytes) { return }
    if first == UInt8(ascii: "|"), content.dropFirst().contains(UInt8(ascii: "|")) {
      line.kind = isPipeSeparator(content) ? .pipeSeparator : .pipeRow
      return
    }
    if markdown, first == UInt8(ascii: ">") {
      var t = cs + 1
      while t < ce, bytes.blankLength(at: t) > 0 { t += bytes.blankLength(at: t) }
      line.textStart = t
      line.kind = .text
      return
    }
    if numberedHeading(&line, bytes) { return }
    if let marker = ListMarker.match(bytes, start: cs, end: ce) {
      line.kind = .listItem
      line.markerStart = cs
      line.markerEnd = marker.markerEnd
      line.textStart = marker.textStart
      return
    }
    if isCapitals(bytes, cs, ce) {
      line.kind = .heading(.capitals)
      line.level = 1
      return
    }
    if content.contains(0x09), tabCells(bytes, cs, ce).count >= 2 {
      line.kind = .tabRow
      return
    }
    line.kind = .text
  }

  /// "---", "===", "***", "___" (at least three, blanks allowed between).
  static func ruleCharacter(_ content: UnsafeBufferPointer<UInt8>) -> UInt8? {
    guard let c = content.first,
      c == UInt8(ascii: "-") || c == UInt8(ascii: "=") || c == UInt8(ascii: "*")
        || c == UInt8(ascii: "_")
    else { return nil }
    var count = 0
    for b in content {
      if b == c {
        count += 1
      } else if b != 0x20 && b != 0x09 {
        return nil
      }
    }
    return count >= 3 ? c : nil
  }

  /// "# Titel", "## Leren ##".
  static func markdownHeading(_ line: inout Line, _ bytes: TextBytes) -> Bool {
    var k = line.contentStart
    while k < line.contentEnd, bytes[k] == UInt8(ascii: "#") { k += 1 }
    let level = k - line.contentStart
    guard level <= 6, k < line.contentEnd, bytes.blankLength(at: k) > 0 else { return false }
    while k < line.contentEnd, bytes.blankLength(at: k) > 0 { k += bytes.blankLength(at: k) }
    var e = line.contentEnd
    // Optional closing hashes, preceded by a blank.
    var h = e
    while h > k, bytes[h - 1] == UInt8(ascii: "#") { h -= 1 }
    if h < e, h > k, bytes.isBlank(before: h) {
      e = h
      while e > k, bytes.isBlank(before: e) { e = bytes.scalarStart(before: e) }
    }
    guard k < e else { return false }
    line.kind = .heading(.markdown)
    line.level = level
    line.markerStart = line.contentStart
    line.markerEnd = line.contentStart + level
    line.textStart = k
    line.textEnd = e
    return true
  }

  /// "2.1 Leren", "3.2.1. Onderzoek", "4 Innoveren": at most 80 bytes, not ending like a sentence,
  /// the text after the number starting with a capital. "1. Opening" is a list item instead.
  static func numberedHeading(_ line: inout Line, _ bytes: TextBytes) -> Bool {
    let cs = line.contentStart
    let ce = line.contentEnd
    guard ce - cs <= 80, (0x30...0x39).contains(bytes[cs]) else { return false }
    var k = cs
    var components = 0
    var lastWasDot = false
    while k < ce {
      let digitsStart = k
      while k < ce, (0x30...0x39).contains(bytes[k]) { k += 1 }
      guard k > digitsStart, k - digitsStart <= 2 else { return false }
      components += 1
      lastWasDot = false
      if k < ce, bytes[k] == UInt8(ascii: ".") {
        k += 1
        lastWasDot = true
        if k < ce, (0x30...0x39).contains(bytes[k]) { continue }
      }
      break
    }
    // "1. Opening" (one component with a dot) is a list item.
    if components == 1 && lastWasDot { return false }
    guard k < ce, bytes.blankLength(at: k) > 0 else { return false }
    var t = k
    while t < ce, bytes.blankLength(at: t) > 0 { t += bytes.blankLength(at: t) }
    guard t < ce, bytes.scalar(at: t).scalar.isUpperLetter else { return false }
    let last = bytes[ce - 1]
    if last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
      || last == UInt8(ascii: ":")
    {
      return false
    }
    line.kind = .heading(.numbered)
    line.level = components
    return true
  }

  /// A line in capitals: at least three letters, none lower case, at most 80 bytes and 12 words.
  static func isCapitals(_ bytes: TextBytes, _ cs: Int, _ ce: Int) -> Bool {
    guard ce - cs <= 80 else { return false }
    var letters = 0
    var words = 1
    var i = cs
    while i < ce {
      let b = bytes[i]
      if b < 0x80 {
        if b >= 0x61 && b <= 0x7A { return false }
        if b >= 0x41 && b <= 0x5A { letters += 1 }
        if b == 0x20 { words += 1 }
        i += 1
      } else {
        let (scalar, length) = bytes.scalar(at: i)
        if scalar.properties.isLowercase { return false }
        if scalar.properties.isUppercase { letters += 1 }
        i += length
      }
    }
    return letters >= 3 && words <= 12
  }

  /// "|---|:--:|" under a header row.
  static func isPipeSeparator(_ content: UnsafeBufferPointer<UInt8>) -> Bool {
    var dashes = 0
    for b in content {
      switch b {
      case UInt8(ascii: "-"): dashes += 1
      case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09: break
      default: return false
      }
    }
    return dashes >= 1
  }

  // MARK: - Cells

  /// Cells of a tab-separated row: ranges between runs of tabs, trimmed of spaces.
  static func tabCells(_ bytes: TextBytes, _ cs: Int, _ ce: Int) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var s = cs
    var i = cs
    while i <= ce {
      if i == ce || bytes[i] == 0x09 {
        cells.append(trimmed(bytes, s, i))
        while i < ce, bytes[i] == 0x09 { i += 1 }
        if i == ce { break }
        s = i
        continue
      }
      i += 1
    }
    return cells
  }

  /// Cells of a pipe row: ranges between unescaped "|", trimmed; the empty stretches before the
  /// first and after the last pipe are not cells.
  static func pipeCells(_ bytes: TextBytes, _ cs: Int, _ ce: Int) -> [Range<Int>] {
    var cells: [Range<Int>] = []
    var s = cs
    var i = cs
    while i < ce {
      let b = bytes[i]
      if b == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if b == UInt8(ascii: "|") {
        if i > cs { cells.append(trimmed(bytes, s, i)) }
        s = i + 1
      }
      i += 1
    }
    if s < ce { cells.append(trimmed(bytes, s, ce)) }
    return cells
  }

  static func trimmed(_ bytes: TextBytes, _ s: Int, _ e: Int) -> Range<Int> {
    var a = s
    var b = e
    while a < b, bytes.blankLength(at: a) > 0 { a += bytes.blankLength(at: a) }
    while b > a, bytes.isBlank(before: b) { b = bytes.scalarStart(before: b) }
    return a..<b
  }
}
