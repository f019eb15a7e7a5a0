import Testing

@testable import ThemaLanguage

// MARK: - EnglishStemmer against the reference

@Suite("EnglishStemmer")
struct EnglishStemmerTests {
  let stemmer = EnglishStemmer()

  @Test(
    "agrees with snowballstemmer 3.x on every fixture word",
    arguments: [("english-stems.tsv", 3_000), ("english-synthetic-stems.tsv", 3_000)])
  func fixture(_ name: String, minimumCount: Int) throws {
    let fixture = try StemFixture(named: name)
    #expect(fixture.header.contains("snowballstemmer 3."))
    #expect(fixture.header.contains("algorithm=english "))
    #expect(fixture.pairs.count >= minimumCount)
    let mismatches = fixture.mismatches(of: stemmer.stem)
    // `count == 0` rather than `isEmpty`: on failure the message lists 20 words, not all of them.
    #expect(
      mismatches.count == 0,
      "\(name): \(mismatches.count) of \(fixture.pairs.count) words differ; first 20:\n\(mismatches.prefix(20).joined(separator: "\n"))"
    )
  }

  // MARK: - Targeted examples

  @Test(
    "families that stems unify",
    arguments: [
      ["innovate", "innovates", "innovated", "innovating", "innovation", "innovations", "innovative"],
      ["research", "researches", "researched", "researching"],
      ["reflect", "reflects", "reflected", "reflecting", "reflection", "reflective"],
      ["learn", "learns", "learned", "learning"],
    ])
  func families(_ forms: [String]) {
    let stems = Set(forms.map(stemmer.stem))
    #expect(stems.count == 1, "\(forms) → \(stems)")
  }

  @Test("special words of Porter2", arguments: [
    ("skies", "sky"), ("dying", "die"), ("lying", "lie"), ("news", "news"), ("inning", "inning"),
    ("succeed", "succeed"), ("generously", "generous"), ("hopping", "hop"), ("hoping", "hope"),
    ("agreed", "agre"), ("early", "earli"), ("cry", "cri"),
  ])
  func special(_ word: String, _ stem: String) {
    #expect(stemmer.stem(word) == stem)
  }

  @Test("words shorter than three letters are left alone", arguments: ["", "a", "is", "by"])
  func short(_ word: String) {
    #expect(stemmer.stem(word) == word)
  }
}
