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

  /// A Transcriber turn with two <Sync> parts: two segments by default, one with `--transcriber-turns
  /// whole` or the manifest's `transcriber-turns: whole`.
  @Test func transcriberTurnsWholeKeepsAnAnswerTogether() throws {
    let trs = """
      <?xml version="1.0" encoding="UTF-8"?>
      <Trans><Speakers><Speaker id="spk1" name="Femke"/></Speakers>
      <Episode><Section type="report" startTime="0" endTime="30">
      <Turn speaker="spk1" startTime="0" endTime="30"><Sync time="0"/>Eerst dit.<Sync time="14"/>Dan dat.</Turn>
      </Section></Episode></Trans>
      """
    func turns(_ dir: URL, _ name: String) throws -> [[String: Any]] {
      let show = try CLITests.run(["show", name, "--segments", "--json"], in: dir)
      let json = try JSONSerialization.jsonObject(with: show.stdout)
      let segments = ((json as? [String: Any])?["segments"] as? [[String: Any]]) ?? (json as? [[String: Any]]) ?? []
      return segments.filter { $0["kind"] as? String == "turn" }
    }
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(trs.utf8).write(to: dir.appendingPathComponent("a.trs"))
    try Data(trs.utf8).write(to: dir.appendingPathComponent("b.trs"))
    #expect(try CLITests.run(["add", "a.trs"], in: dir).status == 0)
    #expect(try turns(dir, "a.trs").count == 2)
    let whole = try CLITests.run(["add", "b.trs", "--transcriber-turns", "whole"], in: dir)
    #expect(whole.status == 0, "\(whole.stderr)")
    let one = try turns(dir, "b.trs")
    #expect(one.count == 1)
    #expect(one.first?["text"] as? String == "Eerst dit. Dan dat.")
    #expect(one.first?["endTime"] as? Double == 30)

    // The same through a folder's manifest; an unknown value names the manifest's line.
    let folder = dir.appendingPathComponent("map")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(trs.utf8).write(to: folder.appendingPathComponent("c.trs"))
    try Data("defaults:\n  transcriber-turns: whole\n".utf8).write(to: folder.appendingPathComponent("thema.yaml"))
    #expect(try CLITests.run(["add", "map"], in: dir).status == 0)
    #expect(try turns(dir, "c.trs").count == 1)
    let attributes = try CLITests.run(["attributes", "--json"], in: dir)
    #expect(!attributes.text.contains("transcriber-turns"), "a reading choice, not an attribute")
    try Data("defaults:\n  transcriber-turns: heel\n".utf8).write(to: folder.appendingPathComponent("thema.yaml"))
    let bad = try CLITests.run(["add", "map"], in: dir)
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("thema.yaml:2:"), "\(bad.stderr)")
    #expect(bad.stderr.contains("sync or whole"), "\(bad.stderr)")
  }
}
