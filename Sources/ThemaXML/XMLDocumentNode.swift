import CLibXML2
import Foundation

/// A parsed XML document (libxml2 tree) with XPath and the original position of every text node.
///
/// Parsing is safe by construction: no network, no external entities or DTDs loaded, no entity
/// expansion (see `LibXML.options`); a malformed file throws ``XMLParseError/malformed(file:line:column:message:)``.
/// The wrapper owns C memory and must stay on one thread.
///
/// ```swift
/// let document = try XMLDocumentNode.parse(data, name: "interview.tei")
/// let turns = try document.select("//tei:u", namespaces: ["tei": XMLNamespace.tei])
/// let speaker = turns[0].attribute("who")          // "#R1"
/// let first = turns[0].texts().first?.pieces.first?.byteStart
/// ```
public final class XMLDocumentNode {
  let pointer: xmlDocPtr
  /// The file name used in errors.
  public let name: String
  private let data: Data
  private var sources: [UnsafeMutableRawPointer: XMLText]?
  private var sourcesLost = false

  private init(pointer: xmlDocPtr, name: String, data: Data) {
    self.pointer = pointer
    self.name = name
    self.data = data
  }

  deinit { xmlFreeDoc(pointer) }

  // MARK: - Parsing

  /// Parses `data` (the exact bytes of the file `name`).
  public static func parse(_ data: Data, name: String) throws(XMLParseError) -> XMLDocumentNode {
    _ = LibXML.initialized
    guard data.count < Int(Int32.max) else {
      throw .unavailable(file: name, reason: "the file is larger than 2 GB")
    }
    let collector = XMLErrorCollector()
    let doc: xmlDocPtr? = data.withUnsafeBytes { raw -> xmlDocPtr? in
      guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self),
        let ctxt = xmlCreateMemoryParserCtxt(base, Int32(raw.count))
      else { return nil }
      defer { xmlFreeParserCtxt(ctxt) }
      _ = xmlCtxtUseOptions(ctxt, LibXML.options)
      let box = Unmanaged.passUnretained(collector).toOpaque()
      ctxt.pointee._private = box
      // Structured errors go to this context's collector (userData is the context itself).
      ctxt.pointee.sax.pointee.serror = { userData, error in
        guard let userData else { return }
        let context = userData.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let box = context.pointee._private else { return }
        Unmanaged<XMLErrorCollector>.fromOpaque(box).takeUnretainedValue().record(error)
      }
      ctxt.pointee.userData = UnsafeMutableRawPointer(ctxt)
      _ = xmlParseDocument(ctxt)
      let result = ctxt.pointee.myDoc
      if ctxt.pointee.wellFormed == 0 || collector.hasErrors {
        if let result { xmlFreeDoc(result) }
        ctxt.pointee.myDoc = nil
        return nil
      }
      ctxt.pointee.myDoc = nil
      return result
    }
    guard let doc else {
      if data.isEmpty { throw .malformed(file: name, line: 1, column: 1, message: "the file is empty") }
      throw collector.failure(file: name)
    }
    return XMLDocumentNode(pointer: doc, name: name, data: data)
  }

  // MARK: - Navigation

  /// The root element.
  public var root: XMLTreeNode? {
    xmlDocGetRootElement(pointer).map { XMLTreeNode(pointer: $0, document: self) }
  }

  /// The nodes `expression` selects, in document order. `namespaces` maps prefixes used in the
  /// expression to namespace URIs (a default namespace needs a prefix: `//tei:u`, not `//u`).
  /// The expression is evaluated relative to `context` (the document when `nil`).
  public func select(
    _ expression: String, namespaces: [String: String] = [:], from context: XMLTreeNode? = nil
  ) throws(XMLParseError) -> [XMLTreeNode] {
    let nodes: [xmlNodePtr]? = evaluate(expression, namespaces: namespaces, context: context) { object in
      guard let set = object.pointee.nodesetval, set.pointee.nodeNr > 0 else { return [] }
      return (0..<Int(set.pointee.nodeNr)).compactMap { set.pointee.nodeTab[$0] }
    }
    guard let nodes else { throw .invalidXPath(file: name, expression: expression) }
    return nodes.map { XMLTreeNode(pointer: $0, document: self) }
  }

  /// The string value of `expression` (XPath `string()` semantics), e.g. `"@who"` or `"string(tei:head)"`.
  public func string(
    _ expression: String, namespaces: [String: String] = [:], from context: XMLTreeNode? = nil
  ) throws(XMLParseError) -> String {
    let value: String? = evaluate(expression, namespaces: namespaces, context: context) { object in
      LibXML.ownedString(xmlXPathCastToString(object)) ?? ""
    }
    guard let value else { throw .invalidXPath(file: name, expression: expression) }
    return value
  }

  private func evaluate<T>(
    _ expression: String, namespaces: [String: String], context: XMLTreeNode?,
    _ body: (xmlXPathObjectPtr) -> T
  ) -> T? {
    guard let xpath = xmlXPathNewContext(pointer) else { return nil }
    defer { xmlXPathFreeContext(xpath) }
    for (prefix, uri) in namespaces {
      _ = xmlXPathRegisterNs(xpath, prefix, uri)
    }
    if let context { xpath.pointee.node = context.pointer }
    // XPath errors go to the context's own structured handler, not the global one.
    xpath.pointee.error = { _, _ in }
    guard let object = xmlXPathEvalExpression(expression, xpath) else { return nil }
    defer { xmlXPathFreeObject(object) }
    return body(object)
  }

  // MARK: - Original positions

  /// The decoded text of a text or CDATA node and its position in the original bytes.
  func source(of node: xmlNodePtr) -> XMLText {
    if sources == nil { locateAllText() }
    if let found = sources?[UnsafeMutableRawPointer(node)] { return found }
    let content = LibXML.ownedString(xmlNodeGetContent(node)) ?? ""
    return XMLText(text: content, isCDATA: node.pointee.type == XML_CDATA_SECTION_NODE, pieces: [])
  }

  /// Whether every text node could be located in the original (false for a non-UTF-8 file).
  public var textIsLocated: Bool {
    if sources == nil { locateAllText() }
    return !sourcesLost
  }

  private func locateAllText() {
    var found: [UnsafeMutableRawPointer: XMLText] = [:]
    var lost = false
    data.withUnsafeBytes { raw in
      var cursor = XMLSourceCursor(bytes: raw)
      func walk(_ first: xmlNodePtr?) {
        var node = first
        while let current = node {
          switch current.pointee.type {
          case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
            let content = current.pointee.content.map { String(cString: $0) } ?? ""
            let isCDATA = current.pointee.type == XML_CDATA_SECTION_NODE
            var utf8 = content
            let pieces = utf8.withUTF8 { cursor.match($0, isCDATA: isCDATA) }
            if pieces == nil { lost = true }
            found[UnsafeMutableRawPointer(current)] = XMLText(text: content, isCDATA: isCDATA, pieces: pieces ?? [])
          case XML_ELEMENT_NODE:
            walk(current.pointee.children)
          default:
            break  // entity references are not descended into: their content is never expanded
          }
          node = current.pointee.next
        }
      }
      walk(xmlDocGetRootElement(pointer))
    }
    sources = found
    sourcesLost = lost
  }
}

@available(*, unavailable) extension XMLDocumentNode: Sendable {}
