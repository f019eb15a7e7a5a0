import Foundation
import Testing

@testable import ThemaLanguage

// MARK: - Anchors of a stem

@Suite("DutchStemmer anchors")
struct DutchStemmerAnchorTests {
  let stemmer = DutchStemmer()

  /// The words (of `words`) whose folded form contains none of the anchors of their stem.
  func violations(_ words: [String]) -> [String] {
    words.compactMap { word in
      let text = TextFold.string(word)
      let stem = stemmer.stem(word)
      let anchors = DutchStemmer.anchors(ofStem: stem)
      // An empty anchor (a stem that is all tail) is in every text (`String.contains("")` is false).
      return anchors.contains { $0.isEmpty || text.contains($0) } ? nil : "\(word) → \(stem): \(anchors)"
    }
  }

  @Test(
    "every fixture word contains an anchor of its stem",
    arguments: ["dutch-stems.tsv", "dutch-synthetic-stems.tsv"])
  func fixtureWords(_ name: String) throws {
    let words = try StemFixture(named: name).pairs.map(\.word)
    let failures = violations(words)
    #expect(failures.count == 0, "\(failures.prefix(20).joined(separator: "\n"))")
  }

  /// Word forms built to reach every rewriting of the algorithm: stems of one to three syllables, a
  /// `ge-` at the start or inside, diaereses, and the endings steps 1 to 4 rewrite.
  @Test("generated forms with every rewritten ending contain an anchor of their stem")
  func generatedForms() {
    let onsets = ["", "b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "st", "tr", "sch", "kw"]
    let vowels = ["a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "oe", "ij", "eu", "ë", "ï", "é"]
    let codas = ["", "b", "d", "f", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "nd", "rk", "ld", "ng", "kk", "tt"]
    let endings = [
      "", "en", "s", "es", "'s", "ies", "és", "aus", "nde", "heden", "je", "tje", "etje", "pje", "kje", "ge",
      "lijke", "ische", "de", "te", "se", "re", "le", "ene", "ieve", "atie", "aties", "iteit", "iteiten", "heid",
      "sel", "ster", "rder", "ing", "ingen", "isme", "erij", "arij", "arijen", "fie", "gie", "tst", "dst",
      "ioneel", "ionele", "atief", "atieve", "baar", "bare", "naar", "laar", "raar", "tant", "tanten", "lijker",
      "lijkst", "achtig", "achtige", "eriger", "erigst", "erig", "end", "ende", "ig", "iger", "igst", "ilding",
      "inkje", "rntje", "'tje", "d", "t", "de", "kt", "ft", "pt",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func pick(_ list: [String]) -> String {
      state ^= state << 13
      state ^= state >> 7
      state ^= state << 17
      return list[Int(state % UInt64(list.count))]
    }
    var words: [String] = []
    for _ in 0..<60_000 {
      var syllables: [String] = []
      for _ in 0..<(1 + Int(state % 3)) { syllables.append(pick(onsets) + pick(vowels) + pick(codas)) }
      var word = syllables.joined()
      switch state % 5 {
      case 0: word = "ge" + word
      case 1 where syllables.count > 1: word = syllables[0] + "ge" + syllables.dropFirst().joined()
      default: break
      }
      words.append(word + pick(endings))
    }
    let failures = violations(words)
    #expect(failures.count == 0, "\(failures.count) of \(words.count); \(failures.prefix(20).joined(separator: "\n"))")
  }

  @Test("the anchors of a stem: the stem, the pieces its ending may have replaced, and ge put back")
  func examples() {
    let innoveer = DutchStemmer.anchors(ofStem: "innoveer")
    for piece in ["innoveer", "innover", "innovati", "ingenover"] { #expect(innoveer.contains(piece), "\(piece)") }
    #expect(Set(DutchStemmer.anchors(ofStem: "leer")).isSuperset(of: ["leer", "ler", "lati", "lgeer"]))
    #expect(DutchStemmer.anchors(ofStem: "vaardigheid").contains("vaardighed"))
    #expect(DutchStemmer.anchors(ofStem: "pilot") == ["pilot", "pgeilot", "pigelot", "pilgeot", "piloget"])
    #expect(DutchStemmer.anchors(ofStem: "opleid").contains("opgeleid"))
    #expect(DutchStemmer.anchors(ofStem: "brief").contains("briev"))
    // A piece that contains another is left out: "ilder" words contain "ild".
    #expect(!DutchStemmer.anchors(ofStem: "schilder").contains("schilder"))
    #expect(DutchStemmer.anchors(ofStem: DutchStemmer().stem("geïnd")).contains("in"))
  }
}

// MARK: - TextFold

@Suite("TextFold")
struct TextFoldTests {
  @Test("lower case, diacritics, ligatures; hyphens, apostrophes and invisible characters removed")
  func folding() {
    #expect(TextFold.string("Geïnnoveerd, MLI-opgeleiden’s ﬁets") == "geinnoveerd, mliopgeleidens fiets")
    #expect(TextFold.string("IJsland Ĳzer coöperatie CAFÉ") == "ijsland ijzer cooperatie cafe")
    #expect(TextFold.string("onder\u{00AD}wijs\u{200B}innovatie") == "onderwijsinnovatie")
    #expect(TextFold.string("cafe\u{301} e\u{308}") == "cafe e")
    #expect(TextFold.string("Ελλάδα") == "ελλάδα")
  }

  @Test("folding a word and its lower case gives the same; containment survives folding")
  func invariants() throws {
    let words = try StemFixture(named: "dutch-stems.tsv").pairs.map(\.word)
    for word in words.prefix(3_000) {
      #expect(TextFold.string(word.uppercased()) == TextFold.string(word), "\(word)")
      #expect(TextFold.string("De \(word.capitalized)-aanpak").contains(TextFold.string(word)), "\(word)")
    }
  }
}
