import Foundation
import ThemaXML

/// Reads any XML file with an ``XMLMapping``: every element the mapping's `segment` XPath selects becomes
/// a segment (a turn when the mapping names a speaker), its text the element's text with whitespace
/// collapsed, traced to the original.
///
/// Documented fallback without a mapping: every element with text of its own (not only in child
/// elements) becomes a paragraph, with a warning suggesting a sidecar mapping.
///
/// ```swift
/// let reader = GenericXMLReader(mapping: XMLMapping(segment: "//antwoord", speaker: "../@respondent"))
/// let document = try reader.read(data, name: "enquete.xml")
/// ```
public struct GenericXMLReader: DocumentReader {
  public var mapping: XMLMapping?

  public init(mapping: XMLMapping? = nil) { self.mapping = mapping }

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    let document: XMLDocumentNode
    do {
      document = try XMLDocumentNode.parse(data, name: name)
    } catch {
      throw IngestError(error)
    }
    var warnings: [String] = []
    var segments: [Segment] = []
    var speakers: [Speaker] = []
    var seen: Set<String> = []
    let elements: [XMLTreeNode]
    if let mapping {
      elements = try evaluate { try document.select(mapping.segment, namespaces: mapping.namespaces) }
      if elements.isEmpty {
        warnings.append("\(name): the mapping's segment XPath '\(mapping.segment)' selects nothing.")
      }
    } else {
      elements = Self.textBearingElements(document.root)
      warnings.append(
        "\(name): no XML mapping given; every element with text became a paragraph. Write \(XMLMapping.sidecarName(for: name)) to choose the segments.")
    }
    for element in elements {
      var builder = SegmentTextBuilder(collapsesWhitespace: true)
      for text in element.texts() { builder.append(text) }
      let kind: Segment.Kind = mapping?.speaker == nil ? .paragraph : .turn
      guard let (segment, _) = builder.segment(kind: kind) else { continue }
      var result = segment
      if let mapping {
        func value(_ expression: String?) throws -> String? {
          guard let expression else { return nil }
          let string = try evaluate { try document.string(expression, namespaces: mapping.namespaces, from: element) }
          let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
          return trimmed.isEmpty ? nil : trimmed
        }
        if let id = try value(mapping.speaker) {
          let speaker = Speaker(id: id)
          result.speaker = speaker
          if seen.insert(id).inserted { speakers.append(speaker) }
        }
        result.startTime = try value(mapping.start).flatMap(TimeCode.seconds)
        result.endTime = try value(mapping.end).flatMap(TimeCode.seconds)
        if let heading = try value(mapping.heading) { result.headingPath = [heading] }
      }
      segments.append(result)
    }
    if !document.textIsLocated {
      warnings.append("\(name): some text could not be located in the original (encoding); its offsets point at the nearest known position.")
    }
    return IngestedDocument(format: .xml, encoding: nil, segments: segments, speakers: speakers, warnings: warnings)
  }

  private func evaluate<T>(_ body: () throws -> T) throws -> T {
    do {
      return try body()
    } catch let error as XMLParseError {
      throw IngestError(error)
    }
  }

  /// Elements with a non-whitespace text node as a direct child, in document order.
  static func textBearingElements(_ root: XMLTreeNode?) -> [XMLTreeNode] {
    guard let root else { return [] }
    var result: [XMLTreeNode] = []
    func walk(_ node: XMLTreeNode) {
      let children = node.children
      if children.contains(where: { ($0.kind == .text || $0.kind == .cdata) && !($0.source?.text.allSatisfy(\.isWhitespace) ?? true) }) {
        result.append(node)
        return
      }
      for child in children where child.kind == .element { walk(child) }
    }
    walk(root)
    return result
  }
}
