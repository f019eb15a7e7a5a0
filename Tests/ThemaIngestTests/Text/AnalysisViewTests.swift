import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Whole-document view

@Suite struct AnalysisViewTests {
  @Test func joinedViewMapsEveryScalarIntoItsSegment() throws {
    let text = "KOP\n\nDe groep bespreekt het onder-\nwijs.\n\n- 2 -\n\u{0C}• Eerste punt\n"
    let doc = try document(text)
    let view = AnalysisView(segments: doc.segments)
    #expect(view.text == "KOP\n\nDe groep bespreekt het onderwijs.\n\nEerste punt")
    #expect(view.map.viewLength == view.text.unicodeScalars.count)
    let decoded = try TextDecoder.decode(Data(text.utf8), name: "x")
    for (segment, range) in zip(doc.segments, view.segmentRanges) {
      let original = view.map.originalRange(ofView: range)
      #expect(original.lowerBound >= segment.start && original.upperBound <= segment.end)
    }
    // "onderwijs" maps to "onder-\nwijs" in the original.
    let start = view.text.unicodeScalars.count(before: "onderwijs")
    #expect(decoded.slice(view.map.originalRange(ofView: start..<(start + 9))) == "onder-\nwijs")
  }

  @Test func emptyDocumentHasAnEmptyView() {
    let view = AnalysisView(segments: [])
    #expect(view.text.isEmpty)
    #expect(view.map.viewLength == 0)
  }
}
