import Foundation
import Testing
import ThemaYAML

/// Reading YAML files and composing YAML text: every failure says what and, where it has one, where.
@Suite struct YAMLTextTests {
  @Test func syntaxErrorsHaveALineAndColumn() {
    #expect(throws: YAMLProblem.self) { try YAMLText.compose("a: [1, 2\nb: 3\n") }
    do {
      _ = try YAMLText.compose("naam: t\nconcepten:\n  - id: a\n   label: x\n")
      Issue.record("broken YAML was composed")
    } catch {
      #expect(error.line == 4)
      #expect(error.column != nil)
      #expect(!error.reason.isEmpty)
    }
  }

  @Test func duplicateKeysAreNamed() {
    do {
      _ = try YAMLText.compose("id: a\nid: b\n")
      Issue.record("duplicate keys were accepted")
    } catch {
      #expect(error.reason.contains("id"))
      #expect(error.line != nil)
    }
  }

  @Test func nodesKeepTheirPlace() throws {
    let root = try #require(try YAMLText.compose("naam: t\nversie: \"1\"\n"))
    #expect(root["versie"]?.mark?.line == 2)
    #expect(try YAMLText.compose("") == nil)
  }

  @Test func filesMustExistAndBeUTF8() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yamltext-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let latin1 = folder.appendingPathComponent("latin1.yaml")
    try Data([0x6E, 0x61, 0x61, 0x6D, 0x3A, 0x20, 0xE9, 0x0A]).write(to: latin1)  // "naam: é" in Latin-1
    #expect(throws: YAMLText.Unreadable(reason: "not UTF-8 text")) { try YAMLText.read(contentsOf: latin1.path) }
    #expect(throws: YAMLText.Unreadable.self) { try YAMLText.read(contentsOf: folder.appendingPathComponent("geen.yaml").path) }
    let good = folder.appendingPathComponent("goed.yaml")
    try Data("naam: één\n".utf8).write(to: good)
    #expect(try YAMLText.read(contentsOf: good.path) == "naam: één\n")
  }
}
