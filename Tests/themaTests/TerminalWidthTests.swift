import Foundation
import Testing

/// Tables fit the terminal they are printed in, and keep a fixed width when piped.
@Suite("Table width")
struct TerminalWidthTests {
  /// Runs `thema ARGS` with standard output on a pseudo-terminal of `columns` columns (python3's pty
  /// module; the window size is set in the child before `thema` starts) and returns what it printed.
  static func runInTerminal(_ arguments: [String], columns: Int, in directory: URL) throws -> String {
    let driver = """
      import fcntl, os, pty, struct, sys, termios
      pid, fd = pty.fork()
      if pid == 0:
          fcntl.ioctl(1, termios.TIOCSWINSZ, struct.pack('HHHH', 40, int(sys.argv[1]), 0, 0))
          os.execv(sys.argv[2], sys.argv[2:])
      out = b''
      while True:
          try:
              chunk = os.read(fd, 65536)
          except OSError:
              break
          if not chunk:
              break
          out += chunk
      os.waitpid(pid, 0)
      sys.stdout.buffer.write(out)
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", driver, "\(columns)", CLITests.executable.path] + arguments
    process.currentDirectoryURL = directory
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  @Test func aWideTerminalShowsWholeNamesAndAPipeKeepsTheFixedWidth() throws {
    let dir = try CLITests.folder()
    defer { try? FileManager.default.removeItem(at: dir) }
    let name = "verslag-programmaoverleg-master-leren-en-innoveren-2019-03.txt"
    try Data("Verslag\n\nHet team bespreekt het profiel.\n".utf8).write(to: dir.appendingPathComponent(name))
    #expect(try CLITests.run(["add", name], in: dir).status == 0)

    let piped = try CLITests.run(["documents"], in: dir).text
    #expect(!piped.contains(name))
    #expect(piped.split(separator: "\n").allSatisfy { $0.count <= 100 })

    let wide = try Self.runInTerminal(["documents"], columns: 200, in: dir)
    #expect(wide.contains(name))
  }
}
