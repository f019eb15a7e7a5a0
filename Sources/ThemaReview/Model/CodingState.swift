import Foundation

/// The current state of a coding: what the trail records before and after every event.
///
/// ```swift
/// let state = CodingState(status: .accepted, concept: "innoveren", start: 4, end: 13,
///                         originalStart: 120, originalEnd: 129)
/// ```
public struct CodingState: Sendable, Hashable, Codable {
  /// Where a coding stands.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// An automatic suggestion nobody has decided on yet.
    case suggested
    /// Accepted by a coder (or added by hand).
    case accepted
    /// Rejected by a coder.
    case rejected
    /// A suggestion whose indicator disappeared from the codebook, or a hand coding that was undone.
    case withdrawn
  }

  public var status: Status
  /// The concept id in the codebook.
  public var concept: String
  /// The span in the segment's analysis text, in Unicode scalars.
  public var start: Int
  public var end: Int
  /// The same span in the decoded original, in Unicode scalars.
  public var originalStart: Int
  public var originalEnd: Int

  public init(
    status: Status, concept: String, start: Int, end: Int, originalStart: Int, originalEnd: Int
  ) {
    self.status = status
    self.concept = concept
    self.start = start
    self.end = end
    self.originalStart = originalStart
    self.originalEnd = originalEnd
  }

  // MARK: - JSON

  /// The state as compact JSON with sorted keys (the form stored in `codingEvent.before/after`):
  /// `{"concept":"innoveren","end":13,"originalEnd":129,"originalStart":120,"start":4,"status":"accepted"}`.
  /// Written and read by hand: `thema log` decodes thousands of states per call, and reading this
  /// fixed form directly took the benchmark's `log --concept` from 80 to 59 ms (JSONDecoder
  /// remains the fallback for anything else, e.g. escapes other than \" and \\).
  public var json: String {
    var out = "{\"concept\":"
    Self.appendQuoted(concept, to: &out)
    out += ",\"end\":\(end),\"originalEnd\":\(originalEnd),\"originalStart\":\(originalStart),\"start\":\(start),"
    out += "\"status\":\"\(status.rawValue)\"}"
    return out
  }

  /// Decodes the stored JSON form; nil for nil or malformed text.
  public static func decode(_ json: String?) -> CodingState? {
    guard let json else { return nil }
    var text = json
    if let fast = text.withUTF8({ bytes -> CodingState? in
      var reader = FastReader(bytes: bytes)
      return reader.state()
    }) { return fast }
    return try? JSONDecoder().decode(CodingState.self, from: Data(json.utf8))
  }

  private static func appendQuoted(_ string: String, to out: inout String) {
    out += "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  /// Reads exactly the form `json` writes; anything else gives nil (and the caller falls back).
  private struct FastReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func state() -> CodingState? {
      guard literal("{\"concept\":\""), let concept = string(), literal(",\"end\":"), let end = int(),
        literal(",\"originalEnd\":"), let originalEnd = int(), literal(",\"originalStart\":"),
        let originalStart = int(), literal(",\"start\":"), let start = int(), literal(",\"status\":\""),
        let word = string(), literal("}"), index == bytes.count, let status = Status(rawValue: word)
      else { return nil }
      return CodingState(
        status: status, concept: concept, start: start, end: end, originalStart: originalStart,
        originalEnd: originalEnd)
    }

    mutating func literal(_ text: StaticString) -> Bool {
      let count = text.utf8CodeUnitCount
      guard index + count <= bytes.count else { return false }
      for offset in 0..<count where bytes[index + offset] != text.utf8Start[offset] { return false }
      index += count
      return true
    }

    /// The rest of a string whose opening quote was read; escapes other than \" and \\ are left to
    /// the fallback.
    mutating func string() -> String? {
      var out: [UInt8] = []
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
        case UInt8(ascii: "\\"):
          guard index < bytes.count else { return nil }
          let next = bytes[index]
          guard next == UInt8(ascii: "\"") || next == UInt8(ascii: "\\") else { return nil }
          out.append(next)
          index += 1
        default: out.append(byte)
        }
      }
      return nil
    }

    mutating func int() -> Int? {
      var negative = false
      if index < bytes.count && bytes[index] == UInt8(ascii: "-") {
        negative = true
        index += 1
      }
      var value = 0
      var digits = 0
      while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
        value = value * 10 + Int(bytes[index] - 48)
        index += 1
        digits += 1
      }
      return digits > 0 ? (negative ? -value : value) : nil
    }
  }
}
