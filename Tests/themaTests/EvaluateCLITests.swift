import Foundation
import Testing

/// `thema evaluate` through the binary: the table, --errors, --json, --split and exit codes.
@Suite("Evaluate command")
struct EvaluateCLITests {
  static let gold = """
    codebook: boek.yaml
    documents:
      - document: verslag.txt
        split: dev
        coder: a
        segments:
          - ordinal: 0
            text: "Het team werkt aan een innovatie"
            concepts: [innoveren]
          - ordinal: 1
            text: "Het innovatiefonds betaalt"
            concepts: []
      - document: verslag.txt
        split: test
        coder: a
        segments: []

    """

  /// The coding fixture of `CodingCLITests` with a gold file; `gold` is written as `gold.yaml`.
  static func project(gold: String = gold) throws -> URL {
    let dir = try CodingCLITests.codedProject()
    try Data(gold.utf8).write(to: dir.appendingPathComponent("gold.yaml"))
    return dir
  }

  @Test func tableAndErrors() throws {
    let dir = try Self.project(gold: Self.gold.components(separatedBy: "  - document: verslag.txt\n    split: test")[0])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try CLITests.run(["evaluate", "--gold", "gold.yaml", "--errors"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("Compared with the automatic suggestions stored in the project"))
    // innoveren: TP in segment 0; leiderschap never coded by either side in these two segments.
    #expect(run.text.contains("innoveren"))
    #expect(run.text.range(of: #"leiderschap\s+0\s+0\s+0\s+0\s+0\s+–\s+–\s+–"#, options: .regularExpression) != nil)
    #expect(run.text.range(of: #"dev\s+2\s+1\.000\s+1\.000\s+1\.000"#, options: .regularExpression) != nil, "\(run.text)")
    #expect(run.text.contains("0 false positives"))
  }

  @Test func codebookInMemoryShowsFalsePositivesHighlighted() throws {
    let dir = try Self.project(gold: Self.gold.components(separatedBy: "  - document: verslag.txt\n    split: test")[0])
    defer { try? FileManager.default.removeItem(at: dir) }
    // An edited codebook (not stored): "fonds" now counts for innoveren.
    let edited = CodingCLITests.codebook.replacingOccurrences(of: "- innovatie\n", with: "- innovatie\n          - fonds\n")
      .replacingOccurrences(of: "exclude:\n          - innovatiefonds", with: "exclude:\n          - subsidie")
    try Data(edited.utf8).write(to: dir.appendingPathComponent("edited.yaml"))
    let run = try CLITests.run(["evaluate", "--gold", "gold.yaml", "--codebook", "edited.yaml", "--errors", "--split", "dev"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.text.contains("FP innoveren  verslag.txt #1"), "\(run.text)")
    #expect(run.text.contains("Het »innovatiefonds« betaalt"))
    let other = try CLITests.run(
      ["evaluate", "--gold", "gold.yaml", "--codebook", "edited.yaml", "--errors", "--concept", "leiderschap"], in: dir)
    #expect(other.status == 0, "\(other.stderr)")
    #expect(!other.text.contains("FP innoveren"))
    #expect(
      try CLITests.run(["evaluate", "--gold", "gold.yaml", "--errors", "--concept", "nergens"], in: dir).status == 2)
    let codings = try CLITests.run(["codings", "--json"], in: dir)
    #expect(!codings.text.contains("fonds\""), "the in-memory codebook wrote nothing")
  }

  @Test func jsonHasEveryKeyAndNullsForUndefined() throws {
    let dir = try Self.project(gold: Self.gold.components(separatedBy: "  - document: verslag.txt\n    split: test")[0])
    defer { try? FileManager.default.removeItem(at: dir) }
    let run = try CLITests.run(["evaluate", "--gold", "gold.yaml", "--json", "--errors"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(json["mode"] as? String == "suggestions")
    #expect(json["evaluatedSegments"] as? Int == 2)
    let splits = try #require(json["splits"] as? [[String: Any]])
    #expect(splits.compactMap { $0["split"] as? String } == ["dev", "test", "all"])
    let concepts = try #require(splits[0]["concepts"] as? [[String: Any]])
    let leiderschap = try #require(concepts.first { $0["concept"] as? String == "leiderschap" })
    #expect(leiderschap["precision"] is NSNull)
    #expect(leiderschap["f1"] is NSNull)
    let overall = try #require(splits[0]["overall"] as? [String: Any])
    #expect(overall["f1"] as? Double == 1)
    #expect(Set(overall.keys) == [
      "concept", "support", "predicted", "truePositives", "falsePositives", "falseNegatives", "segments",
      "precision", "recall", "f1", "kappa",
    ])
    #expect((json["differences"] as? [Any])?.isEmpty == true)
  }

  @Test func compareTwoCodersShowsKappa() throws {
    let dir = try Self.project(gold: Self.gold.components(separatedBy: "  - document: verslag.txt\n    split: test")[0])
    defer { try? FileManager.default.removeItem(at: dir) }
    // The second coder adds innoveren to segment 1 and does not code segment 0.
    let second = """
      documents:
        - document: verslag.txt
          split: dev
          coder: b
          segments:
            - ordinal: 1
              text: "Het innovatiefonds"
              concepts: [innoveren]

      """
    try Data(second.utf8).write(to: dir.appendingPathComponent("second.yaml"))
    let run = try CLITests.run(["evaluate", "--gold", "gold.yaml", "--compare", "second.yaml", "--json"], in: dir)
    #expect(run.status == 0, "\(run.stderr)")
    let json = try #require(JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
    #expect(json["mode"] as? String == "compare")
    #expect(json["evaluatedSegments"] as? Int == 1)
    let all = try #require((json["splits"] as? [[String: Any]])?.last)
    let overall = try #require(all["overall"] as? [String: Any])
    #expect(overall["falsePositives"] as? Int == 1)
    #expect(overall["truePositives"] as? Int == 0)
    let text = try CLITests.run(["evaluate", "--gold", "gold.yaml", "--compare", "second.yaml"], in: dir)
    #expect(text.text.contains("kappa"))
    #expect(text.text.contains("second.yaml (coder b)"))
  }

  @Test func exitCodes() throws {
    let dir = try Self.project()
    defer { try? FileManager.default.removeItem(at: dir) }
    // The same document twice in one gold file: bad input, with the line.
    let duplicate = try CLITests.run(["evaluate", "--gold", "gold.yaml"], in: dir)
    #expect(duplicate.status == 1)
    #expect(duplicate.stderr.contains("gold.yaml:13:5: document verslag.txt is coded twice"))
    #expect(try CLITests.run(["evaluate", "--gold", "gold.yaml", "--split", "tune"], in: dir).status == 2)
    #expect(try CLITests.run(["evaluate"], in: dir).status == 2)
    #expect(try CLITests.run(["evaluate", "--gold", "missing.yaml"], in: dir).status == 1)
  }
}
