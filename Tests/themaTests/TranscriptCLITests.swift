import Foundation
import Testing

/// `thema show DOC --segments --json` lists turns with speaker and times for every transcript kind.
@Suite("Transcripts through the command line")
struct TranscriptCLITests {
  static let files: [(String, String)] = [
    (
      "focusgroep.txt",
      """
      [00:00:05] I: Wat betekent onderzoekend werken voor jullie?
      [00:00:20] R1: Dat we samen vragen stellen
      over ons eigen onderwijs.
      [00:00:48] R2: En dat we resultaten delen.
      [00:01:02] I: Hoe doen jullie dat nu?
      """
    ),
    (
      "interview.tei",
      """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><particDesc><listPerson>
      <person xml:id="I" role="interviewer"><persName>Sanne</persName></person>
      <person xml:id="R1" role="respondent"><persName>Marije</persName></person>
      </listPerson></particDesc></profileDesc></teiHeader>
      <text><body><u who="#I" start="00:00:05" end="00:00:20">Wat betekent onderzoekend werken?</u>
      <u who="#R1">Samen vragen stellen.</u></body></text></TEI>
      """
    ),
    (
      "opname.trs",
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Trans><Speakers><Speaker id="spk1" name="Gespreksleider"/><Speaker id="spk2" name="Femke"/></Speakers>
      <Episode><Section type="report" startTime="0" endTime="30">
      <Turn speaker="spk1" startTime="0" endTime="12.5"><Sync time="0"/>Hoe ging het?</Turn>
      <Turn speaker="spk2" startTime="12.5" endTime="30"><Sync time="12.5"/>Goed, we zijn gestart.</Turn>
      </Section></Episode></Trans>
      """
    ),
  ]

  @Test func turnsCarrySpeakerAndTimes() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, content) in Self.files {
      try Data(content.utf8).write(to: dir.appendingPathComponent(name))
    }
    let add = try CLITests.run(["add"] + Self.files.map(\.0), in: dir)
    #expect(add.status == 0, "\(add.stderr)")
    for (name, _) in Self.files {
      let show = try CLITests.run(["show", name, "--segments", "--json"], in: dir)
      #expect(show.status == 0, "\(name): \(show.stderr)")
      let json = try JSONSerialization.jsonObject(with: show.stdout)
      let segments = ((json as? [String: Any])?["segments"] as? [[String: Any]]) ?? (json as? [[String: Any]]) ?? []
      let turns = segments.filter { $0["kind"] as? String == "turn" }
      #expect(turns.count >= 2, "\(name): \(show.text.prefix(300))")
      let first = turns.first ?? [:]
      let speaker = first["speaker"] as? [String: Any]
      #expect(speaker?["id"] != nil, "\(name)")
      #expect(first["startTime"] as? Double != nil, "\(name)")
    }
  }
}
