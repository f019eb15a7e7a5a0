import Foundation
import PropertyBased
import Testing

@testable import ThemaIngest

/// Property: for generated TEI utterances full of escapes, character references, CDATA, comments,
/// CRLF, non-ASCII and elements that leave the text, every character of every turn maps back to the
/// original stretch it came from, and the turn's text is exactly the unescaped content with
/// whitespace collapsed.
@Suite struct XMLTracePropertyTests {
  /// A piece of utterance content: how it is written in the file and what it contributes to the text.
  static let pieces: [(xml: String, text: String)] = [
    ("onderwijs", "onderwijs"), ("één", "één"), ("leerlingen", "leerlingen"), ("😀", "😀"),
    ("&amp;", "&"), ("&lt;b&gt;", "<b>"), ("&#233;", "é"), ("&#x20AC;", "€"), ("&quot;ja&quot;", "\"ja\""),
    (" ", " "), ("\r\n", " "), ("\t", " "), ("\n  ", " "), ("<![CDATA[a < b & c]]>", "a < b & c"),
    ("<!-- opmerking -->", ""), ("<pause/>", " "), ("<incident><desc>lacht</desc></incident>", " "),
    ("<seg>samen</seg>", "samen"), ("<gap reason=\"onverstaanbaar\"/>", " "),
  ]

  @Test func everyTurnCharacterTracesToItsOrigin() async {
    await propertyCheck(count: 200, input: Gen.int(in: 0..<Self.pieces.count).array(of: 1...25)) { choice in
      let content = choice.map { Self.pieces[$0].xml }.joined()
      let expected = choice.map { Self.pieces[$0].text }.joined()
        .split(whereSeparator: { $0 == " " }).joined(separator: " ")
      let xml = "<TEI><text><body>\r\n<u who=\"#a\">\(content)</u>\r\n</body></text></TEI>"
      let data = Data(xml.utf8)
      guard let document = try? TEIReader().read(data, name: "p.tei") else {
        Issue.record("did not parse: \(xml)")
        return
      }
      let turns = document.segments
      if expected.isEmpty {
        #expect(turns.isEmpty)
        return
      }
      #expect(turns.map(\.text) == [expected], "\(xml)")
      TraceCheck.verify(turns, original: data)
      // Each character of the text comes from an original stretch that decodes to it.
      let scalars = Array(xml.unicodeScalars)
      for turn in turns {
        for (offset, scalar) in turn.text.unicodeScalars.enumerated() where scalar != " " {
          let range = turn.map.originalRange(ofViewOffset: offset)
          let source = String(String.UnicodeScalarView(scalars[range]))
          #expect(
            source == String(scalar) || source.hasPrefix("&"), "'\(scalar)' ← '\(source)' in \(xml)")
        }
      }
    }
  }
}
