import CLibXML2

/// One node of an ``XMLDocumentNode``. Keeps its document alive; must stay on the document's thread.
///
/// ```swift
/// for child in element.children where child.kind == .element {
///   print(child.localName, child.attribute("id", namespace: XMLNamespace.xml) ?? "-")
/// }
/// ```
public struct XMLTreeNode {
  /// The kinds of node readers distinguish.
  public enum Kind: Sendable, Hashable {
    case element, text, cdata, comment, processingInstruction, entityReference, other
  }

  let pointer: xmlNodePtr
  /// The document the node belongs to.
  public let document: XMLDocumentNode

  init(pointer: xmlNodePtr, document: XMLDocumentNode) {
    self.pointer = pointer
    self.document = document
  }

  // MARK: - Identity

  /// The node's kind.
  public var kind: Kind {
    switch pointer.pointee.type {
    case XML_ELEMENT_NODE: .element
    case XML_TEXT_NODE: .text
    case XML_CDATA_SECTION_NODE: .cdata
    case XML_COMMENT_NODE: .comment
    case XML_PI_NODE: .processingInstruction
    case XML_ENTITY_REF_NODE: .entityReference
    default: .other
    }
  }

  /// The local name of an element (without prefix); the entity name of an entity reference.
  public var localName: String { LibXML.string(pointer.pointee.name) ?? "" }

  /// The namespace URI of an element, `nil` when it has none.
  public var namespace: String? {
    guard pointer.pointee.type == XML_ELEMENT_NODE, let ns = pointer.pointee.ns else { return nil }
    return LibXML.string(ns.pointee.href)
  }

  /// The 1-based line of the node in the file.
  public var line: Int { Int(xmlGetLineNo(pointer)) }

  /// Whether this is an element named `localName`, in any namespace or none (readers accept TEI with and
  /// without its namespace).
  public func isElement(_ localName: String) -> Bool {
    pointer.pointee.type == XML_ELEMENT_NODE && self.localName == localName
  }

  // MARK: - Navigation

  /// The parent node (`nil` for the root element).
  public var parent: XMLTreeNode? {
    guard let parent = pointer.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return nil }
    return XMLTreeNode(pointer: parent, document: document)
  }

  /// The child nodes in order (entity references appear as nodes; their content is never expanded).
  public var children: [XMLTreeNode] {
    var result: [XMLTreeNode] = []
    var child = pointer.pointee.children
    while let current = child {
      result.append(XMLTreeNode(pointer: current, document: document))
      child = current.pointee.next
    }
    return result
  }

  /// The child elements, optionally only those named `localName`.
  public func elements(_ localName: String? = nil) -> [XMLTreeNode] {
    children.filter { $0.kind == .element && (localName == nil || $0.localName == localName) }
  }

  /// The first child element named `localName`.
  public func element(_ localName: String) -> XMLTreeNode? {
    var child = pointer.pointee.children
    while let current = child {
      if current.pointee.type == XML_ELEMENT_NODE, LibXML.string(current.pointee.name) == localName {
        return XMLTreeNode(pointer: current, document: document)
      }
      child = current.pointee.next
    }
    return nil
  }

  // MARK: - Content

  /// The value of the attribute `name` (in `namespace`, or with no namespace when `nil`).
  public func attribute(_ name: String, namespace: String? = nil) -> String? {
    guard pointer.pointee.type == XML_ELEMENT_NODE else { return nil }
    if let namespace { return LibXML.ownedString(xmlGetNsProp(pointer, name, namespace)) }
    return LibXML.ownedString(xmlGetNoNsProp(pointer, name))
  }

  /// The text of the node and all its descendants, in order. Entity references are not expanded.
  public var textContent: String { texts().map(\.text).joined() }

  /// The text and CDATA nodes at or below this node, in document order, each with its original
  /// position (see ``XMLText``).
  public func texts() -> [XMLText] {
    var result: [XMLText] = []
    func walk(_ node: xmlNodePtr) {
      switch node.pointee.type {
      case XML_TEXT_NODE, XML_CDATA_SECTION_NODE: result.append(document.source(of: node))
      case XML_ELEMENT_NODE:
        var child = node.pointee.children
        while let current = child {
          walk(current)
          child = current.pointee.next
        }
      default: break
      }
    }
    walk(pointer)
    return result
  }

  /// The decoded text of a text or CDATA node with its original position; `nil` for other kinds.
  public var source: XMLText? {
    let type = pointer.pointee.type
    guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE else { return nil }
    return document.source(of: pointer)
  }
}

@available(*, unavailable) extension XMLTreeNode: Sendable {}
