import Foundation
import Testing

@testable import ThemaIngest

@Suite struct TranscriptReaderTests {
  static let focusGroup = """
    Focusgroep docenten mbo, 14 maart
    Aanwezig: Femke, Ahmed, Jan de Vries

    [00:00:05] Interviewer: Welkom allemaal. De eerste vraag was: hoe zien jullie
    je rol in het team?
    [00:00:31] Femke: Ik pak vaak dingen op
    die blijven liggen.

    Maar formeel ben ik gewoon docent.
    (01:12) Ahmed: Bij ons is dat anders.
    00:01:40 - Jan de Vries: Ik herken dat wel.
    Interviewer: En hoe kijken de anderen ertegen aan?
    R 2 [00:02:10]: Lastig te zeggen.
    R2: (02:30) Marije zei: het is niet mijn taak.
    """

  @Test func parsesTurnForms() {
    let cases: [(String, String?, Double?)] = [
      ("I: Goedemorgen.", "I", nil),
      ("R1: Ja.", "R1", nil),
      ("R 2: Nee.", "R2", nil),
      ("Interviewer: Vertel.", "Interviewer", nil),
      ("Deelnemer 3: Zeker.", "Deelnemer 3", nil),
      ("Marije: Dat klopt.", "Marije", nil),
      ("Jan de Vries: Inderdaad.", "Jan de Vries", nil),
      ("[00:12:31] R1: Ja.", "R1", 751),
      ("(12:31) R1: Ja.", "R1", 751),
      ("00:12:31 - R1: Ja.", "R1", 751),
      ("R1 [00:12:31]: Ja.", "R1", 751),
      ("R1: [00:12:31] Ja.", "R1", 751),
      ("de vraag was: hoe doen we dat?", nil, nil),
      ("Marije zei: het is niet mijn taak.", nil, nil),
      ("Aanwezig: Femke, Ahmed", nil, nil),
      ("Actie: Jan stuurt de planning rond.", nil, nil),
      ("Om 12:30 begint de lunch.", nil, nil),
      ("Zie https://example.org voor meer.", nil, nil),
    ]
    for (line, id, seconds) in cases {
      let turn = TurnLine.parse(Substring(line))
      #expect(turn?.speakerID == id, "\(line)")
      #expect(turn?.seconds == seconds, "\(line)")
    }
  }

  @Test func readsTurnsWithContinuationLinesAndTimes() throws {
    let data = Data(Self.focusGroup.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    let document = try TranscriptReader().read(data, name: "focusgroep.txt")
    #expect(document.format == .transcript)
    let turns = document.segments.filter { $0.kind == .turn }
    #expect(turns.count == 7)
    #expect(turns[0].text == "Welkom allemaal. De eerste vraag was: hoe zien jullie je rol in het team?")
    #expect(turns[0].speaker == Speaker(id: "Interviewer", role: "interviewer"))
    #expect(turns[0].startTime == 5)
    #expect(turns[0].endTime == 31)
    #expect(turns[1].text == "Ik pak vaak dingen op die blijven liggen.\nMaar formeel ben ik gewoon docent.")
    #expect(turns[1].speaker == Speaker(id: "Femke", name: "Femke"))
    #expect(turns[2].startTime == 72)
    #expect(turns[3].speaker?.name == "Jan de Vries")
    #expect(turns[3].startTime == 100)
    #expect(turns[4].startTime == nil)
    #expect(turns[5].speaker == Speaker(id: "R2", role: "respondent"))
    #expect(turns[6].speaker?.id == "R2")
    #expect(turns[6].text == "Marije zei: het is niet mijn taak.")
    #expect(document.segments.filter { $0.kind == .paragraph }.count == 1)
    #expect(document.speakers.map(\.id) == ["Interviewer", "Femke", "Ahmed", "Jan de Vries", "R2"])
    TraceCheck.verify(document.segments, original: data)
  }

  @Test func detectsTranscriptsButNotMinutes() {
    #expect(TranscriptReader.looksLikeTranscript(Data(Self.focusGroup.utf8)))
    let minutes = """
      Verslag teamoverleg
      Aanwezig: Femke, Ahmed
      Datum: 12 maart

      De vraag was: hoe gaan we om met de nieuwe leerlijn?
      Marije: stelt voor een werkgroep te starten.
      Besluit: we starten in april.
      """
    #expect(!TranscriptReader.looksLikeTranscript(Data(minutes.utf8)))
    #expect(Readers.detect(name: "verslag.txt", data: Data(minutes.utf8)) == .text)
    #expect(Readers.detect(name: "focusgroep.txt", data: Data(Self.focusGroup.utf8)) == .transcript)
  }

  @Test func textWithoutTurnsStaysText() throws {
    let document = try TranscriptReader().read(Data("Een gewone tekst.\nZonder sprekers.".utf8), name: "tekst.txt")
    #expect(document.format == .text)
    #expect(document.warnings.contains { $0.contains("no speaker turns") })
  }

  @Test func windows1252TranscriptKeepsByteOffsets() throws {
    var data = Data("I: Wat vindt u van het idee".utf8)
    data.append(0xEB)  // ë in Windows-1252 ("ideë" is not a word, but tests the byte)
    data.append(contentsOf: Array("?\nR1: Prima.\nI: Dank u.\n".utf8))
    let document = try TranscriptReader().read(data, name: "oud.txt")
    #expect(document.encoding == .windows1252)
    let second = document.segments[1]
    #expect(second.text == "Prima.")
    #expect(second.byteStart == 34)  // one byte per character in Windows-1252
  }
}
