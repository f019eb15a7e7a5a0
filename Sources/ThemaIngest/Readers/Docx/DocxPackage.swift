import Foundation
import ZIPFoundation

/// Writes a minimal .docx (a ZIP of XML parts) — for tests, fixtures and the reader benchmark; in
/// memory, or to a file with the main document streamed from disk.
///
/// ```swift
/// let data = try DocxPackage.make(document: "<w:document …>…</w:document>")
/// ```
enum DocxPackage {
  static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

  static let contentTypes = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>
    """

  static let packageRelationships = """
    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>
    """

  /// A package with the main document and optional styles, numbering, comments and footnotes parts
  /// (each the full XML of the part); `extra` adds any other entries as they are.
  static func make(
    document: String, styles: String? = nil, numbering: String? = nil, comments: String? = nil,
    footnotes: String? = nil, extra: [(String, Data)] = [], compressed: Bool = true
  ) throws -> Data {
    try make(
      documentData: Data(document.utf8), styles: styles, numbering: numbering, comments: comments,
      footnotes: footnotes, extra: extra, compressed: compressed)
  }

  /// As ``make(document:styles:numbering:comments:footnotes:extra:compressed:)`` with the document's bytes.
  static func make(
    documentData: Data, styles: String? = nil, numbering: String? = nil, comments: String? = nil,
    footnotes: String? = nil, extra: [(String, Data)] = [], compressed: Bool = true
  ) throws -> Data {
    let parts = smallParts(styles: styles, numbering: numbering, comments: comments, footnotes: footnotes)
    return try zip(Array(parts.prefix(2)) + [("word/document.xml", documentData)] + parts.dropFirst(2) + extra, compressed: compressed)
  }

  /// Writes a package to the file `url` whose main document is the file `documentXML`, streamed from
  /// disk into the archive (for documents too large to hold in memory).
  static func write(to url: URL, documentXML: URL, styles: String? = nil, numbering: String? = nil) throws {
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    let parts = smallParts(styles: styles, numbering: numbering, comments: nil, footnotes: nil)
    for (path, data) in parts.prefix(2) { try add(path, data, to: archive) }
    try archive.addEntry(with: "word/document.xml", fileURL: documentXML, compressionMethod: .deflate, bufferSize: 1 << 16)
    for (path, data) in parts.dropFirst(2) { try add(path, data, to: archive) }
  }

  /// Every part but the main document: content types and package relationships first, then the
  /// optional parts and the document's relationships.
  private static func smallParts(
    styles: String?, numbering: String?, comments: String?, footnotes: String?
  ) -> [(String, Data)] {
    var relationships: [(String, String)] = []
    var parts: [(String, Data)] = [
      ("[Content_Types].xml", Data(contentTypes.utf8)), ("_rels/.rels", Data(packageRelationships.utf8)),
    ]
    for (type, target, xml) in [
      ("styles", "styles.xml", styles), ("numbering", "numbering.xml", numbering),
      ("comments", "comments.xml", comments), ("footnotes", "footnotes.xml", footnotes),
    ] {
      guard let xml else { continue }
      relationships.append((type, target))
      parts.append(("word/\(target)", Data(xml.utf8)))
    }
    let rels = relationships.enumerated().map { index, rel in
      "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/\(rel.0)\" Target=\"\(rel.1)\"/>"
    }.joined()
    parts.append(
      ("word/_rels/document.xml.rels",
        Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels)</Relationships>".utf8)))
    return parts
  }

  private static func add(_ path: String, _ data: Data, to archive: Archive, compressed: Bool = true) throws {
    try archive.addEntry(
      with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compressed ? .deflate : .none
    ) { position, size in
      data.subdata(in: Int(position)..<(Int(position) + size))
    }
  }

  /// The uncompressed size of the entry `path` of the ZIP file `url` (0 when there is none).
  static func entrySize(of path: String, in url: URL) throws -> Int {
    Int(try Archive(url: url, accessMode: .read)[path]?.uncompressedSize ?? 0)
  }

  /// A ZIP archive of the given entries, in order.
  static func zip(_ entries: [(String, Data)], compressed: Bool = true) throws -> Data {
    let archive = try Archive(data: Data(), accessMode: .create)
    for (path, data) in entries { try add(path, data, to: archive, compressed: compressed) }
    return archive.data ?? Data()
  }
}
