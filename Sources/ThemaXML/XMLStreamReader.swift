import CLibXML2
import Foundation

/// Streams an XML file as events (libxml2's `xmlTextReader`) with the same safe options as
/// ``XMLDocumentNode``: memory stays proportional to the deepest element, not the file, which is what
/// large TEI transcripts and Word documents need. Every text event carries its original position.
///
/// ```swift
/// try XMLStreamReader.read(data, name: "interview.tei") { event in
///   if case .start(let tag) = event, tag.localName == "u" { print(tag.attribute("who") ?? "?") }
/// }
/// ```
public enum XMLStreamReader {
  /// Reads `data` (the file `name`) and calls `handle` for every event in document order. Errors thrown
  /// by `handle` stop the reading and are rethrown; a malformed file throws ``XMLParseError``.
  public static func read(_ data: Data, name: String, _ handle: (XMLEvent) throws -> Void) throws {
    _ = LibXML.initialized
    guard data.count < Int(Int32.max) else {
      throw XMLParseError.unavailable(file: name, reason: "the file is larger than 2 GB")
    }
    if data.isEmpty { throw XMLParseError.malformed(file: name, line: 1, column: 1, message: "the file is empty") }
    let collector = XMLErrorCollector()
    try data.withUnsafeBytes { raw in
      let base = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
      guard let reader = xmlReaderForMemory(base, Int32(raw.count), name, nil, LibXML.streamOptions) else {
        throw XMLParseError.unavailable(file: name, reason: "libxml2 could not create a reader")
      }
      defer { xmlFreeTextReader(reader) }
      xmlTextReaderSetStructuredErrorHandler(
        reader,
        { userData, error in
          guard let userData else { return }
          Unmanaged<XMLErrorCollector>.fromOpaque(userData).takeUnretainedValue().record(error)
        }, Unmanaged.passUnretained(collector).toOpaque())
      var cursor = XMLSourceCursor(bytes: raw)
      while true {
        let status = xmlTextReaderRead(reader)
        if status == 0 { break }
        if status < 0 || collector.hasErrors { throw collector.failure(file: name) }
        switch xmlTextReaderNodeType(reader) {
        case 1:  // element
          let tag = startTag(reader)
          try handle(.start(tag))
          if xmlTextReaderIsEmptyElement(reader) == 1 {
            try handle(.end(localName: tag.localName, namespace: tag.namespace, depth: tag.depth))
          }
        case 15:  // end element
          try handle(
            .end(
              localName: LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "",
              namespace: LibXML.string(xmlTextReaderConstNamespaceUri(reader)),
              depth: Int(xmlTextReaderDepth(reader))))
        case 3, 4, 13, 14:  // text, CDATA, whitespace, significant whitespace
          let isCDATA = xmlTextReaderNodeType(reader) == 4
          guard let value = xmlTextReaderConstValue(reader) else { continue }
          let count = strlen(UnsafeRawPointer(value).assumingMemoryBound(to: CChar.self))
          var text = String(decoding: UnsafeBufferPointer(start: value, count: count), as: UTF8.self)
          // The streaming parser leaves "\r\n" in CDATA sections; normalise as the tree parser does.
          if isCDATA, text.utf8.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
          }
          let pieces = text.withUTF8 { cursor.match($0, isCDATA: isCDATA) }
          try handle(.text(XMLText(text: text, isCDATA: isCDATA, pieces: pieces ?? [])))
        case 5:  // entity reference
          try handle(.entityReference(name: LibXML.string(xmlTextReaderConstLocalName(reader)) ?? ""))
        default:
          break
        }
      }
      if collector.hasErrors { throw collector.failure(file: name) }
    }
  }

  private static func startTag(_ reader: xmlTextReaderPtr) -> XMLStartTag {
    let localName = LibXML.string(xmlTextReaderConstLocalName(reader)) ?? ""
    let namespace = LibXML.string(xmlTextReaderConstNamespaceUri(reader))
    let depth = Int(xmlTextReaderDepth(reader))
    let line = Int(xmlTextReaderGetParserLineNumber(reader))
    var attributes: [XMLAttribute] = []
    if xmlTextReaderHasAttributes(reader) == 1 {
      while xmlTextReaderMoveToNextAttribute(reader) == 1 {
        if xmlTextReaderIsNamespaceDecl(reader) == 1 { continue }
        attributes.append(
          XMLAttribute(
            localName: LibXML.string(xmlTextReaderConstLocalName(reader)) ?? "",
            namespace: LibXML.string(xmlTextReaderConstNamespaceUri(reader)),
            value: LibXML.string(xmlTextReaderConstValue(reader)) ?? ""))
      }
      _ = xmlTextReaderMoveToElement(reader)
    }
    return XMLStartTag(localName: localName, namespace: namespace, attributes: attributes, depth: depth, line: line)
  }
}
