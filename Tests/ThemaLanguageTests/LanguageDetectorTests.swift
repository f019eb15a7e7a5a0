import Testing

@testable import ThemaLanguage

// MARK: - LanguageDetector

@Suite("LanguageDetector")
struct LanguageDetectorTests {
  let detector = LanguageDetector()

  // Paragraphs written for these tests.
  static let dutch = """
    In de tweede bijeenkomst spraken de docenten over de vraag wat zij van afgestudeerden in de \
    praktijk willen zien. Een aantal collega's vond dat een masteropgeleide leraar vooral het \
    gesprek in het team op gang moet brengen. Anderen wezen erop dat onderzoek doen geen doel op \
    zich is, maar een manier om het onderwijs samen met de school te verbeteren.
    """
  static let english = """
    During the second meeting the lecturers discussed what they would like graduates to do in \
    practice. Several colleagues felt that a teacher with a master's degree should above all start \
    the conversation within the team. Others pointed out that doing research is not a goal in \
    itself but a way to improve teaching together with the school.
    """

  @Test("a Dutch paragraph is Dutch, with high confidence")
  func dutchParagraph() {
    let detection = detector.detect(Self.dutch)
    #expect(detection.language == .dutch)
    #expect(detection.confidence > 0.9)
    #expect(detection.dutchStopWords > 10 * max(detection.englishStopWords, 1))
  }

  @Test("an English paragraph is English, with high confidence")
  func englishParagraph() {
    let detection = detector.detect(Self.english)
    #expect(detection.language == .english)
    #expect(detection.confidence > 0.9)
  }

  @Test("upper case and curly quotes do not change the outcome")
  func caseAndPunctuation() {
    let shouted = detector.detect(Self.dutch.uppercased())
    #expect(shouted == detector.detect(Self.dutch))
    let quoted = detector.detect("“De docent”, zei ze, ‘heeft het team met de school verbonden.’")
    #expect(quoted.language == .dutch)
  }

  @Test(
    "too little text is unknown",
    arguments: ["", "Leren en innoveren", "MLI 2019-03-12", "The PLG", "onderwijsinnovatie, teamleren, HRD-praktijk"])
  func tooShort(_ text: String) {
    let detection = detector.detect(text)
    #expect(detection.isUnknown)
    #expect(detection.confidence == 0)
  }

  @Test("a text mixing both languages evenly is unknown, and says how mixed it is")
  func mixed() {
    let text = "Het team discussed the placemat en de uitkomsten were shared with the school en de directie."
    let detection = detector.detect(text)
    #expect(detection.isUnknown)
    #expect(detection.dutchShare > 0.3 && detection.dutchShare < 0.7)
  }

  @Test("one English quote inside a Dutch paragraph leaves it Dutch")
  func quoteInside() {
    let text = Self.dutch + " Een collega noemde dit \"the heart of the matter\"."
    #expect(detector.detect(text).language == .dutch)
  }

  @Test("the thresholds are the caller's")
  func thresholds() {
    let short = "de docent en het team"
    #expect(detector.detect(short).isUnknown)  // 5 words < 6
    let lenient = LanguageDetector(minimumWords: 1, minimumStopWords: 1, minimumConfidence: 0.5)
    #expect(lenient.detect(short).language == .dutch)
  }

  @Test("words are split at apostrophes, hyphens, digits and punctuation; accents stay inside words")
  func words() {
    var count = 0
    var keys: [UInt64?] = []
    LanguageDetector.forEachWordKey(in: "Thema's, MLI-opgeleiden 2019: geïnnoveerd de") {
      count += 1
      keys.append($0)
    }
    #expect(count == 6)  // thema, s, mli, opgeleiden, geïnnoveerd, de
    #expect(keys[0] == LanguageDetector.key("thema"))
    #expect(keys[3] == nil)  // longer than 8 letters
    #expect(keys[4] == nil)  // not ASCII
    #expect(keys[5] == LanguageDetector.key("de"))
  }

  @Test("no word is a stop word of both languages")
  func disjoint() {
    #expect(LanguageDetector.dutchStopWords.isDisjoint(with: LanguageDetector.englishStopWords))
  }
}
