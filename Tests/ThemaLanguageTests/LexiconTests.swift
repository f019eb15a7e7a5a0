import Testing

@testable import ThemaLanguage

@Suite("Lexicon and lemma table")
struct LexiconTests {
  @Test func familiesReachDerivations() {
    let family = LemmaTable.dutch.family(of: "innovatie")
    #expect(family.contains("innoveren"))
    #expect(family.contains("innovatief"))
    #expect(family.contains("innovator"))
    #expect(LemmaTable.dutch.family(of: "onderzoeker").contains("onderzoeken"))
    #expect(LemmaTable.dutch.family(of: "geleerd").contains("leren"))
    #expect(LemmaTable.dutch.family(of: "fiets").isEmpty)
  }

  @Test func familiesAreLowerCaseAndNonEmpty() {
    for family in LemmaTable.dutch.families + LemmaTable.english.families {
      #expect(!family.isEmpty)
      #expect(family.allSatisfy { $0 == $0.lowercased() })
    }
  }

  @Test func lexiconKnowsPartsAndUnsplittableWords() {
    #expect(CompoundLexicon.dutch.parts.contains("onderwijs"))
    #expect(CompoundLexicon.dutch.parts.contains("team"))
    #expect(CompoundLexicon.dutch.unsplittable.contains("leerkracht"))
    #expect(CompoundLexicon.dutch.parts.count > 250)
  }
}
