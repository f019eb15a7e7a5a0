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
}
