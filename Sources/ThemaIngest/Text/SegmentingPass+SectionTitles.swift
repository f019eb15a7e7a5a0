// MARK: - Numbered section titles

extension SegmentingPass {
  /// Plain-text minutes number their sections "1. Opening", "2. Uitkomsten van de placemat", with
  /// "2.1 Algemeen beeld" below: the classifier reads "1. Opening" as a list item, because on its own
  /// line a numbered sentence is one. This pass turns such a line into a numbered heading of level 1
  /// when it stands alone between blank lines, is shaped like a title (at most 60 bytes, a capital
  /// first, no closing punctuation), has text after it, and is not part of a loose list: the next and
  /// previous non-blank lines are not numbered items themselves. Markdown keeps CommonMark's reading (a list).
  ///
  /// "1. Opening⏎⏎Dirk opent…" → heading "1. Opening";
  /// "1. Koffie⏎⏎2. Thee" → two list items.
  mutating func promoteNumberedSectionTitles() {
    guard !markdown else { return }
    for i in lines.indices where lines[i].kind == .listItem && isNumberedSectionTitle(i) {
      lines[i].kind = .heading(.numbered)
      lines[i].level = 1
      lines[i].textStart = lines[i].contentStart
    }
  }

  private func isNumberedSectionTitle(_ i: Int) -> Bool {
    let line = lines[i]
    guard isNumberMarker(line), line.contentEnd - line.contentStart <= 60 else { return false }
    guard i == 0 || lines[i - 1].kind == .blank, i + 1 == lines.count || lines[i + 1].kind == .blank else {
      return false
    }
    guard line.textStart < line.textEnd, bytes.scalar(at: line.textStart).scalar.isUpperLetter else {
      return false
    }
    switch bytes[line.textEnd - 1] {
    case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "?"),
      UInt8(ascii: "!"):
      return false
    default: break
    }
    // A title has the section's text after it; a numbered line at the end is an item.
    guard let next = nonBlank(from: i + 1, step: 1), !isNumberMarker(lines[next]) else { return false }
    if let previous = nonBlank(from: i - 1, step: -1), isNumberMarker(lines[previous]) { return false }
    return true
  }

  /// A list item whose marker is digits and a dot ("1.", "12.").
  private func isNumberMarker(_ line: Line) -> Bool {
    guard line.kind == .listItem, line.markerEnd - line.markerStart >= 2 else { return false }
    let digits = line.markerStart..<(line.markerEnd - 1)
    return bytes[line.markerEnd - 1] == UInt8(ascii: ".")
      && digits.allSatisfy { (0x30...0x39).contains(bytes[$0]) }
  }

  private func nonBlank(from start: Int, step: Int) -> Int? {
    var j = start
    while j >= 0, j < lines.count {
      switch lines[j].kind {
      case .blank, .pageNumber, .runningHeader: j += step
      default: return j
      }
    }
    return nil
  }
}
