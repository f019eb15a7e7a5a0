import Testing

@testable import ThemaLanguage

// MARK: - DutchStemmer against the reference

@Suite("DutchStemmer")
struct DutchStemmerTests {
  let stemmer = DutchStemmer()

  @Test(
    "agrees with snowballstemmer 3.x on every fixture word",
    arguments: [("dutch-stems.tsv", 5_000), ("dutch-synthetic-stems.tsv", 3_000)])
  func fixture(_ name: String, minimumCount: Int) throws {
    let fixture = try StemFixture(named: name)
    #expect(fixture.header.contains("snowballstemmer 3."))
    #expect(fixture.header.contains("algorithm=dutch "))
    #expect(fixture.pairs.count >= minimumCount)
    let mismatches = fixture.mismatches(of: stemmer.stem)
    // `count == 0` rather than `isEmpty`: on failure the message lists 20 words, not all of them.
    #expect(
      mismatches.count == 0,
      "\(name): \(mismatches.count) of \(fixture.pairs.count) words differ; first 20:\n\(mismatches.prefix(20).joined(separator: "\n"))"
    )
  }

  @Test("the fixture covers diacritics, -heden/-heid, ge- participles and the domain words")
  func fixtureCoverage() throws {
    let words = Set(try StemFixture(named: "dutch-stems.tsv").pairs.map(\.word))
    for word in ["leren", "leerden", "geleerd", "innovatie", "innoveren", "geïnnoveerd", "onderwijsinnovatie"] {
      #expect(words.contains(word), "\(word) missing")
    }
    #expect(words.count { $0.unicodeScalars.contains { $0.value > 0x7F } } >= 500)
    #expect(words.count { $0.hasSuffix("heden") } >= 100)
    #expect(words.count { $0.hasPrefix("ge") } >= 300)
  }

  // MARK: - Targeted examples

  @Test("Snowball 3 Dutch: leren and leerden share a stem (dutch_porter keeps them apart)")
  func lerenLeerden() {
    let stems = Set(["leren", "leerden", "leerde", "geleerd", "leer"].map(stemmer.stem))
    #expect(stems == ["leer"])
  }

  @Test(
    "families that stems unify",
    arguments: [
      ["innovatie", "innovaties", "geïnnoveerd", "innoveerde"],
      ["onderzoeken", "onderzoek", "onderzoekend", "onderzoekende"],
      ["ontwerpen", "ontwerp", "ontwerpend"],
      ["reflecteren", "gereflecteerd", "reflecteerde"],
      ["collega", "collega's"],
      ["thema", "thema's"],
    ])
  func families(_ forms: [String]) {
    let stems = Set(forms.map(stemmer.stem))
    #expect(stems.count == 1, "\(forms) → \(stems)")
  }

  @Test("innoveren and innovatie do not share a stem: the codebook needs both terms or a lemma")
  func innoverenInnovatie() {
    #expect(stemmer.stem("innoveren") == "innover")
    #expect(stemmer.stem("innovatie") == "innoveer")
    #expect(stemmer.stem("innoveert") == "innoveert")  // -t is kept: not a stem of innoveren either
  }

  @Test("known conflations of the real algorithm")
  func conflations() {
    // overheid loses -heid: it meets the preposition "over".
    #expect(stemmer.stem("overheid") == stemmer.stem("over"))
    // scholing loses -ing and lengthens the vowel: it meets "school".
    #expect(stemmer.stem("scholing") == stemmer.stem("school"))
    // begeleiden loses the infix ge: it meets "beleid" (policy).
    #expect(stemmer.stem("begeleiden") == stemmer.stem("beleid"))
    // The reference's own exceptions keep these apart.
    #expect(stemmer.stem("schilderij") != stemmer.stem("schild"))
    #expect(stemmer.stem("innig") != stemmer.stem("in"))
    #expect(stemmer.stem("gevallen") != stemmer.stem("vallen"))
  }

  @Test("diacritics: the diaeresis after ge- goes, other accents stay")
  func diacritics() {
    #expect(stemmer.stem("geïnnoveerd") == "innoveer")
    #expect(stemmer.stem("geëvalueerd") == "evalueer")
    #expect(stemmer.stem("geëvalueerd") == stemmer.stem("evaluatie"))
    #expect(stemmer.stem("café").unicodeScalars.contains("é"))
  }

  @Test("degenerate input is returned unchanged", arguments: ["", "a", "’", "-", "123"])
  func degenerate(_ word: String) {
    #expect(stemmer.stem(word) == word)
  }
}
