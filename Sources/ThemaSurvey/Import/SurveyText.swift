import Foundation
import ThemaIngest

/// Decodes an export's bytes. One call, so it can be swapped for ThemaIngest's `TextDecoder` once that
/// is in main (written by hand until then: FoundationEssentials has no Windows-1252, and full Foundation
/// rejects a whole file for one undefined byte).
enum SurveyText {
  /// The text (without a byte order mark), the encoding it was read as, and warnings.
  static func decode(_ data: Data) -> (text: String, encoding: TextEncoding, warnings: [String]) {
    let bytes = [UInt8](data)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]), let text = String(bytes: bytes.dropFirst(3), encoding: .utf8) {
      return (text, .utf8BOM, [])
    }
    if let text = String(bytes: bytes, encoding: .utf8) { return (text, .utf8, []) }
    var scalars = String.UnicodeScalarView()
    var undefined = 0
    for byte in bytes {
      if byte >= 0x80 && byte <= 0x9F {
        let mapped = cp1252High[Int(byte - 0x80)]
        if mapped == 0 { undefined += 1 }
        scalars.append(Unicode.Scalar(mapped == 0 ? UInt32(byte) : UInt32(mapped))!)
      } else {
        scalars.append(Unicode.Scalar(byte))
      }
    }
    var warnings = ["not valid UTF-8; read as Windows-1252"]
    if undefined > 0 {
      warnings.append("\(undefined) byte(s) undefined in Windows-1252 kept as control characters")
    }
    return (String(scalars), .windows1252, warnings)
  }

  /// Windows-1252 bytes 0x80–0x9F (0 = undefined).
  private static let cp1252High: [UInt16] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,
    0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
    0x0153, 0, 0x017E, 0x0178,
  ]
}
