// MARK: - Windows-1252

/// The Windows-1252 code page as a 256-entry table.
///
/// Written by hand rather than through Foundation's `.windowsCP1252`: Foundation rejects a whole file
/// for one of the five bytes the code page leaves undefined and is about five times slower
/// (see SWIFT_NOTES); FoundationEssentials has no cp1252 at all.
///
/// ```swift
/// Windows1252.scalar(for: 0x80)   // "€"
/// Windows1252.isUndefined(0x81)   // true, decoded as U+0081 with a warning
/// ```
public enum Windows1252 {
  /// Code points for the bytes 0x80…0x9F; every other byte is its own code point (ISO 8859-1).
  /// The five undefined bytes (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control with the same
  /// number, as WHATWG's decoder and Python's latin-1 fallback do, so no byte is ever dropped.
  static let high: [UInt32] = [
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
  ]

  /// The full table: byte → Unicode scalar value.
  public static let table: [UInt32] = (0..<256).map { byte in
    (0x80...0x9F).contains(byte) ? high[byte - 0x80] : UInt32(byte)
  }

  /// The Unicode scalar a byte decodes to.
  public static func scalar(for byte: UInt8) -> Unicode.Scalar {
    Unicode.Scalar(table[Int(byte)])!
  }

  /// Whether Windows-1252 leaves `byte` undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
  public static func isUndefined(_ byte: UInt8) -> Bool {
    byte == 0x81 || byte == 0x8D || byte == 0x8F || byte == 0x90 || byte == 0x9D
  }

  /// UTF-8 bytes of every table entry, so decoding is a table copy per byte.
  static let utf8: [[UInt8]] = table.map { value in
    Array(String(Character(Unicode.Scalar(value)!)).utf8)
  }
}
