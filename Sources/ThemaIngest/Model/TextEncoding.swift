/// The character encoding an original file was decoded with. Recorded per document version and shown
/// to the researcher, so a wrongly guessed encoding is visible.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
  /// UTF-8 without a byte order mark.
  case utf8 = "UTF-8"
  /// UTF-8 starting with the byte order mark EF BB BF.
  case utf8BOM = "UTF-8 with BOM"
  /// UTF-16, little endian, with byte order mark.
  case utf16LE = "UTF-16LE"
  /// UTF-16, big endian, with byte order mark.
  case utf16BE = "UTF-16BE"
  /// Windows-1252 (the Western European code page Word and Excel write on Windows).
  case windows1252 = "Windows-1252"
}
