/// Choices about how a file is read that the format alone does not settle (from `thema add` options or
/// the manifest); the defaults are what a reader does without them.
///
/// ```swift
/// var options = ReadingOptions()
/// options.transcriberTurns = .whole   // a Transcriber turn is one segment, not one per <Sync>
/// let document = try Readers.read(data, name: "interview.trs", format: nil, xmlMapping: nil, options: options) { _ in }
/// ```
public struct ReadingOptions: Sendable, Hashable {
  /// How a Transcriber `<Turn>` becomes segments.
  public var transcriberTurns: TranscriberReader.TurnSegments

  public init(transcriberTurns: TranscriberReader.TurnSegments = .sync) {
    self.transcriberTurns = transcriberTurns
  }
}
