import ArgumentParser
import Foundation
import ThemaIngest
import ThemaStore

extension Thema {
  /// `thema add`: imports files and folders into the project.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Import documents (files or whole folders) into the project.",
      discussion: """
        A folder is read with its manifest (thema.yaml or thema.csv) when it has one: the manifest \
        gives each file its attributes and lists what to ignore. The original bytes are kept exactly. \
        Adding an identical file again changes nothing; a changed file with the same name becomes a \
        new version of the document. The whole command is one transaction: if a file fails, nothing \
        is imported (unless --keep-going).

        Generic XML (an .xml file that is not TEI or Transcriber) is read with a mapping that \
        names the elements that become segments. Write it next to the file as a sidecar named \
        after it with '.thema.yaml' added (interviews.xml → interviews.xml.thema.yaml), with the \
        keys segment (required), speaker, start, end, heading (XPaths; all but segment relative \
        to the segment) and namespaces (prefix: URI). A file with a sidecar is read as generic \
        XML; a sidecar is never imported as a document. The --…-xpath options replace the \
        sidecar's keys, or are the whole mapping of .xml files without one. A segment XPath \
        that selects nothing is an error (check the namespace prefix); a speaker, time or \
        heading XPath that gives no value for any segment is a note. Without a mapping every \
        element with text becomes a paragraph. A changed mapping does not re-read a file that \
        is already in the project unchanged.

        Examples:
          thema add Corpora/mli
          thema add verslag-mei.txt --attr programme=Windesheim --attr type=minutes
          thema add gesprekken.xml --segment-xpath //g:beurt --speaker-xpath @spreker \\
            --xml-namespace g=http://example.org/gesprekken
        """)

    @OptionGroup var projectOptions: ProjectOptions

    @Argument(help: "Files or folders to import.", completion: .file())
    var paths: [String]

    @Option(
      name: .customLong("attr"),
      help: ArgumentHelp("Set an attribute on every imported document.", valueName: "key=value"))
    var attributes: [String] = []

    @Option(help: "Read the files as this format instead of detecting it (\(DocumentFormat.allCases.map(\.rawValue).joined(separator: ", "))).")
    var format: DocumentFormat?

    @Option(
      help: ArgumentHelp(
        "Transcriber (.trs) turns: a segment per <Sync> part, or one per turn and speaker (default: the manifest's transcriber-turns, else sync).",
        valueName: "sync|whole"))
    var transcriberTurns: TranscriberReader.TurnSegments?

    @Flag(help: "Import the files that can be read and list every failure, instead of importing nothing.")
    var keepGoing = false

    @OptionGroup(title: "Generic XML mapping") var xmlMapping: XMLMappingOptions

    @OptionGroup var output: OutputOptions

    func validate() throws {
      for attribute in attributes where !attribute.contains("=") {
        throw ValidationError("--attr takes key=value, not '\(attribute)'.")
      }
    }

    func run() throws {
      let attributeValues = Dictionary(
        attributes.map { pair -> (String, String) in
          let parts = pair.split(separator: "=", maxSplits: 1)
          return (String(parts[0]), parts.count > 1 ? String(parts[1]) : "")
        }, uniquingKeysWith: { _, last in last })
      let items = try ImportPlan.items(
        for: paths, attributes: attributeValues, format: format, xmlMapping: xmlMapping.overrides,
        transcriberTurns: transcriberTurns)
      let project = try projectOptions.open(create: true)
      let report = try project.importFiles(items, keepGoing: keepGoing)
      if output.json {
        try Output.json(report)
      } else {
        print(Self.summary(of: report))
        for warning in report.warnings { print("  note: \(warning)") }
      }
      for failure in report.failures { Output.warn("thema: \(failure.message)") }
      if !report.failures.isEmpty { throw ExitCode(1) }
    }

    static func summary(of report: ImportReport) -> String {
      var parts = ["Added \(report.added.count) document\(report.added.count == 1 ? "" : "s")"]
      if !report.newVersions.isEmpty { parts.append("\(report.newVersions.count) new version(s)") }
      if !report.unchanged.isEmpty { parts.append("\(report.unchanged.count) unchanged") }
      if !report.attributesChanged.isEmpty {
        parts.append("attributes changed on \(report.attributesChanged.count)")
      }
      if !report.failures.isEmpty { parts.append("\(report.failures.count) failed") }
      return parts.joined(separator: ", ")
        + " (\(report.segmentCount) segments from \(report.byteCount) bytes)."
    }
  }
}

extension DocumentFormat: ExpressibleByArgument {}
extension TranscriberReader.TurnSegments: ExpressibleByArgument {}
