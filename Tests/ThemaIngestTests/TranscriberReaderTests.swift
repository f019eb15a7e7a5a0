import Foundation
import Testing

@testable import ThemaIngest

@Suite struct TranscriberReaderTests {
  static let focusGroup = """
    <?xml version="1.0" encoding="UTF-8"?>
    <!DOCTYPE Trans SYSTEM "trans-14.dtd">
    <Trans scribe="onderzoeker" audio_filename="focusgroep-2" version="2" version_date="191112">
    <Topics>
    <Topic id="to1" desc="Rol in het team"/>
    </Topics>
    <Speakers>
    <Speaker id="spk1" name="Gespreksleider" check="no" dialect="native" accent="" scope="local"/>
    <Speaker id="spk2" name="Femke" check="no" type="female" dialect="native" accent="" scope="local"/>
    <Speaker id="spk3" name="Ahmed" check="no" type="male" dialect="native" accent="" scope="local"/>
    </Speakers>
    <Episode>
    <Section type="report" topic="to1" startTime="0" endTime="95.2">
    <Turn speaker="spk1" startTime="0" endTime="14.8">
    <Sync time="0"/>
    Wat betekent leiderschap voor jullie
    in het dagelijks werk?
    </Turn>
    <Turn speaker="spk2" startTime="14.8" endTime="60.1">
    <Sync time="14.8"/>
    Ik neem vaak het initiatief <Event desc="lacht" type="noise" extent="instantaneous"/> bij nieuwe projecten.
    <Sync time="37.25"/>
    Maar formeel ben ik gewoon docent.<Comment desc="onverstaanbaar stuk daarna"/>
    </Turn>
    <Turn speaker="spk2 spk3" startTime="60.1" endTime="71">
    <Sync time="60.1"/>
    <Who nb="1"/>
    Precies.
    <Who nb="2"/>
    Dat herken ik.
    </Turn>
    <Turn speaker="spk3" startTime="71" endTime="95.2">
    <Sync time="71"/>
    In ons team is dat anders geregeld.
    </Turn>
    </Section>
    </Episode>
    </Trans>
    """

  @Test func splitsTurnsAtSyncAndWho() throws {
    let data = Data(Self.focusGroup.utf8)
    let document = try TranscriberReader().read(data, name: "focusgroep.trs")
    let turns = document.segments
    #expect(turns.map(\.text) == [
      "Wat betekent leiderschap voor jullie in het dagelijks werk?",
      "Ik neem vaak het initiatief bij nieuwe projecten.",
      "Maar formeel ben ik gewoon docent.",
      "Precies.",
      "Dat herken ik.",
      "In ons team is dat anders geregeld.",
    ])
    #expect(turns.map { $0.speaker?.name } == ["Gespreksleider", "Femke", "Femke", "Femke", "Ahmed", "Ahmed"])
    #expect(turns.map(\.startTime) == [0, 14.8, 37.25, 60.1, 60.1, 71])
    #expect(turns.map(\.endTime) == [14.8, 37.25, 60.1, 71, 71, 95.2])
    #expect(turns[2].notes == ["onverstaanbaar stuk daarna"])
    #expect(turns[3].attributes["overlap"] == "true")
    #expect(turns[0].headingPath == ["Rol in het team"])
    #expect(document.speakers.map(\.id) == ["spk1", "spk2", "spk3"])
    #expect(document.warnings.isEmpty)
    TraceCheck.verify(turns, original: data)
  }

  @Test func wholeTurnsKeepAnAnswerTogether() throws {
    let data = Data(Self.focusGroup.utf8)
    let document = try TranscriberReader(turns: .whole).read(data, name: "focusgroep.trs")
    let turns = document.segments
    #expect(turns.map(\.text) == [
      "Wat betekent leiderschap voor jullie in het dagelijks werk?",
      "Ik neem vaak het initiatief bij nieuwe projecten. Maar formeel ben ik gewoon docent.",
      "Precies.",
      "Dat herken ik.",
      "In ons team is dat anders geregeld.",
    ])
    #expect(turns.map { $0.speaker?.name } == ["Gespreksleider", "Femke", "Femke", "Ahmed", "Ahmed"])
    #expect(turns.map(\.startTime) == [0, 14.8, 60.1, 60.1, 71])
    #expect(turns.map(\.endTime) == [14.8, 60.1, 71, 71, 95.2])
    #expect(turns[1].attributes["syncTimes"] == "14.8 37.25")
    #expect(turns[1].notes == ["onverstaanbaar stuk daarna"])
    #expect(turns[2].attributes["overlap"] == "true")
    #expect(document.warnings.isEmpty)
    // The joined answer still traces to the original, piece by piece.
    TraceCheck.verify(turns, original: data)
    // The default is unchanged: a segment per <Sync> part.
    #expect(try TranscriberReader().read(data, name: "focusgroep.trs").segments.count == 6)
    #expect(try Readers.read(data, name: "f.trs", format: nil, options: ReadingOptions(transcriberTurns: .whole)) { _ in }
      .format == .transcriber)
  }

  @Test func latin1TranscriptIsLocated() throws {
    let xml = Self.focusGroup.replacingOccurrences(of: "UTF-8", with: "ISO-8859-1")
      .replacingOccurrences(of: "Precies.", with: "Precies, ideeën.")
    let data = xml.data(using: .isoLatin1)!
    let document = try TranscriberReader().read(data, name: "latin1.trs")
    let turn = document.segments[3]
    #expect(turn.text == "Precies, ideeën.")
    #expect(turn.byteEnd - turn.byteStart == 16)  // one byte per character in ISO-8859-1
    #expect(document.warnings.isEmpty)
  }

  @Test func unknownSpeakerFallsBackWithWarning() throws {
    let xml = Self.focusGroup.replacingOccurrences(of: "<Turn speaker=\"spk3\"", with: "<Turn speaker=\"spk7\"")
    let document = try TranscriberReader().read(Data(xml.utf8), name: "onbekend.trs")
    #expect(document.segments.last?.speaker == Speaker(id: "spk7"))
    #expect(document.warnings.contains { $0.contains("spk7") })
  }

  @Test func wrongRootIsAClearError() {
    #expect(throws: IngestError.self) {
      try TranscriberReader().read(Data("<Transcript><Turn/></Transcript>".utf8), name: "x.trs")
    }
  }

  @Test func truncatedFileFailsWithPlace() {
    let xml = String(Self.focusGroup.prefix(900))
    #expect {
      try TranscriberReader().read(Data(xml.utf8), name: "kapot.trs")
    } throws: { error in
      guard case .malformed(let file, _, _, _) = error as? IngestError else { return false }
      return file == "kapot.trs"
    }
  }
}
