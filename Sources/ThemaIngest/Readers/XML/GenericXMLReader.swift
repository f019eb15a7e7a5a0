import Foundation
import ThemaXML

/// Reads any XML file with an ``XMLMapping``: every element the mapping's `segment` XPath selects becomes
/// a segment (a turn when the mapping names a speaker), its text the element's text with whitespace
/// collapsed, traced to the original.
///
/// Documented fallback without a mapping: every element with text of its own (not only in child
/// elements) becomes a paragraph, with a warning suggesting a sidecar mapping.
///
/// A mapping whose `segment` XPath selects nothing is an error (`IngestError.invalid`, with a hint
/// when the document's elements are in a namespace the expression does not name): a document without
/// segments is never what the researcher meant. An optional expression (speaker, start, end,
/// heading) that gives no value for any segment is a warning; one that gives none for some segments
/// leaves those without (the data may simply not have it there).
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
        var reason = "the XML mapping's segment XPath '\(mapping.segment)' selects no element"
        if let uri = document.root?.namespace, mapping.namespaces.values.contains(uri) == false {
          reason +=
            "; the elements are in the namespace \(uri): name it under 'namespaces:' (say 'x: \(uri)') and write the XPath with that prefix ('//x:element')"
        }
        throw IngestError.invalid(file: name, reason: reason)
      }
    } else {
      elements = Self.textBearingElements(document.root)
      warnings.append(
        "\(name): no XML mapping given; every element with text became a paragraph. Write \(XMLMapping.sidecarName(for: name)) to choose the segments.")
    }
    var missing: [String: Int] = [:]
    for element in elements {
      var builder = SegmentTextBuilder(collapsesWhitespace: true)
      for text in element.texts() { builder.append(text) }
      let kind: Segment.Kind = mapping?.speaker == nil ? .paragraph : .turn
      guard let (segment, _) = builder.segment(kind: kind) else { continue }
      var result = segment
      if let mapping {
        func value(_ expression: String?, _ part: String) throws -> String? {
          guard let expression else { return nil }
          let string = try evaluate { try document.string(expression, namespaces: mapping.namespaces, from: element) }
          let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
          if trimmed.isEmpty { missing[part, default: 0] += 1 }
          return trimmed.isEmpty ? nil : trimmed
        }
        if let id = try value(mapping.speaker, "speaker") {
          let speaker = Speaker(id: id)
          result.speaker = speaker
          if seen.insert(id).inserted { speakers.append(speaker) }
        }
        result.startTime = try value(mapping.start, "start").flatMap(TimeCode.seconds)
        result.endTime = try value(mapping.end, "end").flatMap(TimeCode.seconds)
        if let heading = try value(mapping.heading, "heading") { result.headingPath = [heading] }
      }
      segments.append(result)
    }
    if let mapping {
      for (part, expression) in [
        ("speaker", mapping.speaker), ("start", mapping.start), ("end", mapping.end),
        ("heading", mapping.heading),
      ] {
        // Some segments without a value is the data; none with a value is a mistake in the mapping.
        guard let expression, let count = missing[part], count == segments.count else { continue }
        warnings.append(
          "\(name): the XML mapping's \(part) XPath '\(expression)' gives no value for any of the \(count) segment(s).")
      }
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
