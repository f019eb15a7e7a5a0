import Foundation
import ThemaXML

#if os(Linux)
  /// glibc's `malloc_trim` (not exported by the Glibc module).
  @_silgen_name("malloc_trim") private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Measures the TEI and Word readers on generated files (run in release mode:
/// `swift run -c release thema bench readers`). Each run generates the file, writes it to disk, frees
/// the generator's memory, resets the peak-memory mark, then loads the file and reads it: the reported
/// peak is the reading's, including the file's own bytes and the resulting segments.
///
/// ```swift
/// let result = try ReaderBenchmark.tei(megabytes: 50)
/// print(result.summary)
/// ```
public enum ReaderBenchmark {
  /// What one run measured.
  public struct Result: Sendable {
    /// "tei" or "docx".
    public var format: String
    /// Size of the file read, in bytes.
    public var fileBytes: Int
    /// For a .docx: size of its `word/document.xml` once inflated.
    public var documentXMLBytes: Int?
    /// Wall-clock seconds for reading (parsing and segmenting; not loading the file from disk).
    public var seconds: Double
    /// Segments produced.
    public var segments: Int
    /// UTF-8 bytes of the segments' text.
    public var textBytes: Int?
    /// Resident memory just before loading the file, and the peak while reading (VmHWM), in bytes.
    public var baselineBytes: Int?
    public var peakBytes: Int?
    /// Resident memory right after reading (freed heap returned to the system), with the file's bytes
    /// and the document still held: what the result itself occupies.
    public var afterBytes: Int?

    /// A readable summary with rate and peak memory relative to the file size.
    public var summary: String {
      let mb = { (bytes: Int) in String(format: "%.1f MB", Double(bytes) / 1_000_000) }
      var lines = [
        "\(format): file \(mb(fileBytes))" + (documentXMLBytes.map { ", word/document.xml \(mb($0))" } ?? "")
          + ", \(segments) segments" + (textBytes.map { " with \(mb($0)) of text" } ?? "")
      ]
      lines.append(String(format: "time %.2f s, rate %.1f MB/s of file", seconds, Double(fileBytes) / 1e6 / seconds))
      if let xml = documentXMLBytes {
        lines.append(String(format: "rate %.1f MB/s of document XML", Double(xml) / 1e6 / seconds))
      }
      if let peak = peakBytes {
        var line = "peak resident memory \(mb(peak)) = \(String(format: "%.2f", Double(peak) / Double(fileBytes)))× the file"
        if let xml = documentXMLBytes { line += String(format: ", %.2f× its document XML", Double(peak) / Double(xml)) }
        if let base = baselineBytes { line += " (before loading: \(mb(base))" }
        if let after = afterBytes { line += ", after reading: \(mb(after))" }
        if baselineBytes != nil { line += ")" }
        lines.append(line)
      }
      return lines.joined(separator: "\n")
    }
  }

  /// Generates about `megabytes` MB of TEI and reads it with ``TEIReader``. With `streaming`, the
  /// segments are handed over one by one and dropped (``TEIReader/read(_:name:segments:)``).
  public static func tei(
    megabytes: Int, streaming: Bool = false, directory: URL = FileManager.default.temporaryDirectory
  ) throws -> Result {
    let file = directory.appendingPathComponent("thema-bench-\(ProcessInfo.processInfo.processIdentifier).tei")
    defer { try? FileManager.default.removeItem(at: file) }
    // Generated in its own scope so its memory is freed before measuring.
    do { try SampleTranscripts.tei(bytes: megabytes * 1_000_000, seed: 2019).write(to: file) }
    return try tei(file: file, streaming: streaming)
  }

  /// As ``tei(megabytes:streaming:directory:)`` but only streams the XML (libxml2 and text location), without
  /// building segments: separates the parser's share of time and memory from the reader's.
  public static func teiParseOnly(megabytes: Int, directory: URL = FileManager.default.temporaryDirectory) throws -> Result {
    let file = directory.appendingPathComponent("thema-bench-\(ProcessInfo.processInfo.processIdentifier).tei")
    defer { try? FileManager.default.removeItem(at: file) }
    do { try SampleTranscripts.tei(bytes: megabytes * 1_000_000, seed: 2019).write(to: file) }
    return try measure(file: file, format: "tei (parse only)") { data in
      var texts = 0
      try XMLStreamReader.read(data, name: "bench.tei") { event in
        if case .text = event { texts += 1 }
      }
      return IngestedDocument(format: .tei, encoding: nil, segments: [], warnings: ["\(texts) text nodes"])
    }
  }

  /// Generates a .docx of about `megabytes` MB (the file; its `word/document.xml` is several times
  /// larger) and reads it with ``DocxReader``. The file is written to disk first, streaming, so that
  /// the generator's memory is not part of the measurement.
  /// With `streaming`, the segments are handed over one by one and dropped
  /// (``DocxReader/read(_:name:segments:)``), as a store inserting them as they come would do.
  public static func docx(
    megabytes: Int, streaming: Bool = false, directory: URL = FileManager.default.temporaryDirectory
  ) throws -> Result {
    let file = directory.appendingPathComponent("thema-bench-\(ProcessInfo.processInfo.processIdentifier).docx")
    defer { try? FileManager.default.removeItem(at: file) }
    try writeDocx(to: file, megabytes: megabytes)
    return try docx(file: file, streaming: streaming)
  }

  /// Reads the .docx `file` with ``DocxReader`` and reports as ``docx(megabytes:streaming:directory:)``.
  public static func docx(file: URL, streaming: Bool = false) throws -> Result {
    var result = try measure(file: file, format: "docx", reader: DocxReader(), streaming: streaming)
    result.documentXMLBytes = try DocxPackage.entrySize(of: "word/document.xml", in: file)
    return result
  }

  /// Writes the benchmark's generated .docx of about `megabytes` MB to `url` (the document XML is sized
  /// by the compression ratio measured on a sample); returns the size of its `word/document.xml`.
  @discardableResult
  public static func writeDocx(to url: URL, megabytes: Int) throws -> Int {
    let ratio = try SampleWordDocument.compressionRatio(seed: 2019)
    return try SampleWordDocument.writeDocx(to: url, xmlBytes: Int(Double(megabytes) * 1e6 * ratio), seed: 2019)
  }

  /// Writes the benchmark's generated TEI file of about `megabytes` MB to `url`.
  public static func writeTEI(to url: URL, megabytes: Int) throws {
    try SampleTranscripts.tei(bytes: megabytes * 1_000_000, seed: 2019).write(to: url)
  }

  /// Reads the TEI file `file` with ``TEIReader`` and reports as ``tei(megabytes:streaming:directory:)``.
  public static func tei(file: URL, streaming: Bool = false) throws -> Result {
    try measure(file: file, format: "tei", reader: TEIReader(), streaming: streaming)
  }

  /// Reads `file` with `reader`, keeping every segment or (`streaming`) counting them as they are
  /// handed over and dropping them.
  private static func measure(file: URL, format: String, reader: any DocumentReader, streaming: Bool) throws -> Result {
    let name = file.lastPathComponent
    guard streaming else {
      return try measure(file: file, format: format) { data in try reader.read(data, name: name) }
    }
    var count = 0
    var text = 0
    var result = try measure(file: file, format: "\(format) (segments streamed)") { data in
      try reader.read(data, name: name) { segment in
        count += 1
        text += segment.text.utf8.count
      }
    }
    result.segments = count
    result.textBytes = text
    return result
  }

  private static func measure(file: URL, format: String, _ read: (Data) throws -> IngestedDocument) throws -> Result {
    ResourceUsage.resetPeak()
    let baseline = ResourceUsage.peakResidentBytes()
    let data = try Data(contentsOf: file)
    let clock = ContinuousClock()
    var document: IngestedDocument?
    let elapsed = try clock.measure { document = try read(data) }
    let peak = ResourceUsage.peakResidentBytes()
    #if os(Linux)
      _ = glibcMallocTrim(0)  // return freed heap pages, so that "after" shows what is still in use
    #endif
    let after = ResourceUsage.residentBytes()
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let text = document?.segments.reduce(0) { $0 + $1.text.utf8.count }
    return Result(
      format: format, fileBytes: data.count, documentXMLBytes: nil, seconds: seconds,
      segments: document?.segments.count ?? 0, textBytes: text, baselineBytes: baseline, peakBytes: peak, afterBytes: after)
  }
}
