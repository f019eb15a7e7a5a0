/// Where a stretch of decoded XML text came from in the original bytes.
///
/// A verbatim piece copies the original scalar for scalar (`textLength == scalarLength`); a replacement
/// piece is one decoded scalar standing for a character reference (`&amp;`, `&#233;`) or a line end
/// (`\r\n`) that XML normalises.
public struct XMLSourcePiece: Sendable, Hashable {
  /// Unicode scalars of decoded text this piece covers.
  public var textLength: Int
  /// First Unicode scalar in the original file (scalars of its UTF-8 decoding, byte order mark excluded).
  public var scalarStart: Int
  /// Unicode scalars of the original this piece stands for.
  public var scalarLength: Int
  /// First byte in the original file.
  public var byteStart: Int
  /// Bytes of the original this piece stands for.
  public var byteLength: Int

  /// Whether the piece copies the original scalar for scalar (`false` for a reference or a line end).
  public var isVerbatim: Bool

  public init(
    textLength: Int, scalarStart: Int, scalarLength: Int, byteStart: Int, byteLength: Int, isVerbatim: Bool
  ) {
    self.isVerbatim = isVerbatim
    self.textLength = textLength
    self.scalarStart = scalarStart
    self.scalarLength = scalarLength
    self.byteStart = byteStart
    self.byteLength = byteLength
  }
}

/// The decoded content of one text or CDATA node and, when known, where each part of it sits in the
/// original bytes.
///
/// ```swift
/// let text = node.texts()[0]
/// text.text                        // "Ja & nee"
/// text.pieces.first?.byteStart     // 118: the 'J' in the file
/// ```
public struct XMLText: Sendable, Hashable {
  /// The decoded text (entities resolved, line ends normalised to "\n").
  public var text: String
  /// Whether the node was a CDATA section.
  public var isCDATA: Bool
  /// The original positions, covering `text` in order; empty when they could not be established
  /// (a file not in UTF-8, see ``isLocated``).
  public var pieces: [XMLSourcePiece]

  public init(text: String, isCDATA: Bool = false, pieces: [XMLSourcePiece]) {
    self.text = text
    self.isCDATA = isCDATA
    self.pieces = pieces
  }

  /// Whether `pieces` locate the text in the original.
  public var isLocated: Bool { !pieces.isEmpty || text.isEmpty }

  /// The byte range in the original, when located.
  public var byteRange: Range<Int>? {
    guard let first = pieces.first, let last = pieces.last else { return nil }
    return first.byteStart..<(last.byteStart + last.byteLength)
  }
}
