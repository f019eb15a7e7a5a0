/// One unit of analysis: a paragraph, a list item, a table row, a heading, a speaker turn or a code
/// block.
///
/// A segment carries its analysis text together with the map back to the original, so every code and
/// quote that is later attached to a stretch of `text` can be traced to a position in the original file.
///
/// ```swift
/// let segment = document.segments[3]
/// let quote = segment.text                       // "Onderzoekend werken in het team"
/// let where = segment.map.originalRange(ofView: 0..<11)   // scalars of the decoded original
/// ```
public struct Segment: Sendable, Hashable, Codable {
  /// What kind of unit the segment is.
  public enum Kind: String, Sendable, Codable, CaseIterable {
    case heading
    case paragraph
    case listItem = "list-item"
    case tableRow = "table-row"
    case turn
    /// A fenced Markdown code block ("```" or "~~~"): its text is the block's content exactly as
    /// written, line breaks included, without the fences; never joined, split or repaired. The
    /// fence's info string ("```text") is in the attribute `Segment.fenceInfoAttribute`.
    case code
  }

  /// The segment attribute holding a code block's info string ("python" for "```python").
  ///
  /// ```swift
  /// segment.attributes[Segment.fenceInfoAttribute]   // "text"
  /// ```
  public static let fenceInfoAttribute = "fence-info"

  /// What kind of unit the segment is.
  public var kind: Kind
  /// The headings above the segment, outermost first (a heading segment's own path ends with itself).
  public var headingPath: [String]
  /// The analysis text: the original with export damage repaired (see `OffsetMap`).
  public var text: String
  /// Start and end of the segment in the decoded original, in Unicode scalars.
  public var start: Int
  public var end: Int
  /// Start and end of the segment in the original bytes (of `part`, when the original is a container).
  public var byteStart: Int
  public var byteEnd: Int
  /// Each scalar of `text` → range of original scalars (same coordinates as `start`/`end`).
  public var map: OffsetMap
  /// For containers such as .docx: the entry inside the original the offsets refer to
  /// (e.g. `word/document.xml`); `nil` when they refer to the original file itself.
  public var part: String?
  /// Nesting depth of a list item (0 for top level and for other kinds).
  public var listLevel: Int
  /// The list marker as written ("•", "1.", "a)"), not part of `text`.
  public var marker: String?
  /// The speaker of a transcript turn.
  public var speaker: Speaker?
  /// Start and end time of a turn, in seconds from the start of the recording.
  public var startTime: Double?
  public var endTime: Double?
  /// Segment-level attributes (a placemat cell's dimension and context, a table cell's column header).
  public var attributes: [String: String]
  /// Notes attached to the segment and not part of its text (Word comments, footnotes).
  public var notes: [String]

  public init(
    kind: Kind, headingPath: [String] = [], text: String, start: Int, end: Int, byteStart: Int,
    byteEnd: Int, map: OffsetMap, part: String? = nil, listLevel: Int = 0, marker: String? = nil,
    speaker: Speaker? = nil, startTime: Double? = nil, endTime: Double? = nil,
    attributes: [String: String] = [:], notes: [String] = []
  ) {
    self.kind = kind
    self.headingPath = headingPath
    self.text = text
    self.start = start
    self.end = end
    self.byteStart = byteStart
    self.byteEnd = byteEnd
    self.map = map
    self.part = part
    self.listLevel = listLevel
    self.marker = marker
    self.speaker = speaker
    self.startTime = startTime
    self.endTime = endTime
    self.attributes = attributes
    self.notes = notes
  }
}

/// A speaker in a transcript, as the document names them.
public struct Speaker: Sendable, Hashable, Codable {
  /// The label or id the document uses ("R1", "#spk2", "Marije").
  public var id: String
  /// A display name, when the document gives one.
  public var name: String?
  /// A role such as interviewer or respondent, when the document gives one.
  public var role: String?

  public init(id: String, name: String? = nil, role: String? = nil) {
    self.id = id
    self.name = name
    self.role = role
  }
}
