import Foundation
import Testing

@testable import ThemaIngest
@testable import ThemaStore

/// A .docx is stored while it is read: segments go into the project as the reader hands them over,
/// the original is written into a reserved blob in pieces. A reader failing half-way must still leave
/// nothing behind, and a stored document must equal what the reader returns whole.
@Suite("Importing while reading")
struct StreamingImportTests {
  static let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""

  static func document(paragraphs: Int, tail: String = "") -> String {
    let body = (1...paragraphs).map {
      "<w:p><w:r><w:t>Alinea \($0): het team onderzoekt samen hoe de les beter kan.</w:t></w:r></w:p>"
    }.joined()
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document \(w)><w:body>\(body)\(tail)</w:body></w:document>"
  }

  @Test func aDocxIsStoredExactlyAsItIsReadWhole() throws {
    let folder = try TemporaryFolder()
    let bytes = try DocxPackage.make(document: Self.document(paragraphs: 3_000))
    let file = try folder.write("verslag.docx", bytes)
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles([ImportItem(url: file, name: "verslag.docx")])
    #expect(report.segmentCount == 3_000)

    let document = try project.document("verslag.docx")
    #expect(try project.original(of: document) == bytes)
    let whole = try DocxReader().read(bytes, name: "verslag.docx")
    let stored = try project.segments(of: document).map(\.segment)
    #expect(stored == whole.segments)
  }

  @Test func aDocxThatBreaksHalfWayLeavesTheProjectUntouched() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let good = try folder.write("a.md", "# Verslag\n\nHet team leert van elkaar.\n")
    try project.importFiles([ImportItem(url: good, name: "a.md")])
    let before = try ProjectImportTests.dump(project)

    // Thousands of good paragraphs are read (and stored) before the mismatched end tag is reached.
    let broken = try DocxPackage.make(
      document: Self.document(paragraphs: 3_000, tail: "<w:p><w:r><w:t>kapot</w:r></w:p>"))
    let file = try folder.write("kapot.docx", broken)
    #expect(throws: StoreError.self) {
      try project.importFiles([ImportItem(url: file, name: "kapot.docx")])
    }
    #expect(try ProjectImportTests.dump(project) == before)
  }
}

// MARK: - Characters SQLite's C strings cannot hold

@Suite("NUL characters in text originals")
struct NULImportTests {
  @Test func aSegmentWithANULIsStoredWhole() throws {
    let folder = try TemporaryFolder()
    let bytes = Data("Verslag\n\nHet team\u{0} leert samen van elkaar.\n".utf8)
    let file = try folder.write("verslag.txt", bytes)
    let project = try Project.open(at: folder.projectPath)
    let report = try project.importFiles([ImportItem(url: file, name: "verslag.txt")])
    #expect(report.warnings.contains { $0.contains("1 NUL character(s)") })
    let document = try project.document("verslag.txt")
    #expect(try project.segments(of: document).map(\.segment.text) == ["Verslag", "Het team  leert samen van elkaar."])
    #expect(try project.original(of: document) == bytes)
  }
}
