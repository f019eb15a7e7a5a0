import Foundation
import Testing

/// Runs the built `thema` binary the way a researcher does, checking output and exit codes.
@Suite("The thema command line")
struct CLITests {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var text: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The `thema` executable next to the test bundle (`.build/debug/thema`).
  static var executable: URL {
    var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
    return directory.appendingPathComponent("thema")
  }

  static func run(
    _ arguments: [String], in directory: URL,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Result {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var environment = environment
    environment["THEMA_PROJECT"] = nil
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: stdout, stderr: String(decoding: stderr, as: UTF8.self))
  }

  static func folder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("thema-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func addShowOriginalIsByteExact() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    // Windows-1252 with CRLF: "Caf\xE9 \x80 5" and a curly quote.
    let bytes = Data("Verslag\r\n\r\nCaf".utf8) + Data([0xE9, 0x20, 0x80, 0x20, 0x93]) + Data("ok\r\n".utf8)
    try bytes.write(to: dir.appendingPathComponent("verslag.txt"))
    let add = try Self.run(["add", "verslag.txt", "--attr", "programme=Fontys"], in: dir)
    #expect(add.status == 0, "\(add.stderr)")
    let show = try Self.run(["show", "verslag.txt", "--original"], in: dir)
    #expect(show.status == 0)
    #expect(show.stdout == bytes)
    let json = try Self.run(["documents", "--json"], in: dir)
    let documents = try JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]]
    #expect(documents?.first?["encoding"] as? String == "Windows-1252")
    #expect((documents?.first?["attributes"] as? [String: String])?["programme"] == "Fontys")
    for key in ["id", "name", "attributes", "encoding", "sha256", "segmentCount"] {
      #expect(documents?.first?[key] != nil, "documents --json lacks \(key)")
    }
  }

  @Test func segmentsJSONHasTheDocumentedFields() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Data("# Kop\n\nEen alinea over onderzoekend werken.\n".utf8).write(to: dir.appendingPathComponent("a.md"))
    #expect(try Self.run(["add", "a.md"], in: dir).status == 0)
    let show = try Self.run(["show", "a.md", "--segments", "--json"], in: dir)
    #expect(show.status == 0, "\(show.stderr)")
    let segments = try JSONSerialization.jsonObject(with: show.stdout) as? [[String: Any]]
    #expect((segments?.count ?? 0) >= 2)
    for key in ["id", "kind", "headingPath", "text", "start", "end"] {
      #expect(segments?.first?[key] != nil, "segments --json lacks \(key)")
    }
  }

  @Test func badInputExitsOneWithTheFileNamed() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try Self.run(["add", "ontbreekt.txt"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.contains("ontbreekt.txt"))
    #expect(result.stderr.split(separator: "\n").count == 1)
  }

  @Test func wrongUsageExitsTwo() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    #expect(try Self.run(["add", "x.txt", "--attr", "zonder-is-teken"], in: dir).status == 2)
    #expect(try Self.run(["bestaat-niet"], in: dir).status == 2)
    #expect(try Self.run(["show"], in: dir).status == 2)
  }

  @Test func showOnAMissingProjectSaysWhatToDo() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try Self.run(["documents"], in: dir)
    #expect(result.status == 1)
    #expect(result.stderr.contains("thema init"))
    #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("thema.sqlite").path))
  }

  @Test func helpExitsZero() throws {
    let dir = try Self.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let result = try Self.run(["add", "--help"], in: dir)
    #expect(result.status == 0)
    #expect(result.text.contains("--keep-going"))
  }
}
