import Foundation

// MARK: - SegmentingPass

/// One run of `TextSegmenter` over one document. Holds pointers into the decoded bytes, so it lives
/// only inside `TextSegmenter.segment(_:name:)`.
struct SegmentingPass {
  let bytes: TextBytes
  let decoded: DecodedText
  let markdown: Bool
  let name: String
  var lines: [Line] = []
  var cursor: ScalarCursor
  var segments: [Segment] = []
  var warnings: [String] = []

  /// Heading stack: (level, text).
  var headings: [(level: Int, text: String)] = []
  /// The heading texts of `headings`, shared by the segments under them (one array, not one each).
  var headingPath: [String] = []
  /// Level of the last heading found by its form (not a short-line heading).
  var baseLevel = 0
  /// Levels given to headings found by their shape, by their first word (see `shortHeadingLevel`).
  var shortHeadingShapes: [String: Int] = [:]
  var lastShortHeadingLevel: Int?
  /// The first two words of the headings found by their shape since the last heading found by its
  /// form (see `repeatsHeadingShape`).
  var shortHeadingPrefixes: Set<String> = []
  /// 1 when the document opens with a heading in capitals (a title): numbered headings nest below it.
  var numberedOffset: Int?
  /// Indentations of the open list levels.
  var listIndents: [Int] = []
  /// Typical width of a wrapped line and whether the text is wrapped at all.
  var wrapWidth = 80
  var wrapped = true

  // The segment being built.
  var view: [UInt8] = []
  var map = OffsetMap()
  var segmentStartUTF8 = 0
  var segmentStartScalar = 0
  var segmentStartByte = 0

  init(bytes: TextBytes, decoded: DecodedText, markdown: Bool, name: String) {
    self.bytes = bytes
    self.decoded = decoded
    self.markdown = markdown
    self.name = name
    cursor = ScalarCursor(bytes: bytes.buffer, index: decoded.index)
  }

  // MARK: - Driver

  mutating func run() {
    lines = LineClassifier.lines(bytes, markdown: markdown)
    let headers = RunningHeaders.mark(&lines, bytes)
    reportArtefacts(runningHeaders: headers)
    measureLayout()
    promoteNumberedSectionTitles()
    var i = 0
    var afterBreak = true
    while i < lines.count {
      let line = lines[i]
      switch line.kind {
      case .blank, .pageNumber, .runningHeader, .pipeSeparator, .rule, .code:
        afterBreak = true
        i += 1
      case .codeFence:
        i = emitCodeBlock(i)
        listIndents = []
        afterBreak = true
      case .heading(let style):
        var level = line.level
        if numberedOffset == nil { numberedOffset = style == .capitals ? 1 : 0 }
        if style == .numbered { level += numberedOffset ?? 0 }
        emitHeading(i, level: level, explicit: true)
        listIndents = []
        afterBreak = true
        i += 1
      case .listItem:
        i = emitListItem(i)
        // A short line right after a list can title the next block ("Werk – team" after bullets).
        afterBreak = true
      case .pipeRow:
        i = emitPipeTable(i)
        listIndents = []
        afterBreak = true
      case .tabRow, .text:
        if line.kind == .tabRow {
          var j = i
          while j < lines.count, lines[j].kind == .tabRow { j += 1 }
          if j - i >= 2 {
            emitTabTable(i..<j)
            i = j
            listIndents = []
            afterBreak = true
            continue
          }
        }
        listIndents = []
        if i + 1 < lines.count, case .rule(let c) = lines[i + 1].kind,
          c == UInt8(ascii: "=") || c == UInt8(ascii: "-")
        {
          emitHeading(
            i, level: c == UInt8(ascii: "=") ? 1 : 2, explicit: true, end: lines[i + 1].contentEnd)
          i += 2
          afterBreak = true
          continue
        }
        if markdown, afterBreak, isBoldLine(i) {
          emitHeading(i, level: shortHeadingLevel(i), explicit: false)
          i += 1
          afterBreak = true
          continue
        }
        if !markdown, afterBreak, isShortHeading(i) || repeatsHeadingShape(i) {
          emitHeading(i, level: shortHeadingLevel(i), explicit: false)
          i += 1
          afterBreak = true
          continue
        }
        i = emitParagraph(i)
        afterBreak = false
      }
    }
  }

  mutating func reportArtefacts(runningHeaders: [String]) {
    let pageNumbers = lines.filter { $0.kind == .pageNumber }.count
    let headerLines = lines.filter { $0.kind == .runningHeader }.count
    // A form feed inside a fenced code block stays in the block's text.
    let formFeeds = lines.filter { $0.pageBreak && $0.kind != .code }.count
    if pageNumbers > 0 {
      warnings.append(
        "\(name): \(pageNumbers) page-number line(s) left out of the analysis text (kept in the original)"
      )
    }
    if headerLines > 0 {
      let shown = runningHeaders.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ")
      warnings.append(
        "\(name): \(headerLines) running header/footer line(s) left out of the analysis text "
          + "(kept in the original): \(shown)\(runningHeaders.count > 3 ? ", …" : "")")
    }
    if formFeeds > 0 {
      warnings.append(
        "\(name): \(formFeeds) form feed(s) (page breaks) left out of the analysis text; paragraphs run on across them"
      )
    }
  }

  /// Estimates the wrap width from the lengths of text lines (a histogram, no sorting).
  mutating func measureLayout() {
    var histogram = [Int](repeating: 0, count: 111)
    var total = 0
    var long = 0
    for line in lines where line.kind == .text {
      total += 1
      if line.length > 110 { long += 1 } else { histogram[line.length] += 1 }
    }
    wrapped = long * 10 < total || total == 0
    let short = total - long
    guard short > 0 else { return }
    var seen = 0
    for (length, count) in histogram.enumerated() {
      seen += count
      if seen * 10 >= short * 9 {
        wrapWidth = max(length, 50)
        break
      }
    }
  }

  // MARK: - Headings

  /// A short line that starts a block, does not read like a sentence or a label, and is followed by
  /// a longer paragraph line starting with a capital, or by a list.
  func isShortHeading(_ i: Int) -> Bool {
    let line = lines[i]
    guard let words = titleWords(line) else { return false }
    var k = i + 1
    while k < lines.count, lines[k].kind == .blank { k += 1 }
    guard k < lines.count else { return false }
    // A short title over a list ("Werk – klas" above bullets) is a heading too.
    if lines[k].kind == .listItem { return words <= 6 }
    guard lines[k].kind == .text, lines[k].length > line.length else { return false }
    let next = bytes.scalar(at: lines[k].textStart).scalar
    return next.isUpperLetter || next.isDigitASCII || "\"“'‘".unicodeScalars.contains(next)
  }

  /// The number of words of `line` when it is shaped like a title: at most 60 bytes and 8 words,
  /// clearly shorter than a wrapped line (unless `anyWidth`), starting with a capital or digit,
  /// without a colon and without a sentence end; `nil` otherwise.
  func titleWords(_ line: Line, anyWidth: Bool = false) -> Int? {
    guard line.length <= 60, anyWidth || !wrapped || line.length * 10 < wrapWidth * 7 else {
      return nil
    }
    let first = bytes.scalar(at: line.textStart).scalar
    guard first.isUpperLetter || first.isDigitASCII else { return nil }
    let last = bytes.scalar(before: line.contentEnd)
    if ".,;:!?-–—…\"”’)".unicodeScalars.contains(last) { return nil }
    var words = 1
    for k in line.contentStart..<line.contentEnd {
      if bytes[k] == UInt8(ascii: ":") { return nil }
      if bytes[k] == 0x20 { words += 1 }
    }
    return words <= 8 ? words : nil
  }

  /// A title-shaped line that starts a block and opens with the same two words as an earlier heading
  /// found by its shape since the last heading found by its form: a sibling title. Placemat notes name
  /// their cells this way: after "Omgaan met het werk – klas" (a short title over a list),
  /// "Omgaan met het werk – binnen de organisatie" is a cell label too, although it is too long to be
  /// taken for a title over a list on its own, and also when the cell holds only "(leeg)". The
  /// shared opening counts for more than the width here: such a line may be as long as the text's
  /// lines. A line continued by a lower-case line is not a title.
  func repeatsHeadingShape(_ i: Int) -> Bool {
    let line = lines[i]
    guard !shortHeadingPrefixes.isEmpty, titleWords(line, anyWidth: true) != nil,
      let prefix = leadingWords(line), shortHeadingPrefixes.contains(prefix)
    else { return false }
    if i + 1 < lines.count, lines[i + 1].kind == .text,
      bytes.scalar(at: lines[i + 1].textStart).scalar.isLowerLetter
    {
      return false
    }
    return true
  }

  /// The first two words of a line, lower-cased ("omgaan met"); `nil` for a one-word line.
  func leadingWords(_ line: Line) -> String? {
    var k = line.textStart
    var spaces = 0
    while k < line.textEnd {
      if bytes[k] == 0x20 {
        spaces += 1
        if spaces == 2 { break }
      }
      k += 1
    }
    guard spaces >= 1 else { return nil }
    return bytes.string(line.textStart..<k).lowercased()
  }

  /// Markdown: a line that starts a block and is one bold span ("**Leren**", at most 80 bytes) is
  /// used as a heading, as Word-to-Markdown converters write bold paragraph titles.
  func isBoldLine(_ i: Int) -> Bool {
    let line = lines[i]
    guard line.length >= 5, line.length <= 80 else { return false }
    let s = line.textStart
    let e = line.textEnd
    guard e - s >= 5 else { return false }
    let c = bytes[s]
    guard c == UInt8(ascii: "*") || c == UInt8(ascii: "_"), bytes[s + 1] == c, bytes[e - 1] == c,
      bytes[e - 2] == c, bytes[s + 2] != c, bytes[e - 3] != c
    else { return false }
    // No other bold delimiter inside: one span only.
    for k in (s + 2)..<(e - 3) where bytes[k] == c && bytes[k + 1] == c { return false }
    let delimiters = MarkdownEmphasis.delimiters(bytes, s..<e)
    guard delimiters.first == s..<(s + 2), delimiters.last == (e - 2)..<e else { return false }
    return true
  }

  /// The level of a heading found by its shape (short line, bold line), which has no level of its
  /// own: the level of an earlier such heading that starts with the same word ("Subgroep 1",
  /// "Subgroep 2"); one deeper than a heading right above it ("Subgroep 1" then "Werk – klas");
  /// else the level of the last such heading, or one below the last heading found by its form.
  mutating func shortHeadingLevel(_ i: Int) -> Int {
    let line = lines[i]
    var wordEnd = line.textStart
    while wordEnd < line.textEnd, bytes.blankLength(at: wordEnd) == 0 { wordEnd += 1 }
    let shape = bytes.string(line.textStart..<wordEnd).lowercased().trimmingCharacters(
      in: CharacterSet(charactersIn: "*_"))
    let level: Int
    if let known = shortHeadingShapes[shape] {
      level = known
    } else if segments.last?.kind == .heading, let above = headings.last {
      level = above.level + 1
    } else {
      level = lastShortHeadingLevel ?? baseLevel + 1
    }
    shortHeadingShapes[shape] = level
    lastShortHeadingLevel = level
    return level
  }

  mutating func emitHeading(_ i: Int, level: Int, explicit: Bool, end: Int? = nil) {
    let line = lines[i]
    if explicit {
      baseLevel = level
      shortHeadingShapes = [:]
      shortHeadingPrefixes = []
      lastShortHeadingLevel = nil
    } else if let prefix = leadingWords(line) {
      shortHeadingPrefixes.insert(prefix)
    }
    begin(at: line.contentStart)
    emitInline(line.textStart..<line.textEnd)
    let text = String(decoding: view, as: UTF8.self)
    while let last = headings.last, last.level >= level { headings.removeLast() }
    headings.append((level, text))
    headingPath = headings.map(\.text)
    finish(kind: .heading, end: end ?? line.contentEnd)
  }

  // MARK: - Paragraphs and list items

  mutating func emitParagraph(_ i: Int) -> Int {
    begin(at: lines[i].contentStart)
    let last = emitRunningText(from: i, inList: false, itemIndent: 0)
    finish(kind: .paragraph, end: lines[last].contentEnd)
    return last + 1
  }

  mutating func emitListItem(_ i: Int) -> Int {
    let line = lines[i]
    while let last = listIndents.last, last > line.indent { listIndents.removeLast() }
    if listIndents.last != line.indent { listIndents.append(line.indent) }
    let level = listIndents.count - 1
    let marker = bytes.string(line.markerStart..<line.markerEnd)
    begin(at: line.contentStart)
    let last = emitRunningText(from: i, inList: true, itemIndent: line.indent)
    if view.isEmpty {
      warnings.append("\(name):\(i + 1): a list marker \"\(marker)\" without text")
      view = []
      map = OffsetMap()
      return last + 1
    }
    finish(kind: .listItem, end: lines[last].contentEnd, level: level, marker: marker)
    return last + 1
  }

  /// Emits the text of line `i` and of the lines that continue it; returns the last line used.
  mutating func emitRunningText(from i: Int, inList: Bool, itemIndent: Int) -> Int {
    var current = i
    while true {
      let line = lines[current]
      // Find the next line with content and what lies between.
      var k = current + 1
      var crossesPage = false
      var sawBlank = false
      while k < lines.count {
        if lines[k].pageBreak { crossesPage = true }
        switch lines[k].kind {
        case .blank: sawBlank = true
        case .pageNumber, .runningHeader: crossesPage = true
        default: break
        }
        if lines[k].kind != .blank && lines[k].kind != .pageNumber
          && lines[k].kind != .runningHeader
        {
          break
        }
        k += 1
      }
      let strayMarker = line.textStart == line.textEnd
      guard k < lines.count,
        lines[k].kind == .text || (lines[k].kind == .tabRow && strayMarker),
        strayMarker
          || continues(
            line, lines[k], inList: inList, itemIndent: itemIndent,
            crossesPage: crossesPage, sawBlank: sawBlank)
      else {
        emitInline(line.textStart..<line.textEnd)
        return current
      }
      let next = lines[k]
      let gap = crossesPage ? line.textEnd..<line.next : line.textEnd..<next.contentStart
      switch hyphenDecision(line, next, segmentStart: lines[i].textStart) {
      case .some((.join, let hyphenStart)):
        emitInline(line.textStart..<hyphenStart)
      case .some((.keep, _)):
        emitInline(line.textStart..<line.textEnd)
      case .some((.keepWithSpace, _)), .none:
        emitInline(line.textStart..<line.textEnd)
        if !view.isEmpty { replacement(" ", covering: gap) }
      }
      current = k
    }
  }

  /// Whether line `m` continues the paragraph or item that line `l` belongs to.
  ///
  /// `mutating` although it changes nothing: called from `emitRunningText`, a non-mutating method
  /// made Swift copy the whole pass (retaining every array) per call, about a tenth of the
  /// segmenting time in a profile.
  mutating func continues(
    _ l: Line, _ m: Line, inList: Bool, itemIndent: Int, crossesPage: Bool, sawBlank: Bool
  ) -> Bool {
    if sawBlank && !crossesPage { return false }
    if hyphenAtEnd(l) != nil { return true }
    if markdown { return !crossesPage || !endsSentence(l) }
    let lower = bytes.scalar(at: m.textStart).scalar.isLowerLetter
    if lower { return true }
    if crossesPage { return !endsSentence(l) && isFullLine(l, before: m) }
    if inList && m.indent > itemIndent { return true }
    // An unindented capitalised line after a list item that ended a sentence, or after whose line the
    // next word would still have fitted, is the paragraph after the list, not the item's continuation.
    // (Items are short phrases that often end without punctuation, so the looser `isFullLine` that
    // paragraphs use would join the next sentence to them.)
    if inList && (endsSentence(l) || !wordWouldNotFit(after: l, m)) { return false }
    // A line opening with a one-word label ("Afwezig: Esther", "Kees: …") starts a new line of minutes.
    if startsWithLabel(m) { return false }
    return isFullLine(l, before: m)
  }

  /// Whether `m` opens with a capitalised one-word label and a colon followed by a space.
  func startsWithLabel(_ m: Line) -> Bool {
    var i = m.textStart
    let first = bytes.scalar(at: i)
    guard first.scalar.isUpperLetter else { return false }
    i += first.length
    var letters = 1
    while i < m.textEnd {
      let next = bytes.scalar(at: i)
      if next.scalar == ":" {
        return letters >= 3 && i + 1 < m.textEnd && bytes.scalar(at: i + 1).scalar == " "
      }
      guard next.scalar.isLowerLetter, letters < 20 else { return false }
      letters += 1
      i += next.length
    }
    return false
  }

  /// Whether the break after `l` is where a wrapping program broke the line: `l` is nearly as long
  /// as the wrap width, or the first word of `m` would not have fitted after it.
  func isFullLine(_ l: Line, before m: Line) -> Bool {
    guard wrapped, l.length <= 110 else { return false }
    if l.length * 4 >= wrapWidth * 3 { return true }
    var word = m.textStart
    while word < m.textEnd, bytes.blankLength(at: word) == 0 { word += 1 }
    return l.length + 1 + (word - m.textStart) > wrapWidth
  }

  /// Whether a wrapping program must have broken the line after `l`: the first word of `m` would not
  /// have fitted after it within the wrap width. Stricter than `isFullLine`, which also counts a line
  /// of three quarters of the width as full. Counted in scalars with the indentation, so that a
  /// multi-byte bullet glyph ("\u{F0A7}", "•") or accented letters do not make the line look fuller
  /// than it is.
  func wordWouldNotFit(after l: Line, _ m: Line) -> Bool {
    guard wrapped, l.length <= 110 else { return false }
    var word = m.textStart
    while word < m.textEnd, bytes.blankLength(at: word) == 0 { word += 1 }
    let width = l.indent + bytes.scalarCount(l.contentStart..<l.contentEnd)
    return width + 1 + bytes.scalarCount(m.textStart..<word) > wrapWidth
  }

  func endsSentence(_ l: Line) -> Bool {
    guard l.textEnd > l.textStart else { return false }
    var end = l.textEnd
    var last = bytes.scalar(before: end)
    // Look through closing quotes and brackets.
    while "\"”’')".unicodeScalars.contains(last), end > l.textStart {
      end = bytes.scalarStart(before: end)
      guard end > l.textStart else { return false }
      last = bytes.scalar(before: end)
    }
    return ".!?:…".unicodeScalars.contains(last)
  }

  /// The start of a line-end hyphen that follows a letter (or digit), and whether it is soft.
  func hyphenAtEnd(_ l: Line) -> (start: Int, soft: Bool)? {
    guard l.textEnd > l.textStart else { return nil }
    let start = bytes.scalarStart(before: l.textEnd)
    let scalar = bytes.scalar(at: start).scalar
    let soft: Bool
    switch scalar.value {
    case 0x2D, 0x2010: soft = false
    case 0xAD, 0xAC: soft = true
    default: return nil
    }
    guard start > l.textStart else { return nil }
    let before = bytes.scalar(before: start)
    guard before.isLetterLike || before.isDigitASCII else { return nil }
    return (start, soft)
  }

  /// What to do with a hyphen at the end of `l` when `m` continues it; `nil` without one.
  /// (`mutating` for the reason given at `continues`.)
  mutating func hyphenDecision(_ l: Line, _ m: Line, segmentStart: Int) -> (
    Hyphenation.Decision, Int
  )? {
    guard let (hyphenStart, soft) = hyphenAtEnd(l) else { return nil }
    var wordStart = hyphenStart
    while wordStart > l.textStart {
      let s = bytes.scalar(before: wordStart)
      guard s.isLetterLike || s.isDigitASCII else { break }
      wordStart = bytes.scalarStart(before: wordStart)
    }
    var afterEnd = m.textStart
    while afterEnd < m.textEnd {
      let (s, n) = bytes.scalar(at: afterEnd)
      guard s.isLetterLike || s.isDigitASCII || s == "/" else { break }
      afterEnd += n
    }
    let before = bytes.string(wordStart..<hyphenStart)
    let after = bytes.string(m.textStart..<afterEnd)
    let decision = Hyphenation.decide(
      before: before, after: after,
      startsSentence: startsSentence(at: wordStart, from: segmentStart),
      soft: soft)
    return (decision, hyphenStart)
  }

  /// Whether the word at `position` is the first of a sentence: nothing but blanks and line breaks
  /// before it in the segment, or a sentence end (. ! ? :) before those.
  func startsSentence(at position: Int, from segmentStart: Int) -> Bool {
    var k = position
    while k > segmentStart {
      let b = bytes[k - 1]
      if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
        || b == UInt8(ascii: "\"") || b == UInt8(ascii: "(")
      {
        k -= 1
        continue
      }
      let s = bytes.scalar(before: k)
      if "“‘".unicodeScalars.contains(s) {
        k = bytes.scalarStart(before: k)
        continue
      }
      return ".!?:".unicodeScalars.contains(s)
    }
    return true
  }

  // MARK: - Fenced code blocks

  /// Emits the fenced code block opened at line `i` as one `.code` segment whose text is the
  /// original from the start of its first line to the end of its last line, verbatim (line breaks,
  /// indentation, hyphens and emphasis markers included); the fences are left out. Returns the line
  /// after the closing fence.
  mutating func emitCodeBlock(_ i: Int) -> Int {
    var k = i + 1
    while k < lines.count, lines[k].kind == .code { k += 1 }
    let closed = k < lines.count
    if !closed {
      warnings.append(
        "\(name):\(i + 1): a code fence that is never closed; the rest of the document is read as code")
    }
    let content = (i + 1)..<k
    guard content.contains(where: { lines[$0].contentStart < lines[$0].contentEnd }) else {
      warnings.append("\(name):\(i + 1): an empty fenced code block")
      return closed ? k + 1 : k
    }
    let first = lines[content.lowerBound]
    let last = lines[content.upperBound - 1]
    begin(at: first.start)
    verbatim(first.start..<last.end)
    let info = LineClassifier.fenceInfo(lines[i], bytes)
    finish(
      kind: .code, end: last.end,
      attributes: info.isEmpty ? [:] : [Segment.fenceInfoAttribute: bytes.string(info)])
    return closed ? k + 1 : k
  }

  // MARK: - Tables

  mutating func emitPipeTable(_ i: Int) -> Int {
    var j = i
    while j < lines.count, lines[j].kind == .pipeRow || lines[j].kind == .pipeSeparator { j += 1 }
    let hasHeader = i + 1 < j && lines[i + 1].kind == .pipeSeparator
    var header: [String] = []
    for k in i..<j where lines[k].kind == .pipeRow {
      let cells = LineClassifier.pipeCells(bytes, lines[k].contentStart, lines[k].contentEnd)
      let isHeader = hasHeader && k == i
      let texts = emitRow(
        lines[k], cells: cells, header: isHeader ? nil : (hasHeader ? header : nil))
      if isHeader { header = columnNames(texts) }
    }
    return j
  }

  mutating func emitTabTable(_ range: Range<Int>) {
    var header: [String] = []
    for k in range {
      let cells = LineClassifier.tabCells(bytes, lines[k].contentStart, lines[k].contentEnd)
      let texts = emitRow(lines[k], cells: cells, header: k == range.lowerBound ? nil : header)
      if k == range.lowerBound { header = columnNames(texts) }
    }
  }

  /// Emits one table row; returns the view text of each cell.
  mutating func emitRow(_ line: Line, cells: [Range<Int>], header: [String]?) -> [String] {
    begin(at: line.contentStart)
    var texts: [String] = []
    var previousEnd: Int?
    for cell in cells {
      if let previousEnd { replacement(" | ", covering: previousEnd..<cell.lowerBound) }
      let from = view.count
      emitInline(cell)
      texts.append(String(decoding: view[from...], as: UTF8.self))
      previousEnd = cell.upperBound
    }
    var attributes: [String: String] = [:]
    if let header {
      for (c, text) in texts.enumerated() where !text.isEmpty {
        attributes[c < header.count ? header[c] : "column \(c + 1)"] = text
      }
    }
    finish(kind: .tableRow, end: line.contentEnd, attributes: attributes)
    return texts
  }

  /// Header cells as attribute keys: empty or repeated names become "column N".
  func columnNames(_ texts: [String]) -> [String] {
    var seen: Set<String> = []
    return texts.enumerated().map { c, text in
      let name = text.isEmpty || seen.contains(text) ? "column \(c + 1)" : text
      seen.insert(name)
      return name
    }
  }

  // MARK: - Building a segment

  mutating func begin(at utf8: Int) {
    view.removeAll(keepingCapacity: true)
    map = OffsetMap()
    segmentStartUTF8 = utf8
    segmentStartScalar = cursor.move(to: utf8)
    segmentStartByte = decoded.byteOffset(utf8: utf8, scalar: cursor.scalar, astral: cursor.astral)
  }

  /// Copies `range` of the original into the view, leaving out Markdown emphasis markers.
  mutating func emitInline(_ range: Range<Int>) {
    guard markdown, !range.isEmpty else {
      verbatim(range)
      return
    }
    var from = range.lowerBound
    for delimiter in MarkdownEmphasis.delimiters(bytes, range) {
      verbatim(from..<delimiter.lowerBound)
      from = delimiter.upperBound
    }
    verbatim(from..<range.upperBound)
  }

  mutating func verbatim(_ range: Range<Int>) {
    guard !range.isEmpty else { return }
    view.append(contentsOf: UnsafeBufferPointer(rebasing: bytes.buffer[range]))
    let s0 = cursor.move(to: range.lowerBound)
    let s1 = cursor.move(to: range.upperBound)
    map.appendVerbatim(originalStart: s0, length: s1 - s0)
  }

  mutating func replacement(_ text: StaticString, covering range: Range<Int>) {
    let s0 = cursor.move(to: range.lowerBound)
    let s1 = cursor.move(to: range.upperBound)
    text.withUTF8Buffer { view.append(contentsOf: $0) }
    map.appendReplacement(viewLength: text.utf8CodeUnitCount, original: s0..<s1)
  }

  mutating func finish(
    kind: Segment.Kind, end: Int, level: Int = 0, marker: String? = nil,
    attributes: [String: String] = [:]
  ) {
    let endScalar = cursor.move(to: end)
    let endByte = decoded.byteOffset(utf8: end, scalar: cursor.scalar, astral: cursor.astral)
    segments.append(
      Segment(
        kind: kind, headingPath: headingPath, text: String(decoding: view, as: UTF8.self),
        start: segmentStartScalar, end: endScalar, byteStart: segmentStartByte, byteEnd: endByte,
        map: map, listLevel: level, marker: marker, attributes: attributes))
  }
}

@available(*, unavailable)
extension SegmentingPass: Sendable {}
