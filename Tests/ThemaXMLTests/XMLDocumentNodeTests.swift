import Foundation
import Testing

@testable import ThemaXML

@Suite struct XMLDocumentNodeTests {
  // MARK: - Parsing and navigation

  @Test func parsesAndSelectsWithRegisteredNamespace() throws {
    let xml = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body>
        <u who="#R1" xml:id="u1">Wij werken <pause/>samen in het team.</u>
        <u who="#I">Hoe dan?</u>
      </body></text></TEI>
      """
    let document = try XMLDocumentNode.parse(Data(xml.utf8), name: "gesprek.tei")
    #expect(try document.select("//u").isEmpty)  // a default namespace needs a prefix
    let turns = try document.select("//t:u", namespaces: ["t": XMLNamespace.tei])
    #expect(turns.count == 2)
    #expect(turns[0].attribute("who") == "#R1")
    #expect(turns[0].attribute("id", namespace: XMLNamespace.xml) == "u1")
    #expect(turns[0].namespace == XMLNamespace.tei)
    #expect(turns[0].textContent == "Wij werken samen in het team.")
    #expect(turns[0].line == 3)
    #expect(try document.string("string(@who)", from: turns[1]) == "#I")
    #expect(document.root?.localName == "TEI")
    #expect(turns[0].parent?.localName == "body")
  }

  @Test func invalidXPathIsAnError() throws {
    let document = try XMLDocumentNode.parse(Data("<a/>".utf8), name: "a.xml")
    #expect(throws: XMLParseError.invalidXPath(file: "a.xml", expression: "//[")) {
      try document.select("//[")
    }
  }

  // MARK: - Malformed input

  @Test func truncatedFileNamesFileLineAndColumn() {
    let xml = "<verslag>\n  <p>Eerste punt</p>\n  <p>Tweede"
    do {
      _ = try XMLDocumentNode.parse(Data(xml.utf8), name: "verslag.xml")
      Issue.record("a truncated file must not parse")
    } catch {
      guard case .malformed(let file, let line, let column, let message) = error else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(file == "verslag.xml")
      #expect(line == 3)
      #expect(column > 0)
      #expect(!message.isEmpty)
      #expect(error.localizedDescription.hasPrefix("verslag.xml:3:"))
    }
  }

  @Test func mismatchedTagIsReportedAtItsLine() {
    let xml = "<a>\n<b>\n</c>\n</a>"
    #expect {
      try XMLDocumentNode.parse(Data(xml.utf8), name: "x.xml")
    } throws: { error in
      guard case .malformed(_, let line, _, _) = error as? XMLParseError else { return false }
      return line == 3
    }
  }

  @Test func emptyFileIsMalformed() {
    #expect(throws: XMLParseError.self) { try XMLDocumentNode.parse(Data(), name: "leeg.xml") }
  }

  // MARK: - Safety

  @Test func externalEntityIsNotLoaded() throws {
    let secret = "GEHEIM-\(UUID().uuidString)"
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("thema-xxe-\(UUID().uuidString).txt")
    try Data(secret.utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    for target in [url.absoluteString, "file:///etc/passwd"] {
      let xml = "<!DOCTYPE x [<!ENTITY e SYSTEM \"\(target)\">]><x>voor &e; na</x>"
      let document = try XMLDocumentNode.parse(Data(xml.utf8), name: "xxe.xml")
      let text = document.root?.textContent ?? ""
      #expect(!text.contains(secret))
      #expect(!text.contains("root:"))
      #expect(text == "voor  na")
      #expect(document.root?.children.contains { $0.kind == .entityReference } == true)
      var streamed = ""
      try XMLStreamReader.read(Data(xml.utf8), name: "xxe.xml") { event in
        if case .text(let t) = event { streamed += t.text }
      }
      #expect(streamed == "voor  na")
    }
  }

  @Test func externalDTDIsNotLoaded() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("thema-dtd-\(UUID().uuidString).dtd")
    try Data("<!ATTLIST x lek CDATA \"uit-de-dtd\">".utf8).write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }
    let xml = "<!DOCTYPE x SYSTEM \"\(url.absoluteString)\"><x/>"
    let document = try XMLDocumentNode.parse(Data(xml.utf8), name: "dtd.xml")
    #expect(document.root?.attribute("lek") == nil)
  }

  @Test func networkDTDIsNotFetched() throws {
    // Port 9 (discard) on an address that does not answer: were it fetched, the parse would fail or hang.
    let xml = "<!DOCTYPE x SYSTEM \"http://192.0.2.1:9/thema.dtd\"><x a=\"1\">tekst</x>"
    let document = try XMLDocumentNode.parse(Data(xml.utf8), name: "net.xml")
    #expect(document.root?.textContent == "tekst")
  }

  @Test func billionLaughsIsNotExpanded() {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    for level in 2...9 {
      let ref = "&lol\(level - 1);"
      xml += "<!ENTITY lol\(level) \"\(String(repeating: ref, count: 10))\">\n"
    }
    xml += "]>\n<lolz>&lol9;</lolz>"
    // Either libxml2 refuses the amplification, or the reference stays unexpanded: never 10^9 "lol"s.
    if let document = try? XMLDocumentNode.parse(Data(xml.utf8), name: "lol.xml") {
      #expect(document.root?.textContent.count ?? 0 < 100)
    }
    var total = 0
    try? XMLStreamReader.read(Data(xml.utf8), name: "lol.xml") { event in
      if case .text(let t) = event { total += t.text.count }
    }
    #expect(total < 100)
  }
}
