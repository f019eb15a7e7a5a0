import Foundation
import Testing

@testable import ThemaIngest

@Suite struct DetectionTests {
  @Test func sniffsXMLRoots() {
    let tei = "<?xml version=\"1.0\"?>\n<!-- <Trans> in a comment -->\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"/>"
    #expect(Readers.detect(name: "interview.xml", data: Data(tei.utf8)) == .tei)
    #expect(Readers.detect(name: "corpus.xml", data: Data("<tei:teiCorpus xmlns:tei=\"x\"/>".utf8)) == .tei)
    let trs = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE Trans SYSTEM \"trans-14.dtd\">\n<Trans>"
    #expect(Readers.detect(name: "opname.xml", data: Data(trs.utf8)) == .transcriber)
    #expect(Readers.detect(name: "export.xml", data: Data("<interviews><item/></interviews>".utf8)) == .xml)
    #expect(Readers.detect(name: "opname.trs", data: Data()) == .transcriber)
    #expect(Readers.detect(name: "interview.TEI", data: Data()) == .tei)
    #expect(Readers.detect(name: "verslag.docx", data: Data()) == .docx)
  }
}
