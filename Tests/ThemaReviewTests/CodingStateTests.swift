import Foundation
import PropertyBased
import Testing
import ThemaReview

@Suite("The stored form of a coding's state")
struct CodingStateTests {
  /// Any state survives the trip through its JSON text, whatever the concept id holds (quotes,
  /// backslashes, line breaks, accents), and the text is valid JSON for other tools.
  @Test func jsonRoundTrips() async {
    let concepts = ["innoveren", "a\"b\\c", "regel\neen\ttab", "café/ü", "\u{1}x"]
    await propertyCheck(input: Gen.int(in: 0...4), Gen.int(in: -5...100_000), Gen.int(in: 0...3)) { which, start, status in
      let concept = concepts[which]
      let state = CodingState(
        status: CodingState.Status.allCases[status], concept: concept, start: start, end: start + 7,
        originalStart: start * 2, originalEnd: start * 2 + 9)
      #expect(CodingState.decode(state.json) == state)
      let viaFoundation = try? JSONDecoder().decode(CodingState.self, from: Data(state.json.utf8))
      #expect(viaFoundation == state)
    }
  }

  @Test func malformedTextGivesNil() {
    #expect(CodingState.decode("{\"concept\":") == nil)
    #expect(CodingState.decode(nil) == nil)
  }
}
