#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// Standard input in raw mode (single keys, no echo) while a review runs; restores the terminal's
/// settings on `restore()`. Written on termios directly: no listed package handles terminals.
/// When standard input is not a terminal (a pipe), keys are read as they come.
///
/// Holds the saved settings of one terminal; not for sharing across threads.
final class RawTerminal {
  private var saved = termios()
  private(set) var isRaw = false

  init() {
    guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
    var raw = saved
    raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)  // Ctrl-C arrives as a key: quit cleanly
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    isRaw = tcsetattr(STDIN_FILENO, TCSAFLUSH, &raw) == 0
  }

  /// Puts the terminal back as it was.
  func restore() {
    if isRaw { _ = tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
    isRaw = false
  }

  deinit { restore() }

  /// One byte from the keyboard, or nil at end of input.
  func key() -> UInt8? {
    var byte: UInt8 = 0
    while true {
      let n = read(STDIN_FILENO, &byte, 1)
      if n == 1 { return byte }
      if n < 0 && errno == EINTR { continue }
      return nil
    }
  }

  /// A line typed after a prompt, echoed by hand in raw mode; nil when cancelled with Escape or at
  /// end of input.
  func line(prompt: String) -> String? {
    write(prompt)
    var bytes: [UInt8] = []
    while let byte = key() {
      switch byte {
      case 13, 10:
        write("\r\n")
        return String(decoding: bytes, as: UTF8.self)
      case 27:
        write("\r\n")
        return nil
      case 127, 8:
        if !bytes.isEmpty {
          // Remove a whole UTF-8 character.
          repeat { bytes.removeLast() } while !bytes.isEmpty && (bytes.last! & 0xC0) == 0x80
          write("\u{8} \u{8}")
        }
      default:
        bytes.append(byte)
        if isRaw { FileHandle.standardOutput.write(Data([byte])) }
      }
    }
    return nil
  }

  /// Writes text to the terminal immediately (output processing stays on, so "\n" works as usual).
  func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }
}

@available(*, unavailable)
extension RawTerminal: Sendable {}
