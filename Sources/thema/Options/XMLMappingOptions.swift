import ArgumentParser
import Foundation
import ThemaIngest

/// `thema add`'s options that say how generic XML files become segments (an `XMLMapping` on the
/// command line). Each option given replaces the same key of a file's sidecar mapping.
struct XMLMappingOptions: ParsableArguments {
  @Option(
    name: .customLong("segment-xpath"),
    help: ArgumentHelp(
      "Generic XML: the elements that become segments (as 'segment:' in a sidecar).",
      valueName: "xpath"))
  var segment: String?

  @Option(
    name: .customLong("speaker-xpath"),
    help: ArgumentHelp(
      "Generic XML: a segment's speaker, relative to the segment (e.g. @spreker); segments become turns.",
      valueName: "xpath"))
  var speaker: String?

  @Option(
    name: [.customLong("start-xpath"), .customLong("time-xpath")],
    help: ArgumentHelp(
      "Generic XML: a segment's start time (seconds or hh:mm:ss), relative to the segment.",
      valueName: "xpath"))
  var start: String?

  @Option(
    name: .customLong("end-xpath"),
    help: ArgumentHelp("Generic XML: a segment's end time, relative to the segment.", valueName: "xpath"))
  var end: String?

  @Option(
    name: .customLong("heading-xpath"),
    help: ArgumentHelp(
      "Generic XML: the heading a segment belongs to, relative to the segment (e.g. ../@titel).",
      valueName: "xpath"))
  var heading: String?

  @Option(
    name: .customLong("xml-namespace"),
    help: ArgumentHelp(
      "Generic XML: a namespace prefix for the XPaths (repeatable).", valueName: "prefix=uri"))
  var namespaces: [String] = []

  func validate() throws {
    for namespace in namespaces {
      let parts = namespace.split(separator: "=", maxSplits: 1)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
        throw ValidationError("--xml-namespace takes prefix=uri, not '\(namespace)'.")
      }
    }
  }

  /// The options as overrides of a sidecar mapping.
  var overrides: XMLMappingOverrides {
    var prefixes: [String: String] = [:]
    for namespace in namespaces {
      let parts = namespace.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { prefixes[String(parts[0])] = String(parts[1]) }
    }
    return XMLMappingOverrides(
      segment: segment, speaker: speaker, start: start, end: end, heading: heading,
      namespaces: prefixes)
  }
}
