import Foundation
import Testing

/// `thema codings`, `why`, `kwic` and `codebook check` on a small Dutch fixture, through the binary.
@Suite("Coding commands")
struct CodingCLITests {
  static let text = """
    Het team werkt aan een innovatie in de les. Twee innovaties zijn al gestart.

    Het innovatiefonds betaalt de nieuwe laptops van de school.

    De leerkrachten praten over leiderschap in de sectie.

    """

  static let codebook = """
    name: Toetsboek
    version: "1"
    language: nl
    dimensions:
      - id: thema
        label: Thema
        concepts:
          - id: innoveren
            label: Innoveren
            indicators:
              - innovatie
            exclude:
              - innovatiefonds
          - id: leiderschap
            label: Leiderschap
            indicators:
              - leiderschap
              - ontwerpen

    """

  /// A project with the fixture added and coded; returns its folder.
  static func codedProject() throws -> URL {
    let dir = try CLITests.folder()
    try Data(text.utf8).write(to: dir.appendingPathComponent("verslag.txt"))
    try Data(codebook.utf8).write(to: dir.appendingPathComponent("boek.yaml"))
    let add = try CLITests.run(["add", "verslag.txt"], in: dir)
    #expect(add.status == 0, "\(add.stderr)")
    let code = try CLITests.run(["code", "--codebook", "boek.yaml"], in: dir)
    #expect(code.status == 0, "\(code.stderr)")
    return dir
  }

  static func jsonArray(_ data: Data) throws -> [[String: Any]] {
    try #require(JSONSerialization.jsonObject(with: data) as? [[String: Any]])
  }

  @Test func codingsListsQuotesWithTheMatchMarked() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let plain = try CLITests.run(["codings", "--concept", "innoveren"], in: dir)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.text.contains("een »innovatie« in de les"))
    #expect(plain.text.contains("Twee »innovaties« zijn"))
    #expect(!plain.text.contains("\u{1B}["), "no ANSI codes when stdout is not a terminal")
    #expect(!plain.text.contains("leiderschap ("))

    let json = try Self.jsonArray(try CLITests.run(["codings", "--json"], in: dir).stdout)
    let forms = json.compactMap { $0["matchedForm"] as? String }
    #expect(Set(forms) == ["innovatie", "innovaties", "leiderschap"])
    for row in json {
      let start = try #require(row["originalStart"] as? Int)
      let end = try #require(row["originalEnd"] as? Int)
      let original = Array(Self.text.utf8)[start..<end]
      #expect(String(decoding: original, as: UTF8.self) == row["matchedForm"] as? String)
      #expect(row["status"] as? String == "suggested")
      #expect(row["coder"] as? String == "auto")
    }
    let none = try Self.jsonArray(try CLITests.run(["codings", "--json", "--status", "accepted"], in: dir).stdout)
    #expect(none.isEmpty)
    #expect(try CLITests.run(["codings", "--status", "maybe"], in: dir).status == 2)
  }

  @Test func codeReportsItsRunAsJSON() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let again = try CLITests.run(["code", "--codebook", "boek.yaml", "--json"], in: dir)
    #expect(again.status == 0, "\(again.stderr)")
    let report = try #require(JSONSerialization.jsonObject(with: again.stdout) as? [String: Any])
    #expect(report["codebook"] as? String == "Toetsboek 1")
    #expect(report["matches"] as? Int == 3 && report["unchanged"] as? Int == 3)
    #expect(report["added"] as? Int == 0 && report["withdrawn"] as? Int == 0)
    #expect(report["rematchedConcepts"] as? [String] == [])
    #expect(report["skippedDocuments"] as? [String] == [])
    let full = try CLITests.run(["code", "--codebook", "boek.yaml", "--json", "--full"], in: dir)
    let fullReport = try #require(JSONSerialization.jsonObject(with: full.stdout) as? [String: Any])
    #expect(fullReport["rematchedConcepts"] is NSNull)
    #expect(!again.stderr.contains("Coding document"), "no progress line when standard error is not a terminal")
  }

  @Test func kwicFindsInflectionsWithOffsets() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try CLITests.run(["kwic", "innovatie", "--json", "--width", "10", "--no-compounds"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = try Self.jsonArray(result.stdout)
    #expect(lines.compactMap { $0["keyword"] as? String } == ["innovatie", "innovaties"])
    for line in lines {
      let start = try #require(line["originalStart"] as? Int)
      let end = try #require(line["originalEnd"] as? Int)
      #expect(String(decoding: Array(Self.text.utf8)[start..<end], as: UTF8.self) == line["keyword"] as? String)
      #expect((line["left"] as? String)?.count ?? 99 <= 10)
    }
    let plain = try CLITests.run(["kwic", "innovaties", "--no-compounds"], in: dir)
    #expect(plain.text.contains("[innovatie]"))
    #expect(plain.text.contains("2 occurrences"))
  }

  @Test func kwicLooksInsideCompoundsUnlessToldNotTo() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let text = "Onderwijsinnovatie vraagt tijd. De innovatiekracht groeit. Een MLI-innovatie. Nieuwe kleren.\n"
    try Data(text.utf8).write(to: dir.appendingPathComponent("notitie.txt"))
    #expect(try CLITests.run(["add", "notitie.txt"], in: dir).status == 0)
    let found = try Self.jsonArray(try CLITests.run(["kwic", "innovatie", "--json"], in: dir).stdout)
    #expect(found.compactMap { $0["keyword"] as? String } == ["Onderwijsinnovatie", "innovatiekracht", "innovatie"])
    for line in found {
      let start = try #require(line["originalStart"] as? Int)
      let end = try #require(line["originalEnd"] as? Int)
      let keyword = String(String.UnicodeScalarView(Array(text.unicodeScalars)[start..<end]))
      #expect(keyword == line["keyword"] as? String)
    }
    let plain = try Self.jsonArray(try CLITests.run(["kwic", "innovatie", "--json", "--no-compounds"], in: dir).stdout)
    #expect(plain.isEmpty, "no word of the note is innovatie or an inflection of it on its own")
    let leren = try Self.jsonArray(try CLITests.run(["kwic", "leren", "--json"], in: dir).stdout)
    #expect(leren.isEmpty, "kleren does not contain leren as a compound part")
  }

  @Test func whyJSONGivesOriginalOffsetsOfMatchesAndNearMisses() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let original = Array(Self.text.unicodeScalars)
    for term in ["innovatie", "innovatiefonds"] {
      let kwic = try Self.jsonArray(try CLITests.run(["kwic", term, "--json"], in: dir).stdout)
      let segment = try #require(kwic.first?["segmentId"] as? Int)
      let why = try CLITests.run(["why", "\(segment)", "--codebook", "boek.yaml", "--json"], in: dir)
      #expect(why.status == 0, "\(why.stderr)")
      let object = try #require(JSONSerialization.jsonObject(with: why.stdout) as? [String: Any])
      let matches = try #require(object["matches"] as? [[String: Any]])
      let misses = try #require(object["nearMisses"] as? [[String: Any]])
      let all = matches + misses.compactMap { $0["match"] as? [String: Any] }
      #expect(!all.isEmpty)
      for match in all {
        let start = try #require(match["originalStart"] as? Int)
        let end = try #require(match["originalEnd"] as? Int)
        #expect(String(String.UnicodeScalarView(original[start..<end])) == match["matchedForm"] as? String)
      }
      if term == "innovatiefonds" { #expect(matches.isEmpty && misses.count == 1) }
    }
  }

  @Test func whyExplainsMatchesAndNearMisses() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let fund = try Self.jsonArray(try CLITests.run(["kwic", "innovatiefonds", "--json"], in: dir).stdout)
    let fundSegment = try #require(fund.first?["segmentId"] as? Int)
    let why = try CLITests.run(["why", "\(fundSegment)", "--codebook", "boek.yaml"], in: dir)
    #expect(why.status == 0, "\(why.stderr)")
    #expect(why.text.contains("No matches."))
    #expect(why.text.contains("innovatiefonds excludes it (by compound-modifier, at 4..<18)"))

    let first = try Self.jsonArray(try CLITests.run(["kwic", "innovatie", "--json"], in: dir).stdout)
    let segment = try #require(first.first?["segmentId"] as? Int)
    let explained = try CLITests.run(["why", "\(segment)", "--codebook", "boek.yaml"], in: dir)
    #expect(explained.text.contains("innoveren: innovatie matched \"innovaties\" by stem"))
    #expect(explained.text.contains("No near misses."))
    let missing = try CLITests.run(["why", "99999", "--codebook", "boek.yaml"], in: dir)
    #expect(missing.status != 0)
  }

  @Test func whyWithoutACodebookUsesTheOneTheNewestRunApplied() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let first = try Self.jsonArray(try CLITests.run(["kwic", "innovatie", "--json"], in: dir).stdout)
    let segment = try #require(first.first?["segmentId"] as? Int)
    // The file is emptied after coding: the stored codebook, not the file, explains the codings.
    try Data("name: leeg\n".utf8).write(to: dir.appendingPathComponent("boek.yaml"))
    let why = try CLITests.run(["why", "\(segment)"], in: dir)
    #expect(why.status == 0, "\(why.stderr)")
    #expect(why.text.contains("innoveren: innovatie matched \"innovaties\" by stem"))
    // Naming the (now broken) file explains with that file, and says what is wrong with it.
    let named = try CLITests.run(["why", "\(segment)", "--codebook", "boek.yaml"], in: dir)
    #expect(named.status != 0)
    #expect(named.stderr.contains("boek.yaml"))
    // Nothing coded yet: a clear error.
    let fresh = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: fresh) }
    try Data(Self.text.utf8).write(to: fresh.appendingPathComponent("verslag.txt"))
    #expect(try CLITests.run(["add", "verslag.txt"], in: fresh).status == 0)
    let uncoded = try CLITests.run(["why", "1"], in: fresh)
    #expect(uncoded.status != 0)
    #expect(uncoded.stderr.contains("nothing has been coded"))
  }

  @Test func codebookCheckTellsARedundantIndicatorFromAnUnusedOne() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    // "innovaties" (exact, listed after the term) only ever matches where the term innovatie (its stem
    // reaches innovaties) already codes the same span: redundant, but not "nothing".
    let redundant = Self.codebook.replacingOccurrences(
      of: "          - innovatie\n", with: "          - innovatie\n          - '\"innovaties\"'\n")
    try Data(redundant.utf8).write(to: dir.appendingPathComponent("dubbel.yaml"))
    let check = try CLITests.run(["codebook", "check", "dubbel.yaml"], in: dir)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(
      check.text.contains(
        "innoveren: \"innovaties\" matches only where innovatie (line 11, 1 time) already matches (redundant in this project)"),
      "\(check.text)")
    #expect(!check.text.contains("\"innovaties\" matches nothing"))
    #expect(check.text.contains("leiderschap: ontwerpen matches nothing in the project"))
    let json = try CLITests.run(["codebook", "check", "dubbel.yaml", "--json"], in: dir)
    let report = try #require(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let usage = try #require(report["usage"] as? [[String: Any]])
    let exact = try #require(usage.first { $0["indicator"] as? String == "\"innovaties\"" })
    #expect(exact["matches"] as? Int == 0)
    let by = try #require(exact["shadowedBy"] as? [[String: Any]])
    #expect(by.map { $0["indicator"] as? String } == ["innovatie"] && by.first?["count"] as? Int == 1)
    #expect(by.first?["line"] as? Int == 11)
    // Listed the other way round, the first-listed indicator counts and the term is the redundant one.
    let reversed = Self.codebook.replacingOccurrences(
      of: "          - innovatie\n", with: "          - '\"innovaties\"'\n          - innovatie\n")
    try Data(reversed.utf8).write(to: dir.appendingPathComponent("omgekeerd.yaml"))
    let other = try CLITests.run(["codebook", "check", "omgekeerd.yaml", "--json"], in: dir)
    let otherUsage = try #require(
      (JSONSerialization.jsonObject(with: other.stdout) as? [String: Any])?["usage"] as? [[String: Any]])
    let first = try #require(otherUsage.first { $0["indicator"] as? String == "\"innovaties\"" })
    #expect(first["matches"] as? Int == 1)
    let term = try #require(otherUsage.first { $0["indicator"] as? String == "innovatie" })
    #expect(term["matches"] as? Int == 1, "its own form innovatie still counts")
    let termBy = try #require(term["shadowedBy"] as? [[String: Any]])
    #expect(termBy.map { $0["indicator"] as? String } == ["\"innovaties\""] && termBy.first?["line"] as? Int == 11)

    // The fund is excluded: its only match is a near miss, which the check says too.
    let fund = Self.codebook.replacingOccurrences(
      of: "          - innovatie\n", with: "          - innovatie\n          - term: innovatiefonds\n            compound: none\n")
    try Data(fund.utf8).write(to: dir.appendingPathComponent("fonds.yaml"))
    let excluded = try CLITests.run(["codebook", "check", "fonds.yaml"], in: dir)
    #expect(
      excluded.text.contains("innoveren: innovatiefonds matches only where its matches do not count (1 near miss"),
      "\(excluded.text)")
    let why = try Self.jsonArray(try CLITests.run(["kwic", "innovaties", "--json"], in: dir).stdout)
    let segment = try #require(why.first?["segmentId"] as? Int)
    let explained = try CLITests.run(["why", "\(segment)", "--codebook", "dubbel.yaml"], in: dir)
    #expect(explained.text.contains("already codes it"), "\(explained.text)")
  }

  @Test func codebookCheckReportsPlacesUnusedAndWidenedTerms() throws {
    let dir = try Self.codedProject()
    defer { try? FileManager.default.removeItem(at: dir) }
    let check = try CLITests.run(["codebook", "check", "boek.yaml"], in: dir)
    #expect(check.status == 0, "\(check.stderr)")
    #expect(check.text.contains("leiderschap: ontwerpen matches nothing in the project"))
    #expect(check.text.contains("innoveren: innovatie also matches innovaties (1, stem)"))
    #expect(!check.text.contains("leiderschap also matches"))

    let widened = """
      name: Breed
      version: "1"
      language: nl
      dimensions:
        - id: thema
          label: Thema
          concepts:
            - id: beleid
              label: Beleid
              indicators: [beleid]
      """
    try Data(widened.utf8).write(to: dir.appendingPathComponent("breed.yaml"))
    try Data("We begeleiden de studenten. Het beleid is helder.\n".utf8)
      .write(to: dir.appendingPathComponent("beleid.txt"))
    #expect(try CLITests.run(["add", "beleid.txt"], in: dir).status == 0)
    let broad = try CLITests.run(["codebook", "check", "breed.yaml"], in: dir)
    #expect(broad.text.contains("breed.yaml:10:"))
    #expect(broad.text.contains("beleid: beleid also matches begeleiden (1, stem)"))
    let json = try CLITests.run(["codebook", "check", "breed.yaml", "--json"], in: dir)
    let report = try #require(JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
    let usage = try #require(report["usage"] as? [[String: Any]])
    #expect(usage.map { $0["matches"] as? Int } == [2], "beleid and begeleiden")
    let forms = try #require(usage.first?["otherForms"] as? [[String: Any]])
    #expect(forms.map { $0["form"] as? String } == ["begeleiden"])

    let broken = Self.codebook.replacingOccurrences(of: "id: leiderschap", with: "id: innoveren")
    try Data(broken.utf8).write(to: dir.appendingPathComponent("kapot.yaml"))
    let bad = try CLITests.run(["codebook", "check", "kapot.yaml"], in: dir)
    #expect(bad.status == 1)
    let badJSON = try CLITests.run(["codebook", "check", "kapot.yaml", "--json"], in: dir)
    #expect(badJSON.status == 1)
    let issues = try #require(
      (JSONSerialization.jsonObject(with: badJSON.stdout) as? [String: Any])?["issues"] as? [[String: Any]])
    #expect(issues.contains { $0["kind"] as? String == "duplicate-id" && $0["line"] as? Int == 14 })
    let errorLine = try #require(bad.text.split(separator: "\n").first { $0.contains(": error: ") })
    #expect(errorLine.hasPrefix("kapot.yaml:14:"), "\(errorLine)")
  }
}
