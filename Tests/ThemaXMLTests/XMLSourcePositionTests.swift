import Foundation
import Testing

@testable import ThemaXML

/// Text positions: each located piece of decoded text must come from exactly the original bytes it names.
@Suite struct XMLSourcePositionTests {
  static let tricky = Data(
    ("\u{FEFF}<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n"
      + "<!DOCTYPE doc [\r\n  <!ENTITY naam \"Marije > Jan\">\r\n  <!-- <p>geen tekst</p> -->\r\n]>\r\n"
      + "<doc a=\"x > y\" b='&lt;'>\r\n"
      + "  <p>Één &amp; twee &#233;&#x20AC; drie</p>\r\n"
      + "  <!-- opmerking -->\r\n"
      + "  <p>regel 1\r\nregel 2\rregel 3</p>\r\n"
      + "  <p><![CDATA[<b>ruw</b> & \r\n klaar]]> na</p>\r\n"
      + "  <p>voor &naam; na</p>\r\n"
      + "  <?pi data?><p>onderzoek \u{1F600} leren</p>\r\n"
      + "</doc>\r\n").utf8)

  /// Checks that verbatim pieces equal the original bytes and replacements stand for a reference or line end.
  static func verify(_ text: XMLText, in data: Data) {
    #expect(text.isLocated, "not located: \(text.text)")
    let scalars = Array(text.text.unicodeScalars)
    var offset = 0
    for piece in text.pieces {
      let original = data.subdata(in: piece.byteStart..<(piece.byteStart + piece.byteLength))
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[offset..<(offset + piece.textLength)])
      let decoded = String(view)
      if piece.isVerbatim {
        #expect(String(decoding: original, as: UTF8.self) == decoded)
      } else {
        let source = String(decoding: original, as: UTF8.self)
        #expect(source.hasPrefix("&") || source == "\r\n" || source == "\r", "odd replacement \(source)")
      }
      // The scalar offset agrees with the byte offset (BOM not counted as a scalar).
      let prefix = data.subdata(in: 3..<piece.byteStart)
      #expect(String(decoding: prefix, as: UTF8.self).unicodeScalars.count == piece.scalarStart)
      offset += piece.textLength
    }
    #expect(offset == scalars.count)
  }

  @Test func domTextNodesAreLocated() throws {
    let document = try XMLDocumentNode.parse(Self.tricky, name: "lastig.xml")
    let texts = document.root!.texts()
    #expect(document.textIsLocated)
    for text in texts { Self.verify(text, in: Self.tricky) }
    let words = texts.map(\.text).joined()
    #expect(words.contains("Één & twee é€ drie"))
    #expect(words.contains("regel 1\nregel 2\nregel 3"))
    #expect(words.contains("<b>ruw</b> & \n klaar"))
    #expect(!words.contains("Marije"))  // the internal entity stays unexpanded
  }

  @Test func streamedTextIsLocatedTheSameWay() throws {
    let document = try XMLDocumentNode.parse(Self.tricky, name: "lastig.xml")
    let fromTree = document.root!.texts().filter { !$0.text.allSatisfy(\.isWhitespace) }
    // The stream may deliver one text node in several events: join consecutive ones.
    var streamed: [XMLText] = []
    var previousWasText = false
    try XMLStreamReader.read(Self.tricky, name: "lastig.xml") { event in
      if case .text(let text) = event {
        if previousWasText, let last = streamed.last, last.isCDATA == text.isCDATA {
          streamed[streamed.count - 1].text += text.text
          streamed[streamed.count - 1].pieces += text.pieces
        } else {
          streamed.append(text)
        }
        previousWasText = true
      } else {
        previousWasText = false
      }
    }
    streamed = streamed.filter { !$0.text.allSatisfy(\.isWhitespace) }
    #expect(streamed.map(\.text) == fromTree.map(\.text))
    #expect(streamed.map(\.byteRange) == fromTree.map(\.byteRange))
    for text in streamed { Self.verify(text, in: Self.tricky) }
  }

  @Test func streamBalancesEmptyElements() throws {
    var events: [String] = []
    try XMLStreamReader.read(Data("<u who=\"#a\">ja<pause/>nee</u>".utf8), name: "u.xml") { event in
      switch event {
      case .start(let tag): events.append("<\(tag.localName) \(tag.attribute("who") ?? "")>")
      case .end(let name, _, _): events.append("</\(name)>")
      case .text(let text): events.append(text.text)
      case .entityReference(let name): events.append("&\(name);")
      }
    }
    #expect(events == ["<u #a>", "ja", "<pause >", "</pause>", "nee", "</u>"])
  }

  @Test func streamReportsMalformedFile() {
    #expect {
      try XMLStreamReader.read(Data("<a>\n<b>tekst</a>".utf8), name: "kapot.xml") { _ in }
    } throws: { error in
      guard case .malformed(let file, let line, _, _) = error as? XMLParseError else { return false }
      return file == "kapot.xml" && line == 2
    }
  }

  @Test func latin1FileIsLocatedByteForByte() throws {
    var data = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><p>caf".utf8)
    data.append(0xE9)
    data.append(contentsOf: Array(" &amp; th".utf8))
    data.append(0xE9)
    data.append(contentsOf: Array("</p>".utf8))
    let document = try XMLDocumentNode.parse(data, name: "latin.xml")
    #expect(document.root?.textContent == "café & thé")
    #expect(document.textIsLocated)
    let pieces = document.root!.texts()[0].pieces
    #expect(pieces.first?.byteStart == 46)
    #expect(pieces.first?.byteLength == 5)  // "café " is five bytes in ISO-8859-1
    #expect(pieces.first?.textLength == 5)
  }

  @Test func otherEncodingIsParsedButNotLocated() throws {
    var data = Data("<?xml version=\"1.0\" encoding=\"windows-1252\"?><p>".utf8)
    data.append(0x80)  // the euro sign in Windows-1252
    data.append(contentsOf: Array("</p>".utf8))
    let document = try XMLDocumentNode.parse(data, name: "cp1252.xml")
    #expect(document.root?.textContent == "€")
    #expect(!document.textIsLocated)
  }
}
