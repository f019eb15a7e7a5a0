import Foundation

/// Tells TEI, Transcriber and other XML apart by the root element's name, without parsing the file.
///
/// ```swift
/// XMLRootSniffer.rootName(Data("<?xml version=\"1.0\"?><TEI xmlns=\"…\">".utf8))   // "TEI"
/// ```
enum XMLRootSniffer {
  /// The local name of the first element in the first 8 KB, skipping the declaration, comments,
  /// processing instructions and the DOCTYPE; `nil` when there is none.
  static func rootName(_ data: Data) -> String? {
    let head = Array(data.prefix(8192))
    var i = 0
    while i < head.count {
      guard head[i] == UInt8(ascii: "<"), i + 1 < head.count else {
        i += 1
        continue
      }
      let next = head[i + 1]
      if next == UInt8(ascii: "?") || next == UInt8(ascii: "!") {
        // Skip a comment whole (it may contain '<'); other declarations up to their '>'.
        if head[i...].starts(with: Array("<!--".utf8)) {
          var j = i + 4
          while j + 2 < head.count, !(head[j] == 0x2D && head[j + 1] == 0x2D && head[j + 2] == 0x3E) { j += 1 }
          i = j + 3
        } else {
          i += 2
        }
        continue
      }
      var j = i + 1
      while j < head.count, ![0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/")].contains(head[j]) { j += 1 }
      let name = String(decoding: head[(i + 1)..<j], as: UTF8.self)
      return name.split(separator: ":").last.map(String.init)
    }
    return nil
  }

  /// The format an .xml file is read as.
  static func format(_ data: Data) -> DocumentFormat {
    switch rootName(data) {
    case "TEI", "teiCorpus": .tei
    case "Trans": .transcriber
    default: .xml
    }
  }
}
