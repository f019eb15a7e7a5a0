import Foundation
import Testing

/// `thema add` with generic XML: mapping options, sidecars, and the notes it prints.
@Suite("thema add: generic XML and notes")
struct AddXMLCLITests {
  static let xml = """
    <?xml version="1.0" encoding="UTF-8"?>
    <gesprek>
      <beurt wie="I">Wat heeft de opleiding u gebracht?</beurt>
      <beurt wie="R2">Een onderzoekende houding, en collega's die met mij meedenken.</beurt>
    </gesprek>
    """

  @Test func mappingOptionsMakeTurns() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(Self.xml.utf8).write(to: dir.appendingPathComponent("gesprek.xml"))
    let add = try CLITests.run(
      ["add", "gesprek.xml", "--segment-xpath", "//beurt", "--speaker-xpath", "@wie"], in: dir)
    #expect(add.status == 0, "\(add.stderr)")
    let show = try CLITests.run(["show", "gesprek.xml", "--segments", "--json"], in: dir)
    let segments = try #require(
      try JSONSerialization.jsonObject(with: show.stdout) as? [[String: Any]])
    #expect(segments.map { $0["kind"] as? String } == ["turn", "turn"])
  }

  @Test func aSegmentXPathThatSelectsNothingFails() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data(Self.xml.utf8).write(to: dir.appendingPathComponent("gesprek.xml"))
    let add = try CLITests.run(["add", "gesprek.xml", "--segment-xpath", "//antwoord"], in: dir)
    #expect(add.status == 1)
    #expect(add.stderr.contains("gesprek.xml"))
    #expect(add.stderr.contains("'//antwoord' selects no element"))
  }

  @Test func aBadNamespaceOptionIsAUsageError() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let add = try CLITests.run(["add", "x.xml", "--xml-namespace", "g"], in: dir)
    #expect(add.status == 64 || add.status == 2)
  }

  @Test func helpExplainsTheSidecar() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let help = try CLITests.run(["add", "--help"], in: dir)
    #expect(help.text.contains(".thema.yaml"))
    #expect(help.text.contains("--segment-xpath"))
  }

  @Test func notesNameTheFileOnce() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = Data("Caf".utf8) + Data([0xE9]) + Data(" en overleg.\n".utf8)
    try text.write(to: dir.appendingPathComponent("verslag.txt"))
    let add = try CLITests.run(["add", "verslag.txt"], in: dir)
    #expect(add.status == 0, "\(add.stderr)")
    let note = try #require(add.text.split(separator: "\n").first { $0.contains("note:") })
    #expect(note.contains("note: verslag.txt: not valid UTF-8"), "\(note)")
    #expect(note.components(separatedBy: "verslag.txt").count == 2)
  }
}
