import Testing

@testable import ThemaLanguage

@Suite("Dutch tokenizer")
struct DutchTokenizerTests {
  let tokenizer = DutchTokenizer()

  func words(_ text: String) -> [String] {
    tokenizer.tokenize(text).filter { $0.kind != .punctuation }.map { $0.text(in: text) }
  }

  // MARK: - Words

  @Test func diacriticsStayInsideWords() {
    let text = "Geïnnoveerd: ideeën, één café."
    #expect(words(text) == ["Geïnnoveerd", "ideeën", "één", "café"])
    let tokens = tokenizer.tokenize(text)
    #expect(tokens[0].scalarRange == 0..<11)
    #expect(tokens[0].byteRange == 0..<12)
    #expect(tokens[0].flags.contains(.nonASCII))
    #expect(tokens[0].flags.contains(.capitalized))
  }

  @Test func decomposedDiacriticsStayInsideWords() {
    let text = "ide\u{0065}\u{0308}en leren"
    #expect(words(text) == ["ide\u{0065}\u{0308}en", "leren"])
    #expect(tokenizer.tokenize(text)[1].scalarStart == 8)
  }

  @Test func apostrophesInsideWords() {
    #expect(words("thema's en collega's, MLI'ers") == ["thema's", "en", "collega's", "MLI'ers"])
    #expect(words("thema’s van ’t team") == ["thema’s", "van", "’t", "team"])
    let token = tokenizer.tokenize("collega's")[0]
    #expect(token.flags.contains(.apostrophe))
  }

  @Test func quotesAreSeparate() {
    let text = "„leren” en 'innoveren' en \"onderzoek\""
    #expect(words(text) == ["leren", "en", "innoveren", "en", "onderzoek"])
    let quotes = tokenizer.tokenize(text).filter { $0.flags.contains(.quote) }
    #expect(quotes.count == 6)
  }

  // MARK: - Hyphens

  @Test func hyphenatedCompoundsStayWhole() {
    let tokens = tokenizer.tokenize("MLI-opgeleiden en de HRD-praktijk")
    #expect(tokens.map { $0.text(in: "MLI-opgeleiden en de HRD-praktijk") } == ["MLI-opgeleiden", "en", "de", "HRD-praktijk"])
    #expect(tokens[0].flags.contains(.hyphenated))
    #expect(tokens[0].flags.contains(.acronym))
    #expect(!tokens[1].flags.contains(.acronym))
  }

  @Test func trailingHyphenOfAnEllipsis() {
    let text = "kennis- en leertheorieën"
    let tokens = tokenizer.tokenize(text)
    #expect(tokens.map { $0.text(in: text) } == ["kennis-", "en", "leertheorieën"])
    #expect(tokens[0].flags.contains(.trailingHyphen))
    #expect(!tokens[2].flags.contains(.trailingHyphen))
  }

  @Test func dashesBetweenWordsArePunctuation() {
    let text = "leren - en innoveren"
    let tokens = tokenizer.tokenize(text)
    #expect(tokens.map(\.kind) == [.word, .punctuation, .word, .word])
  }

  // MARK: - Numbers and acronyms

  @Test func numbers() {
    let text = "In 2019 deden 1.000 mensen mee (3,5%) in de 21e eeuw."
    let tokens = tokenizer.tokenize(text)
    let numbers = tokens.filter { $0.kind == .number }.map { $0.text(in: text) }
    #expect(numbers == ["2019", "1.000", "3,5"])
    #expect(words(text).contains("21e"))
    #expect(tokens.last?.flags.contains(.sentenceEnd) == true)
  }

  @Test func acronyms() {
    let flags = tokenizer.tokenize("MLI PLG Va VAR").map { $0.flags.contains(.acronym) }
    #expect(flags == [true, true, false, true])
  }

  // MARK: - Invariants

  /// For pseudo-random texts built from Dutch pieces: tokens are ordered, do not overlap, lie inside the
  /// text, have consistent byte and scalar offsets, and contain no whitespace.
  @Test func offsetsAreConsistent() {
    let pieces = [
      "leren", " ", "thema's", "-", "MLI", "ë", "’", "\"", "kennis-", " en ", "1.000", ",", ".", "\n", "café",
      "é", "\u{0308}", "  ", "(", "'t", "HRD-praktijk", "…", "–", "x",
    ]
    var generator = SplitMix(seed: 7)
    for _ in 0..<400 {
      var text = ""
      for _ in 0..<Int(generator.next() % 20) { text += pieces[Int(generator.next() % UInt64(pieces.count))] }
      let tokens = tokenizer.tokenize(text)
      let scalars = Array(text.unicodeScalars)
      var previousEnd = 0
      var previousByteEnd = 0
      for token in tokens {
        #expect(token.scalarStart >= previousEnd)
        #expect(token.byteStart >= previousByteEnd)
        #expect(token.scalarEnd > token.scalarStart)
        #expect(token.scalarEnd <= scalars.count)
        let bySlice = String(String.UnicodeScalarView(scalars[token.scalarRange]))
        #expect(bySlice == token.text(in: text))
        #expect(!bySlice.unicodeScalars.contains { $0.properties.isWhitespace })
        previousEnd = token.scalarEnd
        previousByteEnd = token.byteEnd
      }
    }
  }
}

/// A small deterministic generator for the invariant tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
