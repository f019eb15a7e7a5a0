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
    /// Markdown: a line of "```" or "~~~" (three or more) that opens or closes a fenced code block.
    case codeFence
    /// Markdown: a line inside a fenced code block, taken verbatim.
    case code
  }

  /// How a heading was recognised.
  enum HeadingStyle: Equatable {
    case markdown
    case numbered
    case capitals
  }

  /// First byte of the line.
  var start: Int {
    get { Int(storedStart) }
    set { storedStart = Int32(truncatingIfNeeded: newValue) }
  }
  /// End of the line before its terminator.
  var end: Int {
    get { Int(storedEnd) }
    set { storedEnd = Int32(truncatingIfNeeded: newValue) }
  }
  /// Start of the next line (after "\n", "\r\n", "\r" or a form feed).
  var next: Int {
    get { Int(storedNext) }
    set { storedNext = Int32(truncatingIfNeeded: newValue) }
  }
  // Stored as 32-bit offsets: a line table of a large file stays small (texts up to 2 GB).
  private var storedStart: Int32 = 0
  private var storedEnd: Int32 = 0
  private var storedNext: Int32 = 0
  private var storedIndent: Int32 = 0
  private var storedContentStart: Int32 = 0
  private var storedContentEnd: Int32 = 0
  private var storedTextStart: Int32 = 0
  private var storedTextEnd: Int32 = 0
  private var storedMarkerStart: Int32 = 0
  private var storedMarkerEnd: Int32 = 0
  private var storedLevel: Int32 = 0

  /// A form feed ends the previous line (a new page starts here).
  var pageBreak = false
  /// Columns of leading whitespace (a tab counts 4).
  var indent: Int {
    get { Int(storedIndent) }
    set { storedIndent = Int32(truncatingIfNeeded: newValue) }
  }
  /// The line without leading and trailing blanks.
  var contentStart: Int {
    get { Int(storedContentStart) }
    set { storedContentStart = Int32(truncatingIfNeeded: newValue) }
  }
  var contentEnd: Int {
    get { Int(storedContentEnd) }
    set { storedContentEnd = Int32(truncatingIfNeeded: newValue) }
  }
  /// The text of the line without its marker ("• ", "## ", "> ").
  var textStart: Int {
    get { Int(storedTextStart) }
    set { storedTextStart = Int32(truncatingIfNeeded: newValue) }
  }
  var textEnd: Int {
    get { Int(storedTextEnd) }
    set { storedTextEnd = Int32(truncatingIfNeeded: newValue) }
  }
  /// The list marker ("•", "1.", "a)") of a list item.
  var markerStart: Int {
    get { Int(storedMarkerStart) }
    set { storedMarkerStart = Int32(truncatingIfNeeded: newValue) }
  }
  var markerEnd: Int {
    get { Int(storedMarkerEnd) }
    set { storedMarkerEnd = Int32(truncatingIfNeeded: newValue) }
  }
  var kind: Kind = .text
  /// Heading level (1 = outermost).
  var level: Int {
    get { Int(storedLevel) }
    set { storedLevel = Int32(truncatingIfNeeded: newValue) }
  }

  /// Length of the content in bytes (close to scalars for Dutch text; used only for layout guesses).
  var length: Int { contentEnd - contentStart }

  init(start: Int, end: Int, next: Int) {
    precondition(next <= Int(Int32.max), "text larger than 2 GB")
    self.start = start
    self.end = end
    self.next = next
    contentStart = start
    contentEnd = end
    textStart = start
    textEnd = end
  }
}
