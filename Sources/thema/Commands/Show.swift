import ArgumentParser
import Foundation
import ThemaExport
import ThemaIngest
import ThemaStore

extension Thema {
  /// `thema show`: one document — its analysis text, its segments, or its original bytes.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a document: its analysis text, its segments, or the original bytes.",
      discussion: """
        DOC is a document id, its name, or the end of its name. --original writes the original \
        file to standard output byte for byte (redirect it to a file to compare).
        """)

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: "The document (id, name or end of name).")
    var document: String

    @Flag(help: "List the segments with their kind, heading path and original offsets.")
    var segments = false

    @Flag(help: "Write the original bytes exactly as imported.")
    var original = false

    @Option(help: "Which version (default: the newest).")
    var version: Int?

    @OptionGroup var output: OutputOptions

    func validate() throws {
      if original && (segments || output.json) {
        throw ValidationError("--original writes raw bytes and cannot be combined with --segments or --json.")
      }
    }

    func run() throws {
      let project = try projectOptions.open()
      let summary = try project.document(document)
      if original {
        Output.bytes(try project.original(of: summary, version: version))
        return
      }
      let stored = try project.segments(of: summary)
      if output.json {
        if segments {
          try Output.json(stored.map(SegmentJSON.init))
        } else {
          try Output.json(DocumentJSON(summary))
        }
        return
      }
      print("\(summary.name)  (document \(summary.id), version \(summary.version) of \(summary.versionCount))")
      print("format \(summary.format.rawValue), encoding \(summary.encoding?.rawValue ?? "-"), \(summary.byteCount) bytes, sha256 \(summary.sha256)")
      if !summary.attributes.isEmpty {
        print(summary.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "  "))
      }
      for warning in summary.warnings { print("note: \(warning)") }
      print("")
      if segments {
        var table = TextTable(["id", "kind", "start", "end", "heading path", "text"], rightAligned: [0, 2, 3])
        for s in stored {
          table.append([
            "\(s.id)", s.segment.kind.rawValue, "\(s.segment.start)", "\(s.segment.end)",
            s.segment.headingPath.joined(separator: " › "),
            // A code block keeps its line breaks; one table row shows them as "⏎".
            s.segment.text.replacingOccurrences(of: "\n", with: "⏎"),
          ])
        }
        print(table.render(width: Output.tableWidth()))
      } else {
        for s in stored { print(Self.render(s.segment)) }
      }
    }

    static func render(_ segment: Segment) -> String {
      switch segment.kind {
      case .heading: return "\n## " + segment.text
      case .listItem:
        return String(repeating: "  ", count: segment.listLevel) + (segment.marker ?? "-") + " "
          + segment.text
      case .turn:
        let who = segment.speaker.map { $0.name ?? $0.id } ?? "?"
        return "\(who): \(segment.text)"
      case .paragraph, .tableRow: return segment.text
      case .code: return "```\n" + segment.text + "\n```"
      }
    }
  }
}

/// The JSON form of a segment (documented in the README).
struct SegmentJSON: Encodable {
  var id: Int64
  var ordinal: Int
  var kind: String
  var headingPath: [String]
  var text: String
  var start: Int
  var end: Int
  var byteStart: Int
  var byteEnd: Int
  var part: String?
  var listLevel: Int
  var marker: String?
  var speaker: Speaker?
  var startTime: Double?
  var endTime: Double?
  var attributes: [String: String]
  var notes: [String]

  init(_ stored: StoredSegment) {
    let s = stored.segment
    (id, ordinal, kind, headingPath, text) = (stored.id, stored.ordinal, s.kind.rawValue, s.headingPath, s.text)
    (start, end, byteStart, byteEnd, part, listLevel, marker) = (
      s.start, s.end, s.byteStart, s.byteEnd, s.part, s.listLevel, s.marker
    )
    (speaker, startTime, endTime, attributes, notes) = (s.speaker, s.startTime, s.endTime, s.attributes, s.notes)
  }
}
