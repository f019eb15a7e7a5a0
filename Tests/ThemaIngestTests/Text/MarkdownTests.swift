import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Markdown

@Suite struct MarkdownTests {
  static let minutes = """
    # Overleg Windesheim

    ## Leren

    Het team vindt **samen leren** belangrijk, en _reflectie_ ook.
    Een tweede regel van dezelfde alinea.

    - eerste punt met *nadruk*
      - genest punt
    - snake_case blijft staan, net als 5 * 3

    | Actie | Wie |
    |-------|:---:|
    | Profiel **herschrijven** | Henk |

    > Een citaat van een deelnemer.
    """

  @Test func structure() throws {
    let doc = try document(Self.minutes, markdown: true)
    #expect(doc.format == .markdown)
    #expect(
      doc.segments.map(\.kind) == [
        .heading, .heading, .paragraph, .listItem, .listItem, .listItem, .tableRow, .tableRow, .paragraph,
      ])
    #expect(doc.segments[2].headingPath == ["Overleg Windesheim", "Leren"])
    #expect(doc.segments.map(\.listLevel)[3...5] == [0, 1, 0])
    try checkInvariants(doc, original: Data(Self.minutes.utf8))
  }

  @Test func emphasisMarkersLeaveTheViewButMapBack() throws {
    let doc = try document(Self.minutes, markdown: true)
    let paragraph = doc.segments[2]
    #expect(
      paragraph.text
        == "Het team vindt samen leren belangrijk, en reflectie ook. Een tweede regel van dezelfde alinea.")
    // "samen" in the view maps to "samen" in the original, after the "**".
    let decoded = try TextDecoder.decode(Data(Self.minutes.utf8), name: "x")
    let viewRange = paragraph.text.unicodeScalars.count(before: "samen")
    let original = paragraph.map.originalRange(ofView: viewRange..<(viewRange + 5))
    #expect(decoded.slice(original) == "samen")
    #expect(decoded.slice((original.lowerBound - 2)..<original.lowerBound) == "**")
    #expect(doc.segments[3].text == "eerste punt met nadruk")
    #expect(doc.segments[5].text == "snake_case blijft staan, net als 5 * 3")
  }

  @Test func pipeTableRowsCarryHeaders() throws {
    let doc = try document(Self.minutes, markdown: true)
    #expect(doc.segments[6].text == "Actie | Wie")
    #expect(doc.segments[7].text == "Profiel herschrijven | Henk")
    #expect(doc.segments[7].attributes == ["Actie": "Profiel herschrijven", "Wie": "Henk"])
    #expect(doc.segments[8].text == "Een citaat van een deelnemer.")
  }

  @Test func hashWithoutSpaceIsNotAHeading() throws {
    let segs = try segments("#hashtag in de tekst\n", markdown: true)
    #expect(segs.first?.kind == .paragraph)
  }
}

extension String.UnicodeScalarView {
  /// Scalar offset of the first occurrence of `needle`.
  func count(before needle: String) -> Int {
    let scalars = Array(self)
    let n = Array(needle.unicodeScalars)
    for i in 0...(scalars.count - n.count) where Array(scalars[i..<(i + n.count)]) == n { return i }
    return -1
  }
}
