import Testing
import ThemaCodebook
import ThemaLanguage

@testable import ThemaCoding

@Suite("Matcher")
struct MatcherTests {
  static let yaml = """
    name: Matcher test
    version: "1"
    language: nl
    dimensions:
      - id: thema
        concepts:
          - id: innoveren
            indicators: [innovatie]
            exclude: [innovatiefonds]
          - id: leren
            indicators:
              - leren
              - phrase: lerende … cultuur
                gap: 2
          - id: team
            indicators: [team]
          - id: onderzoeken
            indicators:
              - onderzoek
              - onderzoekende houding
          - id: acroniemen
            indicators: ['"MLI"', "PLG", "VAR", praktijk]
          - id: kennis
            indicators: [kennistheorie, leertheorie]
          - id: erkenning
            indicators: [erkenning]
          - id: wildcards
            indicators: ['professionali*', '*kunde']
          - id: samenwerken
            indicators:
              - term: samenwerking
                with: [team, collega]
          - id: geld
            indicators:
              - term: subsidie
                compound: none
          - id: school
            indicators:
              - term: school
                stem: false
                lemma: false
                compound: none
    """

  static let codebook: Codebook = {
    let result = try! CodebookReader().read(yaml: yaml)
    precondition(!result.hasErrors, "\(result.issues)")
    return result.codebook
  }()

  func matcher(vocabulary: Set<String> = []) -> CodebookMatcher {
    CodebookMatcher(codebook: Self.codebook, stemmer: FakeDutchStemmer(), vocabulary: vocabulary)
  }

  func code(_ text: String) -> SegmentCoding {
    var matcher = matcher()
    return matcher.code(text)
  }

  func concepts(_ text: String) -> Set<String> { Set(code(text).matches.map(\.concept)) }

  func via(_ text: String, _ concept: String) -> [MatchVia] {
    code(text).matches.filter { $0.concept == concept }.map(\.via)
  }

  // MARK: - Terms: stems and lemma families

  @Test func stemsReachInflections() {
    #expect(via("De innovaties zijn gestart.", "innoveren") == [.stem])
    #expect(via("Een innovatie.", "innoveren") == [.stem])
    #expect(via("Teams werken samen.", "team") == [.stem])
  }

  @Test func lemmaTableReachesTheFamily() {
    #expect(via("Wij innoveren graag.", "innoveren") == [.lemma])
    #expect(via("Een innovatieve aanpak", "innoveren") == [.lemma])
    #expect(via("Zij hebben geïnnoveerd.", "innoveren") == [.lemma])
    #expect(via("De innovator", "innoveren") == [.lemma])
    #expect(via("Zij leerden veel.", "leren") == [.lemma])
    #expect(via("Hij heeft geleerd.", "leren") == [.lemma])
    #expect(via("De onderzoekers", "onderzoeken") == [.lemma])
  }

  // MARK: - Compounds

  @Test func compoundHeadAndModifier() {
    #expect(via("Onderwijsinnovatie in de regio", "innoveren") == [.compoundHead])
    #expect(via("De innovatiekracht van het team", "innoveren") == [.compoundModifier])
    #expect(via("Teamleren werkt.", "leren") == [.compoundHead])
    #expect(via("Teamleren werkt.", "team") == [.compoundModifier])
    #expect(via("Praktijkonderzoek en onderzoeksvaardigheden", "onderzoeken") == [.compoundHead, .compoundModifier])
    #expect(via("Zelferkenning", "erkenning") == [.compoundHead])
  }

  @Test func compoundMatchCoversTheWholeWord() throws {
    let match = try #require(code("Over onderwijsinnovatie.").matches.first)
    #expect(match.start == 5 && match.end == 23)
    #expect(match.matchedForm == "onderwijsinnovatie")
  }

  @Test func falseFriendsDoNotMatch() {
    #expect(!concepts("Nieuwe kleren en bladeren").contains("leren"))
    #expect(!concepts("Een steam-machine en steam").contains("team"))
    #expect(!concepts("De verkenning begint.").contains("erkenning"))
    #expect(concepts("De erkenning komt.").contains("erkenning"))
    #expect(!concepts("De leerkracht en de leerlingen").contains("leren"))
  }

  @Test func compoundPartMustBeAPlausibleWord() {
    // "fiets" is not in the lexicon: only a corpus vocabulary makes the compound plausible.
    #expect(!concepts("fietsinnovatie").contains("innoveren"))
    var withVocabulary = matcher(vocabulary: ["fiets"])
    #expect(withVocabulary.code("fietsinnovatie").matches.map(\.concept) == ["innoveren"])
  }

  @Test func compoundOptOut() {
    #expect(concepts("De subsidies komen.").contains("geld"))
    #expect(!concepts("De subsidieregeling komt.").contains("geld"))
  }

  @Test func stemmingOptOut() {
    #expect(concepts("Op school").contains("school"))
    #expect(!concepts("Op scholen").contains("school"))
    #expect(!concepts("Op schools").contains("school"))
  }

  // MARK: - Hyphens, acronyms, ellipsis

  @Test func hyphenatedFormsMatchPerPart() throws {
    let coding = code("De MLI-opgeleiden en de HRD-praktijk")
    let mli = try #require(coding.matches.first { $0.indicator == "\"MLI\"" })
    #expect(mli.start == 3 && mli.end == 6 && mli.matchedForm == "MLI")
    let praktijk = try #require(coding.matches.first { $0.indicator == "praktijk" })
    #expect(praktijk.matchedForm == "praktijk")
    #expect(praktijk.start == 28)
  }

  @Test func acronymsAreCaseSensitive() {
    #expect(concepts("De MLI en de PLG's").contains("acroniemen"))
    #expect(code("De MLI en de PLG's").matches.count == 2)
    #expect(!concepts("mli Mli").contains("acroniemen"))
    #expect(!concepts("var en plg").contains("acroniemen"))
  }

  @Test func ellipsisContainsBothCompounds() throws {
    let coding = code("Zij bestuderen kennis- en leertheorieën.")
    let kennis = coding.matches.filter { $0.concept == "kennis" }
    #expect(kennis.count == 2)
    let viaEllipsis = try #require(kennis.first { $0.via == .ellipsis })
    #expect(viaEllipsis.matchedForm == "kennis- en leertheorieën")
    #expect(viaEllipsis.indicator == "kennistheorie")
    let direct = try #require(kennis.first { $0.via != .ellipsis })
    #expect(direct.indicator == "leertheorie" && direct.matchedForm == "leertheorieën")
  }

  // MARK: - Exclusions and conditions

  @Test func exclusionsCancelAndAreExplained() throws {
    let coding = code("Het innovatiefonds betaalt een innovatie.")
    #expect(coding.matches.map(\.matchedForm) == ["innovatie"])
    let miss = try #require(coding.nearMisses.first)
    #expect(miss.match.matchedForm == "innovatiefonds")
    #expect(miss.reason == .excluded(by: "innovatiefonds", start: 4, end: 18))
    #expect(miss.explanation.contains("excludes"))
  }

  @Test func coOccurrenceConditions() throws {
    let alone = code("Samenwerking is belangrijk.")
    #expect(!alone.concepts.contains("samenwerken"))
    let miss = try #require(alone.nearMisses.first { $0.match.concept == "samenwerken" })
    #expect(miss.reason == .conditionFailed(needs: ["team", "collega"]))
    #expect(code("Samenwerking met een collega.").concepts.contains("samenwerken"))
    #expect(code("Samenwerking in teams.").concepts.contains("samenwerken"))
  }

  // MARK: - Phrases

  @Test func phrasesWithGaps() throws {
    let match = try #require(code("Een lerende en open cultuur.").matches.first { $0.via == .phrase })
    #expect(match.matchedForm == "lerende en open cultuur")
    #expect(code("Een lerende cultuur").matches.contains { $0.via == .phrase })
    #expect(!code("Een lerende, zeer open en veilige cultuur").matches.contains { $0.via == .phrase })
    #expect(!code("Zij zijn lerende. Cultuur is anders.").matches.contains { $0.via == .phrase })
  }

  @Test func phrasesWithoutGaps() {
    #expect(code("Een onderzoekende houding").matches.contains { $0.indicator == "onderzoekende houding" })
    #expect(!code("Een onderzoekende en kritische houding").matches.contains { $0.indicator == "onderzoekende houding" })
  }

  // MARK: - Wildcards

  @Test func wildcards() {
    #expect(via("Professionalisering", "wildcards") == [.prefix])
    #expect(via("Begeleidingskunde en onderwijskunde", "wildcards") == [.suffix, .suffix])
    #expect(via("professioneel", "wildcards").isEmpty)
  }

  // MARK: - Offsets and caching

  @Test func offsetsAreScalarsOfTheSegmentText() throws {
    let text = "Geïnnoveerd “ideeën” — onderwijsinnovatie"
    let coding = code(text)
    let scalars = Array(text.unicodeScalars)
    #expect(coding.matches.count == 2)
    for match in coding.matches {
      #expect(String(String.UnicodeScalarView(scalars[match.range])) == match.matchedForm)
    }
  }

  @Test func cachedResultsAreTheSame() {
    var matcher = matcher()
    let text = "Onderwijsinnovatie en teamleren, kennis- en leertheorieën, innovatiefonds."
    let first = matcher.code(text)
    let second = matcher.code(text)
    #expect(first == second)
    #expect(matcher.cachedTypeCount > 0)
  }

  /// For texts built at random from codebook words, fillers and punctuation, every match's form is the
  /// text at its span, and spans are inside the text.
  @Test func matchedFormsAreTheTextAtTheSpan() {
    let pieces = [
      "innovatie", "onderwijsinnovatie", "teamleren", "kennis-", "en", "leertheorieën", "MLI-opgeleiden", " ", ", ",
      ". ", "lerende", "cultuur", "ë", "“", "innovatiefonds", "samenwerking", "team", "kleren",
    ]
    var matcher = matcher()
    var state: UInt64 = 42
    for _ in 0..<300 {
      var text = ""
      for _ in 0..<12 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count] + (state & 1 == 0 ? " " : "")
      }
      let scalars = Array(text.unicodeScalars)
      let coding = matcher.code(text)
      for match in coding.matches + coding.nearMisses.map(\.match) {
        #expect(match.end <= scalars.count && match.start < match.end)
        #expect(String(String.UnicodeScalarView(scalars[match.range])) == match.matchedForm)
      }
    }
  }
}
