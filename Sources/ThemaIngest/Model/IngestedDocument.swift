/// The formats Thema reads. Chosen by `--format` or detected from the file.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
  case text
  case markdown
  case transcript
  case tei
  case transcriber
  case docx
  case xml
  case placemat
}

/// What a reader makes of one original file: its analysis segments and what was learned on the way.
/// The original bytes themselves are kept by the caller (the project stores them untouched).
public struct IngestedDocument: Sendable {
  /// The format the file was read as.
  public var format: DocumentFormat
  /// The encoding of a text original; `nil` for formats whose encoding the format itself fixes (XML, .docx).
  public var encoding: TextEncoding?
  /// The segments in document order.
  public var segments: [Segment]
  /// Speakers found in the document (transcripts), in order of first appearance.
  public var speakers: [Speaker]
  /// Things the reader repaired or could not interpret, for the researcher to see (never silent).
  /// Each starts with the file name the reader was given, and the line where there is one
  /// (`"verslag.txt:12: a list marker \"•\" without text"`), so callers show them as they are.
  public var warnings: [String]

  public init(
    format: DocumentFormat, encoding: TextEncoding?, segments: [Segment], speakers: [Speaker] = [],
    warnings: [String] = []
  ) {
    self.format = format
    self.encoding = encoding
    self.segments = segments
    self.speakers = speakers
    self.warnings = warnings
  }
}
