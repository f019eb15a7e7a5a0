import Foundation
import Testing
import ThemaIngest

@testable import ThemaStore

// MARK: - Generic XML with a sidecar mapping

@Suite("Importing generic XML with a mapping")
struct XMLImportTests {
  static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <gesprek xmlns="http://example.org/gesprek">
      <deel titel="Opening">
        <beurt wie="I" tijd="00:00:05">Hoe kijkt u terug op de opleiding?</beurt>
        <beurt wie="R1" tijd="00:00:11">Met plezier, vooral door het onderzoek in mijn eigen school.</beurt>
      </deel>
    </gesprek>
    """

  static let sidecar = """
    # welke elementen segmenten worden
    segment: //g:beurt
    speaker: "@wie"
    start: "@tijd"
    namespaces:
      g: http://example.org/gesprek
    """

  @Test func aFolderImportUsesTheSidecarAndSkipsIt() throws {
    let folder = try TemporaryFolder()
    try folder.write("gesprekken/interview.xml", Self.xml)
    try folder.write("gesprekken/interview.xml.thema.yaml", Self.sidecar)
    try folder.write("gesprekken/notitie.txt", "Een korte notitie bij het interview.\n")
    let items = try ImportPlan.items(
      for: [folder.url.appendingPathComponent("gesprekken").path], attributes: [:], format: nil)
    #expect(items.map(\.name) == ["interview.xml", "notitie.txt"])
    #expect(items[0].format == .xml)
    #expect(items[0].xmlMapping?.segment == "//g:beurt")
    #expect(items[1].xmlMapping == nil)
    let project = try Project.open(at: folder.projectPath)
    try project.importFiles(items)
    let segments = try project.segments(of: try project.document("interview.xml")).map(\.segment)
    #expect(segments.map(\.kind) == [.turn, .turn])
    #expect(segments.map { $0.speaker?.id } == ["I", "R1"])
    #expect(segments.map(\.startTime) == [5, 11])
  }

  @Test func commandLineOptionsReplaceSidecarKeys() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("interview.xml", Self.xml)
    try folder.write("interview.xml.thema.yaml", Self.sidecar)
    let overrides = XMLMappingOverrides(speaker: "@tijd", heading: "../@titel")
    let items = try ImportPlan.items(for: [file.path], attributes: [:], format: nil, xmlMapping: overrides)
    #expect(items.first?.xmlMapping?.segment == "//g:beurt")
    #expect(items.first?.xmlMapping?.speaker == "@tijd")
    #expect(items.first?.xmlMapping?.heading == "../@titel")
    #expect(items.first?.xmlMapping?.namespaces["g"] == "http://example.org/gesprek")
  }

  @Test func withoutSidecarOrOptionsThereIsNoMapping() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("interview.xml", Self.xml)
    let items = try ImportPlan.items(for: [file.path], attributes: [:], format: nil)
    #expect(items.first?.xmlMapping == nil)
    #expect(items.first?.format == nil)
    // Options without a segment XPath and without a sidecar cannot make a mapping.
    #expect(throws: IngestError.self) {
      try ImportPlan.items(
        for: [file.path], attributes: [:], format: nil, xmlMapping: XMLMappingOverrides(speaker: "@wie"))
    }
  }

  @Test func aBadSidecarNamesItsFileAndLine() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("interview.xml", Self.xml)
    try folder.write("interview.xml.thema.yaml", "segment: //g:beurt\nspreker: \"@wie\"\n")
    do {
      _ = try ImportPlan.items(for: [file.path], attributes: [:], format: nil)
      Issue.record("a sidecar with an unknown key was accepted")
    } catch let error as IngestError {
      let message = error.localizedDescription
      #expect(message.contains("interview.xml.thema.yaml:2:1"), "\(message)")
      #expect(message.contains("spreker"))
    }
  }

  @Test func aSidecarNamedOnItsOwnIsRefused() throws {
    let folder = try TemporaryFolder()
    let sidecar = try folder.write("interview.xml.thema.yaml", Self.sidecar)
    #expect(throws: IngestError.self) {
      try ImportPlan.items(for: [sidecar.path], attributes: [:], format: nil)
    }
  }
}
