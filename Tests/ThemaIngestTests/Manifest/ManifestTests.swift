import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Manifest

@Suite struct ManifestTests {
  static let yaml = """
    defaults:
      study: MLI
      language: nl
    ignore:
      - survey/
      - README.md
      - notulen/concept-*.txt
    documents:
      notulen/overleg-windesheim-2019-03.md:
        type: minutes
        programme: Windesheim
        date: 2019-03-12
        format: markdown
      ./placemat/dag.txt:
        type: placemat
        language: en
        version: 2
    """

  @Test func yamlAttributesMergeDefaults() throws {
    let manifest = try Manifest.parse(yaml: Self.yaml, file: "thema.yaml")
    #expect(
      manifest.attributes(for: "notulen/overleg-windesheim-2019-03.md")
        == ["study": "MLI", "language": "nl", "type": "minutes", "programme": "Windesheim", "date": "2019-03-12"])
    #expect(manifest.attributes(for: "placemat/dag.txt")["language"] == "en")
    #expect(manifest.attributes(for: "placemat/dag.txt")["version"] == "2")
    #expect(manifest.attributes(for: "ander.txt") == ["study": "MLI", "language": "nl"])
    #expect(manifest.format(for: "notulen/overleg-windesheim-2019-03.md") == .markdown)
    #expect(manifest.format(for: "placemat/dag.txt") == nil)
  }

  @Test(arguments: [
    ("survey/antwoorden.csv", true), ("data/survey/x.csv", true), ("README.md", true),
    ("notulen/README.md", true), ("notulen/concept-maart.txt", true), ("thema.yaml", true),
    ("notulen/overleg.md", false), ("survey.txt", false), ("notulen/concept-maart.md", false),
    ("andere/concept-maart.txt", false),
  ])
  func ignorePatterns(path: String, ignored: Bool) throws {
    let manifest = try Manifest.parse(yaml: Self.yaml, file: "thema.yaml")
    #expect(manifest.isIgnored(path) == ignored)
  }

  @Test func yamlSyntaxErrorNamesFileAndLine() {
    let bad = "defaults:\n  study: MLI\ndocuments:\n  a.txt: [type: minutes\n"
    #expect {
      try Manifest.parse(yaml: bad, file: "map/thema.yaml")
    } throws: { error in
      guard case .syntax(let file, let line, _, _) = error as? ManifestError else { return false }
      return file == "map/thema.yaml" && line >= 4
    }
  }

  @Test(arguments: [
    ("documents:\n  a.txt:\n    type: [minutes, transcript]\n", 3),
    ("defaults:\n  study: MLI\nfolders:\n  - x\n", 3),
    ("documents:\n  a.txt:\n    format: pdf\n", 3),
    ("documents:\n  - a.txt\n", 2),
  ])
  func yamlStructureErrorsNameTheLine(text: String, line: Int) {
    #expect {
      try Manifest.parse(yaml: text, file: "thema.yaml")
    } throws: { error in
      guard case .structure(_, let l, _, _) = error as? ManifestError else { return false }
      return l == line
    }
  }

  @Test func emptyYamlIsAnEmptyManifest() throws {
    let manifest = try Manifest.parse(yaml: "", file: "thema.yaml")
    #expect(manifest.documents.isEmpty)
    #expect(manifest.attributes(for: "a.txt").isEmpty)
  }

  @Test func csvWithCommasOrSemicolons() throws {
    for sep in [",", ";"] {
      let text = ["file", "programme", "type", "date"].joined(separator: sep) + "\r\n"
        + ["notulen/a.txt", "Fontys", "minutes", "2019-04-02"].joined(separator: sep) + "\r\n"
        + ["b.md", "\"Saxion\(sep) Enschede\"", "", "format"].joined(separator: sep).replacingOccurrences(of: "format", with: "") + "\r\n"
      let manifest = try Manifest.parse(csv: text, file: "thema.csv")
      #expect(manifest.attributes(for: "notulen/a.txt") == ["programme": "Fontys", "type": "minutes", "date": "2019-04-02"])
      #expect(manifest.attributes(for: "b.md") == ["programme": "Saxion\(sep) Enschede"])
    }
  }

  @Test func csvErrorsNameTheLine() {
    #expect {
      try Manifest.parse(csv: "naam,programme\na.txt,Fontys\n", file: "thema.csv")
    } throws: { error in
      guard case .table(_, let line, _) = error as? ManifestError else { return false }
      return line == 1
    }
    #expect {
      try Manifest.parse(csv: "file,programme\na.txt,Fontys\nb.txt,Saxion,extra\n", file: "thema.csv")
    } throws: { error in
      guard case .table(_, let line, _) = error as? ManifestError else { return false }
      return line == 3
    }
  }

  @Test func loadFindsTheManifestOfAFolder() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "thema-manifest-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(try Manifest.load(directory: folder) == nil)
    try Data(Self.yaml.utf8).write(to: folder.appendingPathComponent("thema.yaml"))
    let manifest = try #require(try Manifest.load(directory: folder))
    #expect(manifest.attributes(for: "placemat/dag.txt")["type"] == "placemat")
    // Windows-1252 CSV next to it: two manifests are an error.
    try Data([0x66, 0x69, 0x6C, 0x65, 0x0A]).write(to: folder.appendingPathComponent("thema.csv"))
    #expect(throws: ManifestError.self) { try Manifest.load(directory: folder) }
    try FileManager.default.removeItem(at: folder.appendingPathComponent("thema.yaml"))
    var csv = Data("file,programme\ncaf".utf8)
    csv.append(0xE9)  // "é" in Windows-1252
    csv.append(contentsOf: Array(".txt,Driestar\n".utf8))
    try csv.write(to: folder.appendingPathComponent("thema.csv"))
    let fromCSV = try #require(try Manifest.load(directory: folder))
    #expect(fromCSV.attributes(for: "café.txt") == ["programme": "Driestar"])
  }
}
