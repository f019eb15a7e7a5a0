import Foundation
import Testing

@testable import ThemaIngest

/// The streaming path: a document XML of many inflate and parse chunks.
@Suite struct DocxStreamingTests {
  @Test func largeGeneratedDocumentTracesIntoDocumentXML() throws {
    let xml = SampleWordDocument.xml(bytes: 600_000, seed: 11)
    let package = try DocxPackage.make(
      documentData: xml, styles: SampleWordDocument.styles, numbering: SampleWordDocument.numbering)
    let document = try DocxReader().read(package, name: "groot.docx")
    let kinds = Set(document.segments.map(\.kind))
    #expect(kinds == [.heading, .paragraph, .listItem, .tableRow])
    #expect(document.warnings.isEmpty)
    // Offsets run through the whole part, far past the first chunks.
    #expect((document.segments.last?.byteEnd ?? 0) > xml.count - 2_000)
    TraceCheck.verify(document.segments.filter { $0.kind != .tableRow }, original: xml)
    // Tracked changes: deleted text is left out, inserted text kept.
    #expect(!document.segments.contains { $0.text.contains("delText") })
    // Table rows keep their column headers.
    #expect(document.segments.contains { $0.kind == .tableRow && $0.attributes["Activiteit"] != nil })
  }

  @Test func entryYieldingMoreThanItDeclaresIsRefusedWhileInflating() throws {
    let xml = SampleWordDocument.xml(bytes: 300_000, seed: 3)
    var package = try DocxPackage.make(documentData: xml)
    // Lower the declared uncompressed size of word/document.xml in its local and central headers.
    let declared = UInt32(xml.count)
    let lie = UInt32(100_000)
    let name = Array("word/document.xml".utf8)
    var patched = 0
    for (signature, sizeOffset, nameOffset) in [(UInt32(0x0403_4b50), 22, 30), (UInt32(0x0201_4b50), 24, 46)] {
      var index = 0
      while index + nameOffset + name.count <= package.count {
        let value = package.subdata(in: index..<(index + 4)).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
        if value == signature, Array(package[(index + nameOffset)..<(index + nameOffset + name.count)]) == name {
          let size = package.subdata(in: (index + sizeOffset)..<(index + sizeOffset + 4)).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) }
          #expect(size == declared)
          withUnsafeBytes(of: lie.littleEndian) { package.replaceSubrange((index + sizeOffset)..<(index + sizeOffset + 4), with: $0) }
          patched += 1
        }
        index += 1
      }
    }
    #expect(patched == 2)
    #expect {
      try DocxReader().read(package, name: "gelogen.docx")
    } throws: { error in
      guard case .unsafe(let file, let reason) = error as? IngestError else { return false }
      return file == "gelogen.docx" && reason.contains("more than the 100000 bytes it declares")
    }
  }

  @Test func streamedSegmentsEqualTheReadOnes() throws {
    let generated = try DocxPackage.make(
      documentData: SampleWordDocument.xml(bytes: 300_000, seed: 5), styles: SampleWordDocument.styles,
      numbering: SampleWordDocument.numbering)
    for (name, data) in [("verslag.docx", try DocxFixtures.minutes()), ("groot.docx", generated)] {
      let whole = try DocxReader().read(data, name: name)
      var streamed: [Segment] = []
      let rest = try Readers.read(data, name: name, format: .docx) { streamed.append($0) }
      #expect(streamed == whole.segments)
      #expect(rest.segments.isEmpty)
      #expect(rest.warnings == whole.warnings)
    }
    // The fixture's notes (comments, footnotes) arrive attached, as in the whole read.
    var notes = 0
    _ = try DocxReader().read(try DocxFixtures.minutes(), name: "verslag.docx") { notes += $0.notes.count }
    #expect(notes > 0)
  }

  @Test func consumerErrorStopsTheReading() throws {
    struct Full: Error {}
    let data = try DocxPackage.make(documentData: SampleWordDocument.xml(bytes: 300_000, seed: 5))
    var count = 0
    #expect(throws: Full.self) {
      _ = try DocxReader().read(data, name: "vol.docx") { _ in
        count += 1
        if count == 10 { throw Full() }
      }
    }
    #expect(count == 10)
  }

  @Test func repeatedProblemsGiveOneWarningEach() throws {
    let w = DocxPackage.wordNamespace
    let paragraph = "<w:p><w:r><w:t>voor &naam; na</w:t><w:footnoteReference w:id=\"9\"/></w:r></w:p>"
    let xml =
      "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY naam \"Marije\">]><w:document xmlns:w=\"\(w)\"><w:body>"
      + String(repeating: paragraph, count: 500) + "</w:body></w:document>"
    let document = try DocxReader().read(try DocxPackage.make(document: xml), name: "herhaald.docx")
    #expect(document.segments.count == 500)
    #expect(document.warnings.count == 2, "\(document.warnings)")
    #expect(document.warnings.contains { $0.contains("&naam;") && $0.contains("500 times") })
    #expect(document.warnings.contains { $0.contains("footnote 9") })
  }
}
