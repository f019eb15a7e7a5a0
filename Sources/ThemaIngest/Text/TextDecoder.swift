import Foundation

// MARK: - TextDecoder

/// Decodes the bytes of a text original: UTF-8 (with or without byte order mark), UTF-16 with byte
/// order mark, and Windows-1252 for anything that is not valid UTF-8. Nothing is dropped: bytes
/// Windows-1252 leaves undefined become the C1 control of the same number, an unpaired UTF-16
/// surrogate becomes U+FFFD, U+0000 is read as a space (see `DecodedText.replacingNULs(name:)`), and
/// each case adds a warning.
///
/// ```swift
/// let decoded = try TextDecoder.decode(Data([0x80, 0x20, 0xEB]), name: "oud.txt")
/// decoded.text       // "€ ë"
/// decoded.encoding   // .windows1252
/// ```
public enum TextDecoder {
  /// Decodes `data`, the bytes of the file `name` (used in warnings and errors).
  public static func decode(_ data: Data, name: String) throws -> DecodedText {
    try data.withUnsafeBytes { raw in
      let bytes = raw.bindMemory(to: UInt8.self)
      return try decode(bytes, name: name)
    }
  }

  /// Decodes raw bytes; see `decode(_:name:)`.
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> DecodedText
  {
    try decodeAsIs(bytes, name: name).replacingNULs(name: name)
  }

  private static func decodeAsIs(_ bytes: UnsafeBufferPointer<UInt8>, name: String) throws -> DecodedText
  {
    if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
      let body = UnsafeBufferPointer(rebasing: bytes[3...])
      if let invalid = firstInvalidUTF8(body) {
        throw IngestError.undecodable(
          file: name,
          reason:
            "the file starts with a UTF-8 byte order mark but byte \(invalid + 3) is not UTF-8")
      }
      return DecodedText(
        utf8: Array(body), encoding: .utf8BOM, warnings: [], originalByteCount: bytes.count)
    }
    if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE {
      return decodeUTF16(bytes, bigEndian: false, name: name)
    }
    if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF {
      return decodeUTF16(bytes, bigEndian: true, name: name)
    }
    guard let invalid = firstInvalidUTF8(bytes) else {
      var warnings: [String] = []
      if looksLikeUTF16WithoutBOM(bytes) {
        warnings.append(
          "\(name): many NUL bytes; this may be UTF-16 without a byte order mark (read as UTF-8)")
      }
      return DecodedText(
        utf8: Array(bytes), encoding: .utf8, warnings: warnings, originalByteCount: bytes.count)
    }
    return decodeWindows1252(bytes, firstInvalid: invalid, name: name)
  }

  // MARK: - UTF-8

  /// Offset of the first byte that makes `bytes` invalid UTF-8, or `nil` when all of it is valid.
  static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    guard let base = bytes.baseAddress else { return nil }
    while i < n {
      // ASCII fast path: eight bytes at a time.
      while i + 8 <= n {
        let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        i += 8
      }
      guard i < n else { break }
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var lower: UInt8 = 0x80
      var upper: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        lower = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        upper = 0x9F
      case 0xF0:
        length = 4
        lower = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        upper = 0x8F
      default: return i
      }
      guard i + length <= n else { return i }
      let b1 = bytes[i + 1]
      if b1 < lower || b1 > upper { return i }
      var k = 2
      while k < length {
        if bytes[i + k] & 0xC0 != 0x80 { return i }
        k += 1
      }
      i += length
    }
    return nil
  }

  static func looksLikeUTF16WithoutBOM(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let sample = min(bytes.count, 4096)
    guard sample >= 8 else { return false }
    var zeros = 0
    for i in 0..<sample where bytes[i] == 0 { zeros += 1 }
    return zeros * 4 >= sample
  }

  // MARK: - UTF-16

  static func decodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, bigEndian: Bool, name: String)
    -> DecodedText
  {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var replaced = 0
    var i = 2
    let n = bytes.count
    @inline(__always) func unit(at k: Int) -> UInt32 {
      bigEndian
        ? UInt32(bytes[k]) << 8 | UInt32(bytes[k + 1])
        : UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k])
    }
    while i + 1 < n {
      let u = unit(at: i)
      var value = u
      var width = 2
      if (0xD800...0xDBFF).contains(u) {
        if i + 3 < n, case let low = unit(at: i + 2), (0xDC00...0xDFFF).contains(low) {
          value = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
          width = 4
        } else {
          value = 0xFFFD
          replaced += 1
        }
      } else if (0xDC00...0xDFFF).contains(u) {
        value = 0xFFFD
        replaced += 1
      }
      appendUTF8(value, to: &out)
      i += width
    }
    var warnings: [String] = []
    if replaced > 0 {
      warnings.append("\(name): \(replaced) unpaired UTF-16 surrogate(s) shown as U+FFFD")
    }
    if i < n {
      appendUTF8(0xFFFD, to: &out)
      warnings.append("\(name): odd number of bytes in UTF-16; the last byte is shown as U+FFFD")
    }
    return DecodedText(
      utf8: out, encoding: bigEndian ? .utf16BE : .utf16LE, warnings: warnings,
      originalByteCount: bytes.count)
  }

  @inline(__always) static func appendUTF8(_ value: UInt32, to out: inout [UInt8]) {
    switch value {
    case 0..<0x80:
      out.append(UInt8(value))
    case 0x80..<0x800:
      out.append(UInt8(0xC0 | (value >> 6)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    case 0x800..<0x10000:
      out.append(UInt8(0xE0 | (value >> 12)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    default:
      out.append(UInt8(0xF0 | (value >> 18)))
      out.append(UInt8(0x80 | ((value >> 12) & 0x3F)))
      out.append(UInt8(0x80 | ((value >> 6) & 0x3F)))
      out.append(UInt8(0x80 | (value & 0x3F)))
    }
  }

  // MARK: - Windows-1252

  static func decodeWindows1252(
    _ bytes: UnsafeBufferPointer<UInt8>, firstInvalid: Int, name: String
  ) -> DecodedText {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 8)
    var undefined: [Int] = []
    let table = Windows1252.utf8
    for (offset, b) in bytes.enumerated() {
      if b < 0x80 {
        out.append(b)
      } else {
        if Windows1252.isUndefined(b) { undefined.append(offset) }
        out.append(contentsOf: table[Int(b)])
      }
    }
    var warnings = [
      "\(name): not valid UTF-8 (byte \(firstInvalid)); read as Windows-1252"
    ]
    if !undefined.isEmpty {
      let shown = undefined.prefix(5).map(String.init).joined(separator: ", ")
      warnings.append(
        "\(name): \(undefined.count) byte(s) undefined in Windows-1252 kept as C1 control characters "
          + "(at byte \(shown)\(undefined.count > 5 ? ", …" : ""))")
    }
    return DecodedText(
      utf8: out, encoding: .windows1252, warnings: warnings, originalByteCount: bytes.count)
  }
}
