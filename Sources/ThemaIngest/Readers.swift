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
  public static func reader(for format: DocumentFormat) -> (any DocumentReader)? {
    switch format {
    case .text: PlainTextReader()
    case .markdown: MarkdownReader()
    case .transcript, .tei, .transcriber, .docx, .xml, .placemat: nil
    }
  }

  /// The format a file is read as when the researcher does not name one.
  public static func detect(name: String, data: Data) -> DocumentFormat {
    let ext = name.split(separator: ".").last.map { $0.lowercased() } ?? ""
    switch ext {
    case "md", "markdown": return .markdown
    case "docx": return .docx
    case "trs": return .transcriber
    case "xml", "tei": return .xml
    default: return .text
    }
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
}
