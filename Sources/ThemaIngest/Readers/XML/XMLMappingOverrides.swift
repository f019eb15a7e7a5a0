import Foundation

// MARK: - XMLMappingOverrides

/// The parts of an ``XMLMapping`` given on the command line (`thema add --segment-xpath …`). Each
/// part given replaces the same part of a file's sidecar mapping; the namespaces are merged (the
/// command line wins for a prefix both name).
///
/// ```swift
/// let overrides = XMLMappingOverrides(segment: "//beurt", speaker: "@spreker")
/// let mapping = try overrides.mapping(over: nil, file: "gesprekken.xml")   // //beurt, @spreker
/// ```
public struct XMLMappingOverrides: Sendable, Hashable {
  /// XPath of the segment elements.
  public var segment: String?
  /// XPath, relative to a segment, of its speaker.
  public var speaker: String?
  /// XPath, relative to a segment, of its start time.
  public var start: String?
  /// XPath, relative to a segment, of its end time.
  public var end: String?
  /// XPath, relative to a segment, of its heading.
  public var heading: String?
  /// Prefix → namespace URI.
  public var namespaces: [String: String]

  public init(
    segment: String? = nil, speaker: String? = nil, start: String? = nil, end: String? = nil,
    heading: String? = nil, namespaces: [String: String] = [:]
  ) {
    self.segment = segment
    self.speaker = speaker
    self.start = start
    self.end = end
    self.heading = heading
    self.namespaces = namespaces
  }

  /// Whether nothing was given.
  public var isEmpty: Bool {
    segment == nil && speaker == nil && start == nil && end == nil && heading == nil
      && namespaces.isEmpty
  }

  /// The mapping for the XML file `file`: `sidecar` (its sidecar mapping, if any) with the parts
  /// given here replacing its own. `nil` when there is neither a sidecar nor anything given here.
  /// Throws `IngestError.invalid` naming `file` when no segment XPath results.
  public func mapping(over sidecar: XMLMapping?, file: String) throws -> XMLMapping? {
    if isEmpty { return sidecar }
    guard let segment = segment ?? sidecar?.segment else {
      throw IngestError.invalid(
        file: file,
        reason:
          "the XML mapping options need a segment XPath: give --segment-xpath, or write \(XMLMapping.sidecarName(for: URL(fileURLWithPath: file).lastPathComponent)) next to the file"
      )
    }
    return XMLMapping(
      segment: segment, speaker: speaker ?? sidecar?.speaker, start: start ?? sidecar?.start,
      end: end ?? sidecar?.end, heading: heading ?? sidecar?.heading,
      namespaces: (sidecar?.namespaces ?? [:]).merging(namespaces) { $1 })
  }
}
