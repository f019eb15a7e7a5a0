import Foundation
import Testing

@testable import ThemaIngest

/// Checks the traceability promise: every verbatim run of a segment's map copies the decoded original,
/// (up to whitespace that a space replaces), the segment's byte range decodes to its scalar range, and replacement runs stand for whitespace,
/// references or markup.
enum TraceCheck {
  static func verify(_ segments: [Segment], original: Data, skipBOM: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
    var bytes = original
    if skipBOM, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    let scalars = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
    let bomShift = original.count - bytes.count
    for segment in segments {
      let text = Array(segment.text.unicodeScalars)
      #expect(segment.map.viewLength == text.count, "map length for '\(segment.text)'", sourceLocation: sourceLocation)
      for run in segment.map.runs where run.isVerbatim {
        let view = text[run.viewStart..<(run.viewStart + run.viewLength)]
        let source = scalars[run.originalStart..<(run.originalStart + run.originalLength)]
        // A one-to-one run may also be a space standing for one line break (OffsetMap cannot tell them apart).
        let same = zip(view, source).allSatisfy { $0 == $1 || ($0.properties.isWhitespace && $1.properties.isWhitespace) }
        #expect(same, "run of '\(segment.text)': \(String(String.UnicodeScalarView(source)))", sourceLocation: sourceLocation)
      }
      #expect(segment.start <= segment.end && segment.end <= scalars.count, sourceLocation: sourceLocation)
      let slice = original.subdata(in: segment.byteStart..<segment.byteEnd)
      let sliceScalars = String(decoding: slice, as: UTF8.self).unicodeScalars.count
      #expect(sliceScalars == segment.end - segment.start, "byte and scalar ranges of '\(segment.text)'", sourceLocation: sourceLocation)
      let prefix = String(decoding: original.subdata(in: bomShift..<segment.byteStart), as: UTF8.self)
      #expect(prefix.unicodeScalars.count == segment.start, sourceLocation: sourceLocation)
    }
  }
}
