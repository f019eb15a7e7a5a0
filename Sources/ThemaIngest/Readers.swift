import Foundation

/// Chooses the reader for a file: by `--format` when the researcher names one, otherwise by the file's
/// extension and, where the extension is ambiguous (.txt, .xml, .csv), by looking at the content.
///
/// ```swift
/// let format = Readers.detect(name: "verslag.md", data: data)   // .markdown
/// let document = try Readers.read(data, name: "verslag.md", format: format)
/// ```
public enum Readers {
  /// The reader for a format, or `nil` when Thema has none yet.
  public static func reader(for format: DocumentFormat, options: ReadingOptions = ReadingOptions())
    -> (any DocumentReader)?
  {
    switch format {
    case .text: PlainTextReader()
    case .markdown: MarkdownReader()
    case .transcript: TranscriptReader()
    case .tei: TEIReader()
    case .transcriber: TranscriberReader(turns: options.transcriberTurns)
    case .docx: DocxReader()
    case .xml: GenericXMLReader()
    case .placemat: PlacematReader()
    }
  }

  /// The format a file is read as when the researcher does not name one.
  public static func detect(name: String, data: Data) -> DocumentFormat {
    let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "md", "markdown": return .markdown
    case "docx": return .docx
    case "trs": return .transcriber
    case "tei": return .tei
    case "xml": return XMLRootSniffer.format(data)
    case "txt", "text": return TranscriptReader.looksLikeTranscript(data) ? .transcript : .text
    case "csv", "tsv": return PlacematReader.hasPlacematHeader(data) ? .placemat : .text
    default: return .text
    }
  }

  /// Reads `data` as ``read(_:name:format:)`` does; `xmlMapping` (from command-line flags or
  /// `XMLMapping.sidecar(forFileAt:)`) chooses the segments when the file is read as generic XML.
  public static func read(
    _ data: Data, name: String, format: DocumentFormat?, xmlMapping: XMLMapping?
  ) throws -> IngestedDocument {
    let format = format ?? detect(name: name, data: data)
    if format == .xml, let xmlMapping { return try GenericXMLReader(mapping: xmlMapping).read(data, name: name) }
    return try read(data, name: name, format: format)
  }

  /// Reads `data` with the reader for `format` (detected when `nil`).
  public static func read(_ data: Data, name: String, format: DocumentFormat? = nil) throws
    -> IngestedDocument
  {
    let format = format ?? detect(name: name, data: data)
    guard let reader = reader(for: format) else {
      throw IngestError.unsupportedFormat(file: name, format: format.rawValue)
    }
    return try reader.read(data, name: name)
  }

  /// Reads `data` like ``read(_:name:format:xmlMapping:)`` but hands the segments to `consume` one by
  /// one; the returned document has no segments (see ``DocumentReader/read(_:name:segments:)``).
  public static func read(
    _ data: Data, name: String, format: DocumentFormat?, xmlMapping: XMLMapping?,
    options: ReadingOptions = ReadingOptions(), segments consume: (Segment) throws -> Void
  ) throws -> IngestedDocument {
    let format = format ?? detect(name: name, data: data)
    if format == .xml, let xmlMapping {
      return try GenericXMLReader(mapping: xmlMapping).read(data, name: name, segments: consume)
    }
    return try read(data, name: name, format: format, options: options, segments: consume)
  }

  /// Reads `data` with the reader for `format` (detected when `nil`), handing the segments to `consume`
  /// one by one (see ``DocumentReader/read(_:name:segments:)``); the returned document has no segments.
  public static func read(
    _ data: Data, name: String, format: DocumentFormat? = nil, options: ReadingOptions = ReadingOptions(),
    segments consume: (Segment) throws -> Void
  ) throws -> IngestedDocument {
    let format = format ?? detect(name: name, data: data)
    guard let reader = reader(for: format, options: options) else {
      throw IngestError.unsupportedFormat(file: name, format: format.rawValue)
    }
    return try reader.read(data, name: name, segments: consume)
  }
}
