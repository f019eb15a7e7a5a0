import Foundation
import PropertyBased
import Testing
import ThemaXML

/// Property: feeding an XML file to ``XMLStreamReader/Session`` in chunks of any sizes gives the same
/// events, with the same original positions, as reading the file whole; and every located text still
/// decodes from exactly the bytes it names. (In ThemaIngestTests because PropertyBased is a dependency
/// of this test target.)
@Suite struct XMLChunkedFeedPropertyTests {
  /// Pieces of element content, as written in the file: escapes, references, CDATA (short and longer
  /// than libxml2's 300-byte CDATA pieces, with "\r\n" inside), comments, processing instructions,
  /// CRLF, non-ASCII, empty and nested elements, entity references, long text.
  static let pieces: [String] = [
    "onderwijs", "één café", "😀", "&amp;", "&lt;b&gt;", "&#233;", "&#x20AC;", " ", "\r\n", "\r", "\t",
    "<![CDATA[a < b & c]]>", "<![CDATA[" + String(repeating: "regel\r\n", count: 60) + "]]>",
    "<![CDATA[x]]><![CDATA[y]]>", "<!-- opmerking <p> -->", "<?pi data?>", "<pause/>",
    "<seg n=\"1 > 0\" m='&quot;'>samen</seg>", "<w:t xml:space=\"preserve\"> leren </w:t>", "&naam;",
    String(repeating: "leerlingen onderzoeken samen ", count: 20), "<a><b><c>diep</c></b></a>", "\n    ",
  ]

  static let head: [String] = [
    "", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n", "\u{FEFF}<?xml version=\"1.0\"?>\n",
    "<!DOCTYPE doc [\r\n  <!ENTITY naam \"Marije > Jan\">\r\n  <!-- <p>geen tekst</p> -->\r\n]>\r\n",
  ]

  /// An event in a form that does not depend on how libxml2 split the text: consecutive text events
  /// joined, contiguous verbatim pieces merged.
  enum Normal: Equatable, CustomStringConvertible {
    case start(String, [String], Int, Int)
    case end(String, Int)
    case text(String, Bool, [XMLSourcePiece])
    case reference(String)

    var description: String {
      switch self {
      case .start(let name, let attributes, let depth, let line): "<\(name) \(attributes) d\(depth) l\(line)>"
      case .end(let name, let depth): "</\(name) d\(depth)>"
      case .text(let text, let cdata, let pieces): "\(cdata ? "CDATA " : "")\(text.debugDescription) \(pieces.map { "\($0.byteStart)+\($0.byteLength)" })"
      case .reference(let name): "&\(name);"
      }
    }
  }

  static func normalize(_ events: [XMLEvent]) -> [Normal] {
    var result: [Normal] = []
    for event in events {
      switch event {
      case .start(let tag):
        result.append(.start(tag.localName, tag.attributes.map { "\($0.localName)=\($0.value)" }, tag.depth, tag.line))
      case .end(let name, _, let depth):
        result.append(.end(name, depth))
      case .entityReference(let name):
        result.append(.reference(name))
      case .text(let text):
        var pieces = text.pieces
        var joined = text.text
        if case .text(let previous, let cdata, let previousPieces) = result.last, cdata == text.isCDATA {
          result.removeLast()
          joined = previous + joined
          pieces = previousPieces + pieces
        }
        var merged: [XMLSourcePiece] = []
        for piece in pieces {
          if var last = merged.last, last.isVerbatim, piece.isVerbatim, last.byteStart + last.byteLength == piece.byteStart {
            last.textLength += piece.textLength
            last.scalarLength += piece.scalarLength
            last.byteLength += piece.byteLength
            merged[merged.count - 1] = last
          } else {
            merged.append(piece)
          }
        }
        result.append(.text(joined, text.isCDATA, merged))
      }
    }
    return result
  }

  static func chunked(_ data: Data, sizes: [Int]) throws -> [XMLEvent] {
    var events: [XMLEvent] = []
    let session = XMLStreamReader.Session(name: "stukjes.xml") { events.append($0) }
    var offset = 0
    var index = 0
    while offset < data.count {
      let end = min(offset + sizes[index % sizes.count], data.count)
      try session.feed(data.subdata(in: offset..<end))
      offset = end
      index += 1
    }
    try session.finish()
    return events
  }

  @Test func chunkSizesDoNotChangeEventsOrPositions() async {
    await propertyCheck(
      count: 150, input: Gen.int(in: 0..<Self.head.count), Gen.int(in: 0..<Self.pieces.count).array(of: 1...40),
      Gen.int(in: 1...700).array(of: 1...12)
    ) { head, choice, sizes in
      let body = choice.map { Self.pieces[$0] }.joined()
      // Only the DOCTYPE head declares the entity "naam".
      let content = head == 3 ? body : body.replacingOccurrences(of: "&naam;", with: "naam")
      let xml = Self.head[head] + "<doc xmlns:w=\"urn:w\" a=\"x > y\">\r\n<p>\(content)</p>\r\n</doc>\r\n"
      let data = Data(xml.utf8)
      var whole: [XMLEvent] = []
      do {
        try XMLStreamReader.read(data, name: "heel.xml") { whole.append($0) }
        let pieces = try Self.chunked(data, sizes: sizes)
        let expected = Self.normalize(whole)
        let actual = Self.normalize(pieces)
        #expect(actual == expected, "sizes \(sizes) in \(xml.debugDescription)")
        for normal in actual { Self.verify(normal, data) }
      } catch {
        Issue.record("\(error) for \(xml.debugDescription)")
      }
      // Byte by byte too (the smallest chunks), for a few documents.
      if sizes.count == 1, let events = try? Self.chunked(data, sizes: [1]) {
        #expect(Self.normalize(events) == Self.normalize(whole))
      }
    }
  }

  /// A located text: each verbatim piece is exactly its original bytes, each replacement a reference or
  /// a line end; the scalar offsets agree with the byte offsets.
  static func verify(_ normal: Normal, _ data: Data) {
    guard case .text(let text, _, let pieces) = normal else { return }
    #expect(!pieces.isEmpty || text.isEmpty, "not located: \(text.debugDescription)")
    let scalars = Array(text.unicodeScalars)
    let hasBOM = data.starts(with: [0xEF, 0xBB, 0xBF])
    var offset = 0
    for piece in pieces {
      let original = String(decoding: data.subdata(in: piece.byteStart..<(piece.byteStart + piece.byteLength)), as: UTF8.self)
      let decoded = String(String.UnicodeScalarView(scalars[offset..<(offset + piece.textLength)]))
      if piece.isVerbatim {
        #expect(original == decoded)
      } else {
        #expect(original.hasPrefix("&") || original == "\r\n" || original == "\r", "odd replacement \(original.debugDescription)")
      }
      let prefix = data.subdata(in: (hasBOM ? 3 : 0)..<piece.byteStart)
      #expect(String(decoding: prefix, as: UTF8.self).unicodeScalars.count == piece.scalarStart)
      offset += piece.textLength
    }
    #expect(offset == scalars.count)
  }

  @Test func handlerErrorStopsTheSessionAndIsRethrown() throws {
    struct Stop: Error {}
    var seen = 0
    let session = XMLStreamReader.Session(name: "stop.xml") { event in
      if case .start = event { seen += 1 }
      if seen == 2 { throw Stop() }
    }
    let xml = Data(("<a>" + String(repeating: "<b>tekst</b>", count: 100) + "</a>").utf8)
    #expect(throws: Stop.self) {
      try session.feed(xml)
      try session.finish()
    }
    #expect(seen == 2)
    #expect(throws: Stop.self) { try session.finish() }  // the session stays stopped
  }

  @Test func truncatedFeedIsMalformedAtFinish() throws {
    let session = XMLStreamReader.Session(name: "half.xml") { _ in }
    try session.feed(Data("<a><b>tekst</b>".utf8))
    #expect {
      try session.finish()
    } throws: { error in
      guard case .malformed(let file, _, _, _) = error as? XMLParseError else { return false }
      return file == "half.xml"
    }
  }
}
