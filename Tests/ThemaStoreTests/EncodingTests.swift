import Foundation
import PropertyBased
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("Column encodings")
struct EncodingTests {
  @Test func offsetMapsRoundTripThroughTheirBlob() async {
    let runs = Gen.int(in: 0...5000).array(of: 0...40)
    await propertyCheck(input: runs) { values in
      var map = OffsetMap()
      var original = 0
      for (index, value) in values.enumerated() {
        if index % 3 == 2 {
          map.appendReplacement(viewLength: 1, original: original..<(original + value % 4 + 1))
        } else {
          map.appendVerbatim(originalStart: original, length: value % 50 + 1)
        }
        original += value % 97 + 1
      }
      #expect(BinaryOffsetMap.decode(BinaryOffsetMap.encode(map)) == map)
    }
  }

  @Test func jsonTextRoundTripsAnyStrings() async {
    // Latin-1 covers control characters, quotes and backslashes; the BMP generator adds the rest.
    let bmp = Gen.unicodeScalar(in: "\u{20}"..."\u{D7FF}").map(Character.init)
    let strings = Gen<String>.oneOf(Gen.latin1.string(of: 0...12), bmp.string(of: 0...12)).array(of: 0...6)
    await propertyCheck(input: strings) { list in
      #expect(JSONText.decode([String].self, from: JSONText.encode(list), default: ["<fail>"]) == list)
      let dictionary = Dictionary(list.map { ($0, $0 + "!") }, uniquingKeysWith: { a, _ in a })
      #expect(
        JSONText.decode([String: String].self, from: JSONText.encode(dictionary), default: [:])
          == dictionary)
    }
  }
}
