import Foundation

/// Small JSON texts stored in columns (heading paths, attribute dictionaries). Encoding is written by
/// hand for the import hot path (Foundation's JSONEncoder costs microseconds per call); decoding uses
/// JSONDecoder, since reads are not hot.
enum JSONText {
  static func encode(_ strings: [String]) -> String {
    var out = "["
    for (index, string) in strings.enumerated() {
      if index > 0 { out += "," }
      appendQuoted(string, to: &out)
    }
    return out + "]"
  }

  static func encode(_ dictionary: [String: String]) -> String {
    var out = "{"
    for (index, key) in dictionary.keys.sorted().enumerated() {
      if index > 0 { out += "," }
      appendQuoted(key, to: &out)
      out += ":"
      appendQuoted(dictionary[key]!, to: &out)
    }
    return out + "}"
  }

  static func decode<T: Decodable>(_ type: T.Type, from text: String?, default value: T) -> T {
    guard let text, let data = text.data(using: .utf8) else { return value }
    return (try? JSONDecoder().decode(T.self, from: data)) ?? value
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
          out += String(format: "\\u%04x", scalar.value)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
