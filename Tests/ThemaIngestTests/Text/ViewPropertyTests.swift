import Foundation
import PropertyBased
import Testing

@testable import ThemaIngest

// MARK: - Property: the view maps back and loses no word

/// Builds a random document of paragraphs (wrapped, with line-break hyphenation), list items with
/// assorted glyphs and indentation, capitalised headings, page numbers, form feeds and blank lines,
/// and records the words a reader must find in the analysis text, in order.
struct GeneratedMinutes {
  var text = ""
  var words: [String] = []

  static let vocabulary = [
    "leraar", "team", "klas", "onderzoek", "praktijk", "profiel", "master", "school", "collega",
    "reflectie", "ontwerp", "innovatie", "leren", "cultuur", "netwerk", "student", "alumnus", "rol",
  ]
  /// Words with a split point that the hyphenation rule joins.
  static let hyphenated = [
    ("onder", "wijs"), ("leer", "krachten"), ("samen", "werking"), ("verant", "woordelijk"),
    ("ont", "werpen"), ("professio", "nalisering"),
  ]
  static let glyphs = ["•", "\u{F0B7}", "\u{F0A7}", "-", "–", "*", "1.", "a)", "o"]
  static let codes = ["ALFA", "BRAVO", "DELTA", "ECHO", "GOLF", "HOTEL", "KILO", "LIMA", "MIKE"]

  init(pieces: [Int], lineEndChoice: Int, seed: UInt64) {
    var rng = SplitMix64(state: seed)
    let lineEnd = ["\n", "\r\n", "\r"][lineEndChoice]
    var page = 1
    var headingCount = 0
    func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }
    for piece in pieces {
      switch piece {
      case 0, 1, 2:
        // A paragraph of 8–40 words, wrapped at 50–80 columns, some words hyphenated at the end.
        let count = 8 + Int(rng.next() % 33)
        let width = 50 + Int(rng.next() % 31)
        var line = ""
        for n in 0..<count {
          var word = pick(Self.vocabulary)
          if n == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
          if rng.next() % 6 == 0, n > 0 {
            let (a, b) = pick(Self.hyphenated)
            words.append(a + b)
            if line.count + a.count + 2 > width {
              text += line + " " + a + "-" + lineEnd
              line = b
            } else {
              line += " " + a + b
            }
            continue
          }
          words.append(word)
          if line.isEmpty {
            line = word
          } else if line.count + word.count + 1 > width {
            text += line + lineEnd
            line = word
          } else {
            line += " " + word
          }
        }
        text += line + "." + lineEnd + lineEnd
      case 3, 4:
        // A list item, possibly indented, with two to six words.
        let glyph = pick(Self.glyphs)
        let indent = pick(["", "", "\t", "  ", "\t\t"])
        let separator = glyph == "o" ? "\t" : pick([" ", "\t"])
        let item = (0..<(2 + Int(rng.next() % 5))).map { _ in pick(Self.vocabulary) }
        words += item
        text += indent + glyph + separator + item.joined(separator: " ") + lineEnd
      case 5:
        text += pick(["\(page)", "- \(page) -", "Pagina \(page) van 9", "\(page)/9"]) + lineEnd
        if rng.next() % 2 == 0 { text += "\u{0C}" }
        page += 1
      case 6:
        text += lineEnd
      default:
        let code = Self.codes[headingCount % Self.codes.count] + String(repeating: "X", count: headingCount / Self.codes.count)
        headingCount += 1
        let heading = ["THEMA", code]
        words += heading
        text += lineEnd + heading.joined(separator: " ") + lineEnd + lineEnd
      }
    }
  }
}

@Suite struct ViewPropertyTests {
  @Test func everyViewScalarMapsBackAndNoWordIsLost() async {
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...7).array(of: 1...40), Gen.int(in: 0...2), Gen.uint64()
    ) { pieces, lineEnd, seed in
      let generated = GeneratedMinutes(pieces: pieces, lineEndChoice: lineEnd, seed: seed)
      let data = Data(generated.text.utf8)
      let doc = try PlainTextReader().read(data, name: "gegenereerd.txt")
      try checkInvariants(doc, original: data)
      let found = doc.segments.flatMap { segment in
        segment.text.split(whereSeparator: { $0.isWhitespace }).map {
          String($0).trimmingCharacters(in: .punctuationCharacters)
        }.filter { !$0.isEmpty }
      }
      #expect(found == generated.words, "\(generated.text.debugDescription)")
    }
  }

  @Test func sampleMinutesKeepTheInvariants() throws {
    for seed: UInt64 in [1, 2, 3] {
      let text = SampleText.dutchMinutes(bytes: 40_000, seed: seed)
      #expect(text.utf8.count >= 40_000)
      #expect(SampleText.dutchMinutes(bytes: 40_000, seed: seed) == text)
      let data = Data(text.utf8)
      let doc = try PlainTextReader().read(data, name: "sample.txt")
      try checkInvariants(doc, original: data)
      #expect(doc.segments.contains { $0.kind == .listItem && $0.listLevel == 1 })
      #expect(doc.segments.contains { $0.kind == .tableRow })
      #expect(doc.warnings.contains { $0.contains("running header") })
      #expect(!doc.segments.contains { $0.text.contains("pagina ") && $0.text.hasPrefix("Verslag") })
    }
  }
}
