/// An attribute of a start tag (namespace declarations are not reported).
public struct XMLAttribute: Sendable, Hashable {
  public var localName: String
  public var namespace: String?
  public var value: String

  public init(localName: String, namespace: String? = nil, value: String) {
    self.localName = localName
    self.namespace = namespace
    self.value = value
  }
}

/// A start tag as the stream reports it.
public struct XMLStartTag: Sendable, Hashable {
  public var localName: String
  public var namespace: String?
  public var attributes: [XMLAttribute]
  /// Nesting depth (the root element is 0).
  public var depth: Int
  /// The 1-based line the tag was read on.
  public var line: Int

  public init(localName: String, namespace: String?, attributes: [XMLAttribute], depth: Int, line: Int) {
    self.localName = localName
    self.namespace = namespace
    self.attributes = attributes
    self.depth = depth
    self.line = line
  }

  /// The value of attribute `name` in `namespace` (no namespace when `nil`).
  ///
  /// ```swift
  /// tag.attribute("id", namespace: XMLNamespace.xml)   // xml:id
  /// ```
  public func attribute(_ name: String, namespace: String? = nil) -> String? {
    attributes.first { $0.localName == name && $0.namespace == namespace }?.value
  }
}

/// What ``XMLStreamReader`` reports, in document order. Every `start` is followed by its `end`, also for
/// an empty element (`<pause/>`).
public enum XMLEvent: Sendable, Hashable {
  case start(XMLStartTag)
  /// The end of the element `localName` at `depth`.
  case end(localName: String, namespace: String?, depth: Int)
  /// A text node, a whitespace-only text node, or a CDATA section, with its original position.
  case text(XMLText)
  /// A reference to an entity declared in the document's DTD; never expanded.
  case entityReference(name: String)
}
