import Foundation
import ThemaIngest

/// Decodes an export's bytes with ThemaIngest's `TextDecoder` (UTF-8 with or without BOM, UTF-16 with
/// BOM, Windows-1252 for anything else; undefined bytes kept with a warning). One call, so the survey
/// import reads text exactly as the document import does.
enum SurveyText {
  /// The text (without a byte order mark), the encoding it was read as, and warnings.
  static func decode(_ data: Data, name: String) throws -> (text: String, encoding: TextEncoding, warnings: [String]) {
    let decoded = try TextDecoder.decode(data, name: name)
    return (decoded.text, decoded.encoding, decoded.warnings)
  }
}
