import Foundation
import ThemaIngest

/// One file to import, with the name it gets in the project and its attributes.
///
/// ```swift
/// ImportItem(url: URL(fileURLWithPath: "Corpora/mli/notulen/overleg.md"),
///            name: "notulen/overleg.md", attributes: ["programme": "Windesheim"])
/// ```
public struct ImportItem: Sendable, Hashable {
  /// Where the file is on disk.
  public var url: URL
  /// The document's name in the project; a changed file with the same name becomes a new version.
  public var name: String
  /// Attributes to set on the document (merged over existing ones).
  public var attributes: [String: String]
  /// The reader to use; detected from the file when `nil`.
  public var format: DocumentFormat?
  /// How to read the file when it is read as generic XML (from its sidecar or the command line).
  public var xmlMapping: XMLMapping?
  /// Other reading choices (Transcriber turns), from the command line or the manifest.
  public var options: ReadingOptions

  public init(
    url: URL, name: String, attributes: [String: String] = [:], format: DocumentFormat? = nil,
    xmlMapping: XMLMapping? = nil, options: ReadingOptions = ReadingOptions()
  ) {
    self.url = url
    self.name = name
    self.attributes = attributes
    self.format = format
    self.xmlMapping = xmlMapping
    self.options = options
  }
}

/// What an import did, file by file.
public struct ImportReport: Sendable, Codable, Equatable {
  /// Names of documents new to the project.
  public var added: [String] = []
  /// Names of documents that got a new version (the file changed).
  public var newVersions: [String] = []
  /// Names of files identical to a version already in the project (nothing changed).
  public var unchanged: [String] = []
  /// Names of documents whose attributes changed.
  public var attributesChanged: [String] = []
  /// Files that could not be imported (only with keep-going; otherwise the import throws).
  public var failures: [ImportFailure] = []
  /// Reader warnings, each naming the document once (`notulen/x.txt: 7 page-number line(s) …`).
  public var warnings: [String] = []
  /// Segments written.
  public var segmentCount = 0
  /// Bytes of the originals read.
  public var byteCount = 0

  public init() {}
}
