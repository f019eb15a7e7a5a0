import Foundation
import ThemaYAML
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

  /// Reads a mapping from YAML (the sidecar file `file`, named in errors). Errors name the file and
  /// the line and column: YAML syntax, an unknown key (a misspelt `segmnet:`), a value that is not a
  /// string; a mapping without `segment` is an error too.
  public init(yaml: String, file: String) throws {
    let root: Node?
    do {
      root = try YAMLText.compose(yaml)
    } catch {
      throw Self.ingestError(error, file: file)
    }
    func malformed(_ node: Node?, _ reason: String) -> IngestError {
      .malformed(file: file, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1, reason: reason)
    }
    guard let root, let pairs = root.mapping else {
      throw malformed(root, "an XML mapping is a YAML mapping with at least 'segment: <XPath>'")
    }
    var fields: [String: String] = [:]
    var namespaces: [String: String] = [:]
    for (key, value) in pairs {
      guard let name = key.scalar?.string else { throw malformed(key, "a key must be a plain name") }
      switch name {
      case "segment", "speaker", "start", "end", "heading":
        guard let string = value.scalar?.string,
          !string.trimmingCharacters(in: .whitespaces).isEmpty
        else { throw malformed(value, "'\(name)' takes an XPath expression (quote it when it starts with '@')") }
        fields[name] = string
      case "namespaces":
        guard let entries = value.mapping else {
          throw malformed(value, "'namespaces' takes lines of the form 'prefix: URI'")
        }
        for (prefix, uri) in entries {
          guard let prefixName = prefix.scalar?.string, let uriValue = uri.scalar?.string else {
            throw malformed(prefix, "'namespaces' takes lines of the form 'prefix: URI'")
          }
          namespaces[prefixName] = uriValue
        }
      default:
        throw malformed(
          key, "unknown key '\(name)' (an XML mapping knows segment, speaker, start, end, heading, namespaces)")
      }
    }
    guard let segment = fields["segment"] else {
      throw IngestError.invalid(
        file: file, reason: "the XML mapping has no 'segment: <XPath>' (the elements that become segments)")
    }
    self.init(
      segment: segment, speaker: fields["speaker"], start: fields["start"], end: fields["end"],
      heading: fields["heading"], namespaces: namespaces)
  }

  /// A Yams error as an `IngestError` naming `file` and, where Yams knows it, the line and column.
  private static func ingestError(_ problem: YAMLProblem, file: String) -> IngestError {
    guard let line = problem.line, let column = problem.column else {
      return .invalid(file: file, reason: "not readable as YAML: \(problem.reason)")
    }
    // "@" cannot start a plain YAML value, and attribute XPaths start with it.
    let hint = problem.reason.contains("cannot start any token") ? " (quote an XPath that starts with '@': \"@spreker\")" : ""
    return .malformed(file: file, line: line, column: column, reason: "YAML: \(problem.reason)\(hint)")
  }

  /// Whether `fileName` is named like a sidecar mapping (`*.thema.yaml`); such files are mappings, not
  /// documents, and a folder import leaves them out.
  public static func isSidecarName(_ fileName: String) -> Bool {
    fileName.lowercased().hasSuffix(".thema.yaml")
  }

  /// The sidecar file name for an XML file: `interviews.xml` → `interviews.xml.thema.yaml`.
  public static func sidecarName(for fileName: String) -> String { fileName + ".thema.yaml" }

  /// The mapping in the sidecar next to `url`, `nil` when there is none.
  public static func sidecar(forFileAt url: URL) throws -> XMLMapping? {
    let sidecar = url.deletingLastPathComponent().appendingPathComponent(sidecarName(for: url.lastPathComponent))
    guard FileManager.default.fileExists(atPath: sidecar.path) else { return nil }
    let text: String
    do {
      text = try String(contentsOf: sidecar, encoding: .utf8)
    } catch {
      throw IngestError.undecodable(file: sidecar.path, reason: "a sidecar mapping must be UTF-8 text")
    }
    return try XMLMapping(yaml: text, file: sidecar.path)
  }
}
