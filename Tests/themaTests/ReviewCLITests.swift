import Foundation
import GRDB
import Testing
import ThemaReview
import ThemaStore

/// The review commands run as a researcher runs them: the built binary, its output and exit codes,
/// and the interactive review driven through a pseudo-terminal.
@Suite("The review commands")
struct ReviewCLITests {
  /// A project with one document of three paragraphs and three open suggestions.
  static func project(in dir: URL) throws -> (path: String, codings: [Int64]) {
    let path = dir.appendingPathComponent("thema.sqlite").path
    let project = try Project.open(at: path)
    let paragraphs = [
      "Het team wil samen innoveren in de klas.",
      "Docenten reflecteren op hun lessen.",
      "Leiderschap groeit als het team onderzoek doet.",
    ]
    let words = [("innoveren", "innoveren"), ("reflecteren", "reflecteren"), ("onderzoek", "onderzoeken")]
    var suggestions: [Suggestion] = []
    try project.database.write { db in
      let text = paragraphs.joined(separator: "\n\n")
      try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES ('verslag.txt', ?)", arguments: [Date()])
      try db.execute(
        sql: """
          INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath, importedAt, original)
          VALUES (1, 1, 'x', ?, 'text', 'verslag.txt', ?, ?)
          """, arguments: [text.utf8.count, Date(), Data(text.utf8)])
      try db.execute(
        sql: """
          INSERT INTO codebook (name, version, language, sha256, source, sourcePath, importedAt)
          VALUES ('mli', '1', 'nl', 'abc', x'00', 'codebook.yaml', ?)
          """, arguments: [Date()])
      for concept in ["innoveren", "reflecteren", "onderzoeken", "leiderschap"] {
        try db.execute(
          sql: "INSERT INTO concept (codebookId, conceptId, label, definition, ordinal) VALUES (1, ?, ?, ?, 0)",
          arguments: [concept, concept.capitalized, "Wanneer het verslag over \(concept) gaat."])
      }
      var offset = 0
      for (ordinal, paragraph) in paragraphs.enumerated() {
        let length = paragraph.unicodeScalars.count
        var map = Data()
        for value in [0, offset, length, length] {
          var little = UInt32(value).littleEndian
          withUnsafeBytes(of: &little) { map.append(contentsOf: $0) }
        }
        try db.execute(
          sql: """
            INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart, byteEnd, map)
            VALUES (1, ?, 'paragraph', '["Verslag"]', ?, ?, ?, ?, ?, ?)
            """, arguments: [ordinal, paragraph, offset, offset + length, offset, offset + length, map])
        let (word, concept) = words[ordinal]
        let start = paragraph.unicodeScalars.count - paragraph.components(separatedBy: word)[1].unicodeScalars.count - word.unicodeScalars.count
        suggestions.append(
          Suggestion(
            segmentId: db.lastInsertedRowID, concept: concept, start: start, end: start + word.unicodeScalars.count,
            originalStart: offset + start, originalEnd: offset + start + word.unicodeScalars.count, matchedForm: word,
            indicator: .init(key: "\(concept)/\(word)", hash: "h"), codebookId: 1))
        offset += length + 2
      }
    }
    let report = try project.applySuggestions(suggestions, codebook: 1)
    return (path, report.added)
  }

  static func run(_ arguments: [String], in dir: URL, coder: String? = nil) throws -> CLITests.Result {
    var environment = ProcessInfo.processInfo.environment
    environment["THEMA_CODER"] = coder
    return try CLITests.run(arguments, in: dir, environment: environment)
  }

  @Test func acceptRejectUndoAndTheLogInJSONAndCSV() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (_, ids) = try Self.project(in: dir)
    let noCoder = try Self.run(["accept", "\(ids[0])"], in: dir)
    #expect(noCoder.status == 1 && noCoder.stderr.contains("--coder"))
    #expect(try Self.run(["accept", "\(ids[0])", "\(ids[1])", "--reason", "duidelijk"], in: dir, coder: "marije").status == 0)
    let reject = try Self.run(["reject", "\(ids[2])", "--coder", "joost"], in: dir)
    #expect(reject.status == 0, "\(reject.stderr)")
    let log = try Self.run(["log", "--json"], in: dir)
    let entries = try #require(try JSONSerialization.jsonObject(with: log.stdout) as? [[String: Any]])
    #expect(entries.map { $0["action"] as? String } == ["accept", "accept", "reject"])
    for key in ["id", "at", "coder", "action", "coding", "concept", "document", "segment", "statusBefore", "statusAfter", "before", "after"] {
      #expect(entries[0][key] != nil, "log --json lacks \(key)")
    }
    #expect(entries[0]["reason"] as? String == "duidelijk")
    let acceptEvent = try #require(entries[0]["id"] as? Int)
    #expect(try Self.run(["undo", "\(acceptEvent)"], in: dir, coder: "marije").status == 0)
    let history = try Self.run(["history", "\(ids[0])", "--json"], in: dir)
    let life = try #require(try JSONSerialization.jsonObject(with: history.stdout) as? [[String: Any]])
    #expect(life.map { $0["action"] as? String } == ["suggest", "accept", "undo"])
    #expect(life.last?["statusAfter"] as? String == "suggested")

    let csv = try Self.run(["log", "--csv", "--concept", "reflecteren"], in: dir)
    let lines = csv.text.split(separator: "\n")
    #expect(lines.first == "id,at,coder,action,coding,memo,concept,document,segment,statusBefore,statusAfter,before,after,reason,undoes")
    #expect(lines.count == 2 && lines[1].contains(",reflecteren,verslag.txt,"))
    #expect(try Self.run(["log", "--coder", "joost", "--json"], in: dir).text.contains("\"reject\""))
    let future = try Self.run(["log", "--since", "2999-01-01", "--json"], in: dir).stdout
    #expect((try JSONSerialization.jsonObject(with: future) as? [Any])?.isEmpty == true)
    #expect(try Self.run(["log", "--verify"], in: dir).status == 0)
    #expect(try Self.run(["log", "--since", "gisteren"], in: dir).status == 2)
  }

  @Test func codeTextRefusesMissingAndAmbiguousQuotes() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    _ = try Self.project(in: dir)
    let ok = try Self.run(["code-text", "verslag.txt", "Leiderschap groeit", "--concept", "leiderschap"], in: dir, coder: "marije")
    #expect(ok.status == 0, "\(ok.stderr)")
    #expect(ok.text.contains("at 0-18"))
    let ambiguous = try Self.run(["code-text", "verslag", "team", "--concept", "leiderschap"], in: dir, coder: "marije")
    #expect(ambiguous.status == 1 && ambiguous.stderr.contains("occurs 2 times"))
    let missing = try Self.run(["code-text", "verslag", "bestaat niet", "--concept", "leiderschap"], in: dir, coder: "marije")
    #expect(missing.status == 1 && missing.stderr.contains("does not occur"))
    let memo = try Self.run(["memo", "--concept", "leiderschap", "Informeel leiderschap telt mee."], in: dir, coder: "marije")
    #expect(memo.status == 0, "\(memo.stderr)")
    #expect(try Self.run(["coders", "--json"], in: dir).text.contains("marije"))
  }

  @Test func agreementBetweenTwoBlindCoders() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (_, ids) = try Self.project(in: dir)
    #expect(try Self.run(["blind", "on"], in: dir).text.contains("on"))
    #expect(try Self.run(["accept"] + ids.map { "\($0)" }, in: dir, coder: "A").status == 0)
    #expect(try Self.run(["accept", "\(ids[0])", "\(ids[1])"], in: dir, coder: "B").status == 0)
    #expect(try Self.run(["reject", "\(ids[2])"], in: dir, coder: "B").status == 0)
    let result = try Self.run(["agreement", "--coders", "A,B", "--json"], in: dir)
    #expect(result.status == 0, "\(result.stderr)")
    let report = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
    let disagreements = try #require(report["disagreements"] as? [[String: Any]])
    #expect(disagreements.count == 1 && disagreements.first?["concept"] as? String == "onderzoeken")
    let text = try Self.run(["agreement", "--coders", "A,B"], in: dir)
    #expect(text.text.contains("overall") && text.text.contains("thema consensus"))
    let segment = try #require(disagreements.first?["segmentId"] as? Int)
    let consensus = try Self.run(["consensus", "\(segment)", "--concept", "onderzoeken", "--applies", "no"], in: dir, coder: "A")
    #expect(consensus.status == 0 && consensus.text.contains("rejected by consensus"))
    let accuracy = try Self.run(["accuracy", "--coder", "B", "--json"], in: dir)
    #expect(accuracy.text.contains("\"precision\""))
  }

  // MARK: - The interactive review through a pseudo-terminal

  /// Drives `thema review` in a pseudo-terminal (python3's pty module): sends single keys without
  /// Enter — which only work when the command really puts the terminal in raw mode — and waits for
  /// the screen to answer before each key.
  static let driver = """
    import os, pty, sys, select, time
    binary, project, style = sys.argv[1], sys.argv[2], sys.argv[3]
    steps = sys.argv[4:]
    pid, fd = pty.fork()
    if pid == 0:
        os.environ['THEMA_CODER'] = 'marije'
        os.execv(binary, [binary, 'review', '--project', project] + (['--plain'] if style == 'plain' else []))
    out = b''
    mark = 0
    def until(text, timeout=20):
        global out, mark
        end = time.time() + timeout
        while text.encode() not in out[mark:]:
            left = end - time.time()
            if left <= 0:
                sys.stdout.write(out.decode(errors='replace'))
                sys.exit('timed out waiting for ' + repr(text))
            ready, _, _ = select.select([fd], [], [], left)
            if ready:
                try:
                    chunk = os.read(fd, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                out += chunk
        found = out.find(text.encode(), mark)
        if found >= 0:
            mark = found + len(text)
    for step in steps:
        wait, key = step.split('|', 1)
        until(wait)
        os.write(fd, key.encode().decode('unicode_escape').encode())
    until('Every decision is saved.')
    _, status = os.waitpid(pid, 0)
    sys.stdout.write(out.decode(errors='replace'))
    sys.exit(os.WEXITSTATUS(status))
    """

  @Test func theInteractiveReviewWorksThroughAPseudoTerminal() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (path, ids) = try Self.project(in: dir)
    let script = dir.appendingPathComponent("drive.py")
    try Data(Self.driver.utf8).write(to: script)
    // 1: accept; 2: skip; 3: back to 2, then reject it with a reason; 3 again: recode; quit.
    let steps = [
      "[1 of 3]|a", "[2 of 3]|s", "[3 of 3]|b", "[2 of 3]|r", "Reason|te algemeen\\r",
      "[3 of 3]|m", "Memo on|twijfel\\r", "Memo saved|c", "Recode to concept: |leiderschap\\r",
    ]
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, CLITests.executable.path, path, "plain"] + steps
    let out = Pipe()
    process.standardOutput = out
    process.standardError = out
    try process.run()
    let transcript = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(transcript)")
    #expect(transcript.contains("»innoveren«"))
    #expect(transcript.contains("Verslag"))
    #expect(transcript.contains("Wanneer het verslag over innoveren gaat."))
    #expect(transcript.contains("Decided 3, skipped 1. 0 open suggestions left."))

    let project = try Project.open(at: path)
    #expect(try project.coding(ids[0]).state.status == .accepted)
    #expect(try project.coding(ids[1]).state.status == .rejected)
    #expect(try project.coding(ids[2]).state.concept == "leiderschap")
    #expect(try project.events(EventFilter(coder: "marije")).map(\.action) == [.accept, .reject, .memo, .recode])
    #expect(try project.events(EventFilter(coder: "marije"))[1].reason == "te algemeen")
    #expect(try project.verifyTrail() == [])
  }

  @Test func quittingHalfwayKeepsTheDecisionsAndColoursTheMatch() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let (path, ids) = try Self.project(in: dir)
    let script = dir.appendingPathComponent("drive.py")
    try Data(Self.driver.utf8).write(to: script)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, CLITests.executable.path, path, "colour", "[1 of 3]|a", "[2 of 3]|q"]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let transcript = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0, "\(transcript)")
    #expect(transcript.contains("2 open suggestions left"))
    // On a terminal the match is highlighted with ANSI colours.
    #expect(transcript.contains("\u{1B}[1;30;43minnoveren\u{1B}[0m"))
    #expect(try Project.open(at: path).coding(ids[0]).state.status == .accepted)
  }
}
