import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Helpers shared by the text tests

/// Reads `text` (UTF-8) as plain text or Markdown.
func segments(_ text: String, markdown: Bool = false) throws -> [Segment] {
  try document(text, markdown: markdown).segments
}

func document(_ text: String, markdown: Bool = false) throws -> IngestedDocument {
  let data = Data(text.utf8)
  return markdown
    ? try MarkdownReader().read(data, name: "test.md")
    : try PlainTextReader().read(data, name: "test.txt")
}

/// Checks the invariants every segment of every document must keep: the map covers the text, every
/// verbatim run copies the original, replacement runs cover only blanks, line breaks and hyphens,
/// segments are in order without overlap, and the byte offsets slice the original exactly.
func checkInvariants(
  _ document: IngestedDocument, original data: Data,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let decoded = try TextDecoder.decode(data, name: "x")
  let original = Array(decoded.text.unicodeScalars)
  var previousEnd = 0
  for segment in document.segments {
    let view = Array(segment.text.unicodeScalars)
    #expect(segment.map.viewLength == view.count, "map length", sourceLocation: sourceLocation)
    #expect(segment.start >= previousEnd, "segments in order", sourceLocation: sourceLocation)
    #expect(segment.start <= segment.end, sourceLocation: sourceLocation)
    previousEnd = segment.end
    for run in segment.map.runs {
      #expect(run.originalStart >= segment.start, sourceLocation: sourceLocation)
      #expect(run.originalStart + run.originalLength <= segment.end, sourceLocation: sourceLocation)
      if run.isVerbatim {
        // One view scalar per original scalar: a copy, or a space standing for one line break.
        for k in 0..<run.viewLength {
          let v = view[run.viewStart + k]
          let o = original[run.originalStart + k]
          // A table row's " | " between cells may stand for as many blanks or pipes of the original.
          let cellSeparator =
            segment.kind == .tableRow && (v == " " || v == "|")
            && (o.properties.isWhitespace || o == "|")
          #expect(
            v == o || (v == " " && o.properties.isWhitespace) || cellSeparator,
            "verbatim scalar \(run.viewStart + k) of \"\(segment.text)\"",
            sourceLocation: sourceLocation)
        }
      } else {
        for k in run.originalStart..<(run.originalStart + run.originalLength) {
          let s = original[k]
          #expect(
            s.properties.isWhitespace || s == "-" || s == "\u{AD}" || s == "|",
            "replacement covers \(s.debugDescription)", sourceLocation: sourceLocation)
        }
      }
    }
    // Byte offsets: the original bytes of the segment decode to the original slice.
    let slice = String(
      decoding: original[segment.start..<segment.end].map { $0 }.reduce(into: "") {
        $0.unicodeScalars.append($1)
      }.utf8, as: UTF8.self)
    let bytes = data[data.startIndex + segment.byteStart..<data.startIndex + segment.byteEnd]
    #expect(
      decodeSlice(Data(bytes), encoding: decoded.encoding) == slice, "bytes of \"\(segment.text)\"",
      sourceLocation: sourceLocation)
  }
}

/// Decodes a byte slice of an original in `encoding` (without BOM: slices never include it), reading
/// U+0000 as a space as the decoder does.
func decodeSlice(_ data: Data, encoding: TextEncoding) -> String? {
  decodeSliceAsIs(data, encoding: encoding)?.replacingOccurrences(of: "\u{0}", with: " ")
}

private func decodeSliceAsIs(_ data: Data, encoding: TextEncoding) -> String? {
  switch encoding {
  case .utf8, .utf8BOM: return String(data: data, encoding: .utf8)
  case .utf16LE, .utf16BE:
    // Unpaired surrogates and a last odd byte read as U+FFFD, as the decoder does.
    let bytes = Array(data)
    var units: [UInt16] = []
    var k = 0
    while k + 1 < bytes.count {
      let first = UInt16(bytes[k])
      let second = UInt16(bytes[k + 1])
      units.append(encoding == .utf16LE ? second << 8 | first : first << 8 | second)
      k += 2
    }
    return String(decoding: units, as: UTF16.self) + (bytes.count % 2 == 1 ? "\u{FFFD}" : "")
  case .windows1252:
    var s = ""
    for b in data { s.unicodeScalars.append(Windows1252.scalar(for: b)) }
    return s
  }
}
