import Foundation
import Testing
import ThemaXML

@testable import ThemaIngest

@Suite struct TEIReaderTests {
  static let interview = """
    <?xml version="1.0" encoding="UTF-8"?>
    <TEI xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader>
        <fileDesc><titleStmt><title>Interview opleidingsmanager</title></titleStmt></fileDesc>
        <profileDesc>
          <particDesc>
            <listPerson>
              <person xml:id="I" role="interviewer"><persName>Sanne Bakker</persName></person>
              <person xml:id="R1" role="respondent"><persName>Marije</persName></person>
              <person xml:id="R2"><persName>Joost</persName><roleName>docent</roleName></person>
            </listPerson>
          </particDesc>
        </profileDesc>
      </teiHeader>
      <text>
        <front>
          <timeline unit="s" origin="#T0">
            <when xml:id="T0" absolute="10:00:00"/>
            <when xml:id="T1" interval="12.5" since="#T0"/>
            <when xml:id="T2" interval="30" since="#T1"/>
            <when xml:id="T3" interval="61" since="#T0"/>
          </timeline>
        </front>
        <body>
          <div>
            <head>Opening</head>
            <u who="#I" start="#T0" end="#T1">Welkom, fijn dat je er bent.</u>
            <u who="#R1"><anchor synch="#T1"/>Dank je. Ik werk sinds
              2015 als docent <pause/>in het mbo <incident><desc>telefoon gaat</desc></incident> en
              begeleid &amp; coach collega's.<note>spreekt snel</note><anchor synch="#T2"/></u>
          </div>
          <div>
            <head>Onderzoek</head>
            <u who="#R2" start="#T3">Onderzoek doen we <gap reason="inaudible"/> samen.</u>
          </div>
        </body>
      </text>
    </TEI>
    """

  @Test func readsTurnsSpeakersTimesAndHeadings() throws {
    let data = Data(Self.interview.utf8)
    let document = try TEIReader().read(data, name: "interview.tei")
    let turns = document.segments.filter { $0.kind == .turn }
    #expect(turns.count == 3)
    #expect(turns[0].speaker == Speaker(id: "I", name: "Sanne Bakker", role: "interviewer"))
    #expect(turns[0].startTime == 0)
    #expect(turns[0].endTime == 12.5)
    #expect(turns[0].headingPath == ["Opening"])
    #expect(turns[1].text == "Dank je. Ik werk sinds 2015 als docent in het mbo en begeleid & coach collega's.")
    #expect(turns[1].startTime == 12.5)
    #expect(turns[1].endTime == 42.5)
    #expect(turns[1].notes == ["spreekt snel"])
    #expect(turns[1].speaker?.name == "Marije")
    #expect(turns[2].speaker == Speaker(id: "R2", name: "Joost", role: "docent"))
    #expect(turns[2].startTime == 61)
    #expect(turns[2].text == "Onderzoek doen we samen.")
    #expect(turns[2].headingPath == ["Onderzoek"])
    #expect(document.segments.filter { $0.kind == .heading }.map(\.text) == ["Opening", "Onderzoek"])
    #expect(document.speakers.map(\.id) == ["I", "R1", "R2"])
    #expect(document.warnings.isEmpty)
    TraceCheck.verify(document.segments, original: data)
  }

  @Test func quoteTracesToOriginalBytes() throws {
    let data = Data(Self.interview.utf8)
    let document = try TEIReader().read(data, name: "interview.tei")
    let turn = document.segments.filter { $0.kind == .turn }[1]
    let quote = turn.text.range(of: "begeleid & coach")!
    let view = turn.text.unicodeScalars.distance(from: turn.text.unicodeScalars.startIndex, to: quote.lowerBound)
    let length = turn.text[quote].unicodeScalars.count
    let original = turn.map.originalRange(ofView: view..<(view + length))
    let scalars = Array(Self.interview.unicodeScalars)
    #expect(String(String.UnicodeScalarView(scalars[original])) == "begeleid &amp; coach")
  }

  @Test func worksWithoutNamespace() throws {
    let xml = Self.interview.replacingOccurrences(of: " xmlns=\"http://www.tei-c.org/ns/1.0\"", with: "")
    let document = try TEIReader().read(Data(xml.utf8), name: "zonder-ns.tei")
    #expect(document.segments.filter { $0.kind == .turn }.count == 3)
    #expect(document.speakers.first?.name == "Sanne Bakker")
  }

  @Test func wrongNamespaceIsAClearError() {
    let xml = Self.interview.replacingOccurrences(of: "http://www.tei-c.org/ns/1.0", with: "http://example.org/anders")
    #expect {
      try TEIReader().read(Data(xml.utf8), name: "anders.tei")
    } throws: { error in
      guard case .invalid(let file, let reason) = error as? IngestError else { return false }
      return file == "anders.tei" && reason.contains("http://example.org/anders")
    }
  }

  @Test func unknownSpeakerFallsBackWithWarning() throws {
    let xml = Self.interview.replacingOccurrences(of: "<u who=\"#R2\"", with: "<u who=\"#R9\"")
    let document = try TEIReader().read(Data(xml.utf8), name: "onbekend.tei")
    let turn = document.segments.filter { $0.kind == .turn }[2]
    #expect(turn.speaker == Speaker(id: "R9"))
    #expect(document.warnings.contains { $0.contains("R9") && $0.contains("particDesc") })
    #expect(document.speakers.contains { $0.id == "R2" })  // listed, though silent
  }

  @Test func truncatedFileFailsWithLineAndColumn() {
    let xml = String(Self.interview.prefix(1200))
    #expect {
      try TEIReader().read(Data(xml.utf8), name: "kapot.tei")
    } throws: { error in
      guard case .malformed(let file, let line, let column, _) = error as? IngestError else { return false }
      return file == "kapot.tei" && line > 1 && column > 0
    }
  }
}
