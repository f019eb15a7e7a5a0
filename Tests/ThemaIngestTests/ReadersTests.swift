import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Dispatcher

@Suite struct ReadersTests {
  @Test func textAndMarkdownHaveReaders() throws {
    let data = Data("# Kop\n\nTekst.".utf8)
    let markdown = try Readers.read(data, name: "verslag.md")
    #expect(markdown.format == .markdown)
    #expect(markdown.segments.first?.kind == .heading)
    let text = try Readers.read(data, name: "verslag.txt")
    #expect(text.format == .text)
    #expect(text.encoding == .utf8)
    let forced = try Readers.read(data, name: "verslag.txt", format: .markdown)
    #expect(forced.format == .markdown)
  }
}
