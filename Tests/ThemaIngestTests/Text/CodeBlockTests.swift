import Foundation
import PropertyBased
import Testing

@testable import ThemaIngest

// MARK: - Fenced code blocks in Markdown

@Suite struct CodeBlockTests {
  /// Inside the fence: a hyphen at a line end, a page number, a list marker, emphasis, a heading
  /// mark, a blank line and indentation — none of it may be repaired or split.
  static let block = """
    # Verslag

    De werkgroep plakte het logboek van de pilot in het verslag:

    ```text
    12 maart: **start** van de pilot in klas 3b, onder-
    wijs volgens het nieuwe plan
    - 14 -

    # geen kop
      • geen lijst
    ```

    Daarna bespreekt het team de uitkomsten.
    """

  @Test func aFencedBlockIsOneVerbatimCodeSegment() throws {
    let data = Data(Self.block.utf8)
    let document = try MarkdownReader().read(data, name: "verslag.md")
    let segs = document.segments
    #expect(segs.map(\.kind) == [.heading, .paragraph, .code, .paragraph])
    let code = segs[2]
    let content = """
      12 maart: **start** van de pilot in klas 3b, onder-
      wijs volgens het nieuwe plan
      - 14 -

      # geen kop
        • geen lijst
      """
    #expect(code.text == content)
    #expect(code.attributes[Segment.fenceInfoAttribute] == "text")
    #expect(code.headingPath == ["Verslag"])
    // Offsets: the segment is exactly the block's content in the original.
    let scalars = Array(Self.block.unicodeScalars)
    var slice = String.UnicodeScalarView()
    slice.append(contentsOf: scalars[code.start..<code.end])
    #expect(String(slice) == content)
    #expect(String(decoding: data[code.byteStart..<code.byteEnd], as: UTF8.self) == content)
    #expect(code.map.runs.count == 1)
    #expect(code.map.originalRange(ofView: 0..<code.map.viewLength) == code.start..<code.end)
    #expect(segs[3].text == "Daarna bespreekt het team de uitkomsten.")
    #expect(document.warnings.isEmpty)
    try checkInvariants(document, original: data)
  }

  @Test func tildeFencesAndAnUnclosedFence() throws {
    let text = "Tekst ervoor.\n\n~~~~\nregel een\n```\nregel twee\n~~~~\n\nNa het blok.\n\n```\nopen blok\n"
    let document = try MarkdownReader().read(Data(text.utf8), name: "x.md")
    #expect(document.segments.map(\.kind) == [.paragraph, .code, .paragraph, .code])
    #expect(document.segments[1].text == "regel een\n```\nregel twee")
    #expect(document.segments[1].attributes.isEmpty)
    #expect(document.segments[3].text == "open blok")
    #expect(document.warnings.contains { $0.hasPrefix("x.md:11:") && $0.contains("never closed") })
    try checkInvariants(document, original: Data(text.utf8))
  }

  @Test(arguments: [
    "Zie ``code`` hier\nen verder.", "```inline``` code en\nmeer tekst.", "``\nniet\n``",
  ])
  func backticksThatAreNoFenceStayText(text: String) throws {
    let segs = try segments(text, markdown: true)
    #expect(segs.allSatisfy { $0.kind != .code })
  }

  @Test func plainTextHasNoFences() throws {
    let segs = try segments("Begin\n\n```\nregel een\nregel twee\n```\n")
    #expect(segs.allSatisfy { $0.kind != .code })
  }

  @Test func anEmptyBlockIsLeftOutWithAWarning() throws {
    let document = try MarkdownReader().read(Data("Tekst.\n\n```\n```\n".utf8), name: "x.md")
    #expect(document.segments.map(\.kind) == [.paragraph])
    #expect(document.warnings.contains { $0.contains("empty fenced code block") })
  }

  // MARK: - Property

  /// Line pieces the rest of the segmenter would repair, split or drop outside a fence.
  static let pieces = [
    "onder-", "wijs", "- 3 -", "Pagina 2 van 3", "# Kop", "• punt", "1. punt", "**vet**", "_schuin_",
    "| a | b |", "|---|", "LEREN", "\t", "  ", "\u{0C}", "~~", "é", "😀", "> citaat", "====", "team",
  ]

  @Test func whateverIsInsideAFenceComesOutVerbatim() async {
    await propertyCheck(
      count: 300,
      input: Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...4).array(of: 1...12),
      Gen.int(in: 0...1)
    ) { lines, fenceChoice in
      let content = lines.map { $0.map { Self.pieces[$0] }.joined(separator: " ") }
      let fence = fenceChoice == 0 ? "```" : "~~~~"
      let body = content.joined(separator: "\n")
      let text = "Het team plakt het logboek:\n\n\(fence)log\n\(body)\n\(fence)\n\nDaarna verder.\n"
      let data = Data(text.utf8)
      let document = try MarkdownReader().read(data, name: "x.md")
      let code = document.segments.filter { $0.kind == .code }
      let hasContent = content.contains { !$0.allSatisfy(\.isWhitespace) }
      #expect(code.count == (hasContent ? 1 : 0), "\(text.debugDescription)")
      if hasContent {
        #expect(code.first?.text == body, "\(text.debugDescription)")
        #expect(code.first?.attributes[Segment.fenceInfoAttribute] == "log")
      }
      #expect(document.segments.last?.text == "Daarna verder.")
      try checkInvariants(document, original: data)
    }
  }
}
