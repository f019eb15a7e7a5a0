import Foundation
import Yams

/// How a generic XML file becomes segments: the XPath of the segment elements and, relative to each,
/// optional expressions for speaker, start and end time and heading. Built from command-line flags or
/// read from a sidecar file `<file>.thema.yaml` next to the XML file.
///
/// ```yaml
/// # interviews.xml.thema.yaml
/// segment: //beurt                # every <beurt> is a segment
/// speaker: "@spreker"             # string value, relative to the segment
/// start: "@begin"                 # seconds or hh:mm:ss
/// heading: "ancestor::deel[1]/@titel"
/// namespaces:                     # prefixes used above (needed for a default namespace)
///   x: http://example.org/interviews
/// ```
///
/// ```swift
/// let mapping = try XMLMapping(yaml: text, file: "interviews.xml.thema.yaml")
/// let document = try GenericXMLReader(mapping: mapping).read(data, name: "interviews.xml")
/// ```
public struct XMLMapping: Sendable, Hashable, Codable {
  /// XPath selecting the segment elements (required).
  public var segment: String
  /// XPath, relative to a segment, of its speaker (string value); segments become turns when given.
  public var speaker: String?
  /// XPath, relative to a segment, of its start time.
  public var start: String?
  /// XPath, relative to a segment, of its end time.
  public var end: String?
  /// XPath, relative to a segment, of the heading it belongs to.
  public var heading: String?
  /// Prefix → namespace URI for the expressions.
  public var namespaces: [String: String]

  public init(
    segment: String, speaker: String? = nil, start: String? = nil, end: String? = nil, heading: String? = nil,
    namespaces: [String: String] = [:]
  ) {
    self.segment = segment
    self.speaker = speaker
    self.start = start
    self.end = end
    self.heading = heading
    self.namespaces = namespaces
  }

  private enum CodingKeys: String, CodingKey { case segment, speaker, start, end, heading, namespaces }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    segment = try container.decode(String.self, forKey: .segment)
    speaker = try container.decodeIfPresent(String.self, forKey: .speaker)
    start = try container.decodeIfPresent(String.self, forKey: .start)
    end = try container.decodeIfPresent(String.self, forKey: .end)
    heading = try container.decodeIfPresent(String.self, forKey: .heading)
    namespaces = try container.decodeIfPresent([String: String].self, forKey: .namespaces) ?? [:]
  }

  /// Reads a mapping from YAML (the sidecar file `file`, named in errors).
  public init(yaml: String, file: String) throws {
    do {
      self = try YAMLDecoder().decode(XMLMapping.self, from: yaml)
    } catch {
      throw IngestError.invalid(file: file, reason: "not a valid XML mapping (needs at least 'segment: <XPath>'): \(error)")
    }
  }

  /// The sidecar file name for an XML file: `interviews.xml` → `interviews.xml.thema.yaml`.
  public static func sidecarName(for fileName: String) -> String { fileName + ".thema.yaml" }

  /// The mapping in the sidecar next to `url`, `nil` when there is none.
  public static func sidecar(forFileAt url: URL) throws -> XMLMapping? {
    let sidecar = url.deletingLastPathComponent().appendingPathComponent(sidecarName(for: url.lastPathComponent))
    guard FileManager.default.fileExists(atPath: sidecar.path) else { return nil }
    let text = try String(contentsOf: sidecar, encoding: .utf8)
    return try XMLMapping(yaml: text, file: sidecar.lastPathComponent)
  }
}
