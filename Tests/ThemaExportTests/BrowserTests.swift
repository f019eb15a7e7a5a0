import Foundation
import Testing

@testable import ThemaAnalysis
@testable import ThemaExport

/// Loads the report in headless Chromium (Debian's `chromium`) and checks what a researcher sees: the
/// page's script ran without console errors, the cells show the expected values, and opening a cell
/// lists its quote with the match highlighted. Screenshots go to a temporary folder, never the repo.
/// Skipped, with the reason, where no Chromium is installed.
@Suite("The HTML report in a browser")
struct BrowserTests {
  static let chromium: String? = [
    "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome",
  ].first { FileManager.default.isExecutableFile(atPath: $0) }

  struct Run {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  static func chromium(_ arguments: [String], profile: URL) throws -> Run {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: chromium!)
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
        "--user-data-dir=\(profile.path)", "--enable-logging=stderr", "--v=0",
      ] + arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read both pipes while the browser runs, so neither fills up.
    nonisolated(unsafe) var errData = Data()
    let reader = Thread { errData = err.fileHandleForReading.readDataToEndOfFile() }
    reader.start()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !reader.isFinished { Thread.sleep(forTimeInterval: 0.01) }
    return Run(
      stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Console messages in Chromium's log (`…:INFO:CONSOLE:1] "Uncaught Error: x"`): the page writes
  /// none, so any console line — an uncaught exception or a console.error — is a finding.
  static func consoleErrors(_ log: String) -> [String] {
    log.split(separator: "\n").map(String.init).filter {
      $0.contains("Uncaught") || $0.contains(":CONSOLE")
    }
  }

  @Test(.enabled(if: Self.chromium != nil, "no Chromium binary (apt-get install chromium) on this machine"))
  func loadsWithoutErrorsAndShowsValues() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("thema-browser-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let report = try AnalysisReport(data: SampleData.make(), by: ["programme"], projectPath: "demo.sqlite")
    let files = try report.write(to: folder)
    let profile = folder.appendingPathComponent("profile")
    let innoveren = report.data.concepts.index(of: "innoveren")!
    let url = files.html.absoluteString + "#cell=\(innoveren):0"

    let dom = try Self.chromium(["--virtual-time-budget=5000", "--dump-dom", url], profile: profile)
    #expect(dom.status == 0, "\(dom.stderr.suffix(2000))")
    #expect(Self.consoleErrors(dom.stderr).isEmpty, "\(Self.consoleErrors(dom.stderr))")
    #expect(dom.stdout.contains("data-ready=\"1\""), "the page's script did not finish")
    // Innoveren × Alfa shows 2 and is selected; its quotes panel lists both quotes, matches marked.
    #expect(dom.stdout.contains("class=\"selected\""))
    // Shade: share 2/3 against the largest share (Leren in Gamma, 1/1): lightness 100 − 58 × 2/3 ≈ 61%.
    #expect(dom.stdout.contains("data-group=\"Alfa\" style=\"background:hsl(212,65%,61%);color:#fff\" class=\"selected\">2</td>"))
    #expect(dom.stdout.contains("Innoveren — Alfa: 2 coded segments"))
    #expect(dom.stdout.contains("<mark title=\"Ontwerpen (suggested), original characters 10–18\">ontwerpt</mark>"))
    #expect(dom.stdout.contains("<mark title=\"Onderzoeken (suggested), original characters 0–9\">Onderzoek</mark>"))

    let screenshot = folder.appendingPathComponent("report.png")
    let shot = try Self.chromium(
      ["--window-size=1400,2400", "--virtual-time-budget=5000", "--screenshot=\(screenshot.path)", url],
      profile: profile)
    #expect(shot.status == 0)
    #expect(Self.consoleErrors(shot.stderr).isEmpty)
    let png = try Data(contentsOf: screenshot)
    #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    #expect(png.count > 10_000)

    // Printing uses the print style sheet; the PDF must come out.
    let pdf = folder.appendingPathComponent("report.pdf")
    let printed = try Self.chromium(
      ["--virtual-time-budget=5000", "--no-pdf-header-footer", "--print-to-pdf=\(pdf.path)", files.html.absoluteString],
      profile: profile)
    #expect(printed.status == 0)
    #expect(try Data(contentsOf: pdf).prefix(4) == Data("%PDF".utf8))
  }
}
