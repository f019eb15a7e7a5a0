// MARK: - Line

/// One line of a decoded text, in UTF-8 offsets of the decoded text, with what the classifier made of
/// it. Internal to the segmenter.
struct Line {
  /// What a line is.
  enum Kind: Equatable {
    case blank
    /// "12", "- 12 -", "Pagina 3 van 9", "3/9": dropped from the view.
    case pageNumber
    /// A line that repeats at the top or bottom of many pages: dropped from the view.
    case runningHeader
    /// "----", "====", "***": a horizontal rule, or a setext underline.
    case rule(UInt8)
    case heading(HeadingStyle)
    case listItem
    case pipeRow
    case pipeSeparator
    /// A line with tab-separated cells; a table when at least two follow each other.
    case tabRow
    case text
  }

  /// How a heading was recognised.
  enum HeadingStyle: Equatable {
    case markdown
    case numbered
    case capitals
  }

  /// First byte of the line.
  var start: Int
  /// End of the line before its terminator.
  var end: Int
  /// Start of the next line (after "\n", "\r\n", "\r" or a form feed).
  var next: Int
  /// A form feed ends the previous line (a new page starts here).
  var pageBreak = false
  /// Columns of leading whitespace (a tab counts 4).
  var indent = 0
  /// The line without leading and trailing blanks.
  var contentStart: Int
  var contentEnd: Int
  /// The text of the line without its marker ("• ", "## ", "> ").
  var textStart: Int
  var textEnd: Int
  /// The list marker ("•", "1.", "a)") of a list item.
  var markerStart = 0
  var markerEnd = 0
  var kind: Kind = .text
  /// Heading level (1 = outermost).
  var level = 0

  /// Length of the content in bytes (close to scalars for Dutch text; used only for layout guesses).
  var length: Int { contentEnd - contentStart }

  init(start: Int, end: Int, next: Int) {
    self.start = start
    self.end = end
    self.next = next
    contentStart = start
    contentEnd = end
    textStart = start
    textEnd = end
  }
}
