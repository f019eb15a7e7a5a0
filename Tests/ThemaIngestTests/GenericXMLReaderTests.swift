import Foundation
import Testing

@testable import ThemaIngest

@Suite struct GenericXMLReaderTests {
  static let export = """
    <?xml version="1.0" encoding="UTF-8"?>
    <gesprekken xmlns="http://example.org/gesprekken">
      <deel titel="Begin">
        <beurt spreker="I" begin="00:00:04">Hoe begon het project?</beurt>
        <beurt spreker="R1" begin="12.5" eind="20">Met een <nadruk>kleine</nadruk> werkgroep
          van drie docenten.</beurt>
      </deel>
      <deel titel="Vervolg">
        <beurt spreker="R1" begin="31">Daarna &amp; later breidde het uit.</beurt>
      </deel>
    </gesprekken>
    """

  static let mapping = XMLMapping(
    segment: "//g:beurt", speaker: "@spreker", start: "@begin", end: "@eind", heading: "../@titel",
    namespaces: ["g": "http://example.org/gesprekken"])

  @Test func mappingSelectsSegmentsWithSpeakerTimeAndHeading() throws {
    let data = Data(Self.export.utf8)
    let document = try GenericXMLReader(mapping: Self.mapping).read(data, name: "gesprekken.xml")
    #expect(document.segments.map(\.text) == [
      "Hoe begon het project?", "Met een kleine werkgroep van drie docenten.", "Daarna & later breidde het uit.",
    ])
    #expect(document.segments.map(\.kind) == [.turn, .turn, .turn])
    #expect(document.segments.map { $0.speaker?.id } == ["I", "R1", "R1"])
    #expect(document.segments.map(\.startTime) == [4, 12.5, 31])
    #expect(document.segments[1].endTime == 20)
    #expect(document.segments.map(\.headingPath) == [["Begin"], ["Begin"], ["Vervolg"]])
    #expect(document.speakers.map(\.id) == ["I", "R1"])
    #expect(document.warnings.isEmpty)
    TraceCheck.verify(document.segments, original: data)
  }

  @Test func mappingFromSidecarYAML() throws {
    let yaml = """
      segment: //g:beurt
      speaker: "@spreker"
      namespaces:
        g: http://example.org/gesprekken
      """
    let mapping = try XMLMapping(yaml: yaml, file: "gesprekken.xml.thema.yaml")
    #expect(mapping.segment == "//g:beurt")
    #expect(mapping.namespaces["g"] == "http://example.org/gesprekken")
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("thema-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("gesprekken.xml")
    try Data(yaml.utf8).write(to: directory.appendingPathComponent("gesprekken.xml.thema.yaml"))
    #expect(try XMLMapping.sidecar(forFileAt: file) == mapping)
    #expect(try XMLMapping.sidecar(forFileAt: directory.appendingPathComponent("ander.xml")) == nil)
    #expect(throws: IngestError.self) { try XMLMapping(yaml: "speaker: x", file: "fout.yaml") }
  }

  @Test func readersPassTheMappingOn() throws {
    let data = Data(Self.export.utf8)
    #expect(Readers.detect(name: "gesprekken.xml", data: data) == .xml)
    let document = try Readers.read(data, name: "gesprekken.xml", format: nil, xmlMapping: Self.mapping)
    #expect(document.segments.map(\.kind) == [.turn, .turn, .turn])
  }

  @Test func withoutMappingEveryTextElementIsAParagraph() throws {
    let document = try GenericXMLReader().read(Data(Self.export.utf8), name: "gesprekken.xml")
    #expect(document.segments.count == 3)
    #expect(document.segments[1].text == "Met een kleine werkgroep van drie docenten.")
    #expect(document.warnings.contains { $0.contains("gesprekken.xml.thema.yaml") })
  }

  @Test func invalidXPathIsAClearError() {
    #expect(throws: IngestError.self) {
      try GenericXMLReader(mapping: XMLMapping(segment: "//[")).read(Data(Self.export.utf8), name: "x.xml")
    }
  }

  @Test func aSegmentXPathThatSelectsNothingIsAnErrorWithANamespaceHint() throws {
    let mapping = XMLMapping(segment: "//beurt")  // the elements are in a namespace
    do {
      _ = try GenericXMLReader(mapping: mapping).read(Data(Self.export.utf8), name: "x.xml")
      Issue.record("an empty selection was accepted")
    } catch let error as IngestError {
      let message = error.localizedDescription
      #expect(message.hasPrefix("x.xml: "))
      #expect(message.contains("'//beurt' selects no element"))
      #expect(message.contains("http://example.org/gesprekken"))
    }
  }

  @Test func anOptionalXPathWithoutAnyValueIsANote() throws {
    var mapping = Self.mapping
    mapping.end = "@einde"  // misspelt: no <beurt> has it
    let document = try GenericXMLReader(mapping: mapping).read(Data(Self.export.utf8), name: "x.xml")
    #expect(document.segments.count == 3)
    #expect(document.warnings == ["x.xml: the XML mapping's end XPath '@einde' gives no value for any of the 3 segment(s)."])
    // "@eind" gives a value for one <beurt> only: that is the data, not a mistake (see above).
  }

  @Test func sidecarErrorsNameTheFileAndLine() {
    let cases: [(String, String)] = [
      ("segment: //g:beurt\nspeaker: [open\n", "m.yaml:3:"),  // YAML syntax
      ("segment: //g:beurt\nspeaker: @wie\n", "m.yaml:2:10: YAML: found character that cannot start any token"),
      ("segment: //g:beurt\nsegmnet: //x\n", "m.yaml:2:1: unknown key 'segmnet'"),
      ("segment:\n  - //a\n", "m.yaml:2:3: 'segment' takes an XPath"),
      ("namespaces: g\n", "m.yaml:1:13: 'namespaces' takes"),
      ("speaker: \"@wie\"\n", "m.yaml: the XML mapping has no 'segment"),
    ]
    for (yaml, expected) in cases {
      do {
        _ = try XMLMapping(yaml: yaml, file: "m.yaml")
        Issue.record("accepted: \(yaml)")
      } catch {
        #expect(error.localizedDescription.hasPrefix(expected), "\(error.localizedDescription)")
      }
    }
    // An attribute XPath left unquoted gets the hint.
    #expect(throws: IngestError.self) { try XMLMapping(yaml: "segment: //u\nspeaker: @wie\n", file: "m.yaml") }
    do {
      _ = try XMLMapping(yaml: "segment: //u\nspeaker: @wie\n", file: "m.yaml")
    } catch {
      #expect(error.localizedDescription.contains("(quote an XPath that starts with '@'"))
    }
  }
}
