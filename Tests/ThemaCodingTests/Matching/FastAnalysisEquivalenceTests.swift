import Foundation
import PropertyBased
import Testing
import ThemaCodebook
import ThemaLanguage

@testable import ThemaCoding

/// The matcher's fast path (`WordAnalyzer`, the byte-keyed `WordTypeTable`, the letter-code sets) gives
/// exactly what the straightforward analysis (`CompiledCodebook.analyze(word:)`) gives: same matches,
/// same offsets, same near misses, same changed-part marks.
@Suite("Fast word analysis equals the straightforward one")
struct FastAnalysisEquivalenceTests {
  static let codebook: Codebook = {
    try! CodebookReader().read(contentsOf: Repository.mliCodebook).codebook
  }()
  static let compiled = CompiledCodebook(codebook: codebook, stemmer: DutchStemmer())
  static let vocabulary = GeneratedVocabulary()

  /// Codes `segments` generated segments with both paths and compares every segment.
  static func compare(_ compiled: CompiledCodebook, seed: UInt64, segments: Int, cacheLimit: Int? = nil) {
    var fast = CodebookMatcher(compiled: compiled)
    var reference = CodebookMatcher(compiled: compiled)
    reference.usesReferenceAnalysis = true
    if let cacheLimit { fast.maximumCachedTypes = cacheLimit }
    var generator = DutchTextGenerator(vocabulary: vocabulary, codebook: codebook, seed: seed, codebookRate: 0.2)
    for index in 0..<segments {
      var bytes: [UInt8] = []
      generator.appendSegment(to: &bytes, targetBytes: 100 + index % 300)
      let text = String(decoding: bytes, as: UTF8.self)
      let expected = reference.code(text)
      let actual = fast.code(text)
      #expect(actual == expected, "seed \(seed), segment \(index): \(text)")
      #expect(fast.lastCodingConsultedChangedParts == reference.lastCodingConsultedChangedParts, "\(text)")
    }
  }

  @Test func generatedTextCodesAlike() async {
    await propertyCheck(count: 6, input: Gen.int(in: 0...1_000_000)) { seed in
      Self.compare(Self.compiled, seed: UInt64(seed), segments: 150)
    }
  }

  /// With a tiny cache the matcher forgets its word types (and the analyzer its caches) again and again.
  @Test func forgettingCachesChangesNothing() {
    Self.compare(Self.compiled, seed: 7, segments: 200, cacheLimit: 20)
  }

  /// Watching plausibility changes: the fast path marks the same words as consulting changed parts.
  @Test func changedPartsAreMarkedAlike() {
    let earlier = CompiledCodebook(
      codebook: Self.codebook, stemmer: DutchStemmer(), vocabulary: ["kracht", "sfeer", "raad", "plan", "groep"])
    Self.compare(Self.compiled.watchingPlausibilityChanges(since: earlier), seed: 11, segments: 200)
  }

  /// Single words built from codebook terms, generated nouns, linking morphemes, hyphens, apostrophes,
  /// capitals and diacritics: the same hits (after the matcher's ordering), offsets included.
  @Test func wordsAnalyseAlike() async {
    let terms = Self.codebook.concepts.flatMap(\.indicators).filter { $0.kind == .term }.map { $0.text.lowercased() }
    let nouns = Self.vocabulary.nouns
    let glue = ["", "s", "en", "e", "-", "'", "’", "‐", "er"]
    await propertyCheck(
      count: 300, input: Gen.int(in: 0...1_000_000).array(of: 1...4), Gen.int(in: 0...8).array(of: 4),
      Gen.int(in: 0...3)
    ) { picks, glues, style in
      var word = ""
      for (index, pick) in picks.enumerated() {
        if index > 0 { word += glue[glues[index] % glue.count] }
        word += pick % 3 == 0 ? terms[pick % terms.count] : nouns[pick % nouns.count]
      }
      switch style {
      case 1: word = word.prefix(1).uppercased() + word.dropFirst()
      case 2: word = word.uppercased()
      case 3: word = word.replacingOccurrences(of: "e", with: "ë")
      default: break
      }
      var analyzer = WordAnalyzer(compiled: Self.compiled)
      let actual = Self.ordered(analyzer.analyze(word: word))
      let again = Self.ordered(analyzer.analyze(word: word))
      let expected = Self.ordered(Self.compiled.analyze(word: word))
      #expect(actual == expected, "\(word)")
      #expect(again == expected, "\(word) (cached)")
    }
  }

  /// "kennis- en leertheorieën": the patterns the joined compounds reach, in the same order (the matcher
  /// keeps the first indicator of a concept on a span).
  @Test func ellipsesAnalyseAlike() async {
    let terms = Self.codebook.concepts.flatMap(\.indicators).filter { $0.kind == .term }.map { $0.text.lowercased() }
    let nouns = Self.vocabulary.nouns
    await propertyCheck(count: 200, input: Gen.int(in: 0...1_000_000).array(of: 3), Gen.bool) { picks, capital in
      let first = picks[0] % 2 == 0 ? terms[picks[0] % terms.count] : nouns[picks[0] % nouns.count]
      let second = nouns[picks[1] % nouns.count] + (picks[2] % 2 == 0 ? terms[picks[2] % terms.count] : nouns[picks[2] % nouns.count])
      let written = capital ? first.prefix(1).uppercased() + first.dropFirst() : first
      var analyzer = WordAnalyzer(compiled: Self.compiled)
      #expect(
        analyzer.ellipsisHits(first: written, second: second)
          == Self.compiled.ellipsisHits(first: written, second: second), "\(written)- en \(second)")
    }
  }

  /// Hits as comparable tuples, in the order the matcher sorts them.
  static func ordered(_ hits: [TypeHit]) -> [[Int]] {
    hits.map {
      [
        Int($0.phrasePosition), Int($0.pattern), MatchVia.allCases.firstIndex(of: $0.via)!, Int($0.byteStart),
        Int($0.byteEnd), Int($0.scalarStart), Int($0.scalarEnd),
      ]
    }
    .sorted { ($0[0], $0[1]) > ($1[0], $1[1]) }
  }

  // MARK: - Tables

  @Test func wordTypeTableFindsWhatADictionaryFinds() async {
    await propertyCheck(count: 50, input: Gen.int(in: 0...255).array(of: 0...20).array(of: 1...300)) { keys in
      var table = WordTypeTable(capacity: 4)
      var dictionary: [[UInt8]: Range<Int32>] = [:]
      for (index, key) in keys.enumerated() {
        let bytes = key.map { UInt8($0) }
        bytes.withUnsafeBufferPointer { buffer in
          let key = WordTypeTable.key(buffer, 0..<buffer.count)
          let found = table.find(key, in: buffer)
          #expect(found == dictionary[bytes])
          if found == nil {
            let value = Int32(index)..<Int32(index + bytes.count)
            table.insert(key, in: buffer, value: value)
            dictionary[bytes] = value
          }
        }
      }
      #expect(table.count == dictionary.count)
      // A key found inside a larger buffer hashes and compares by its range only.
      for (key, value) in dictionary {
        let padded = [7, 7] + key + [9]
        padded.withUnsafeBufferPointer { buffer in
          let range = 2..<(2 + key.count)
          #expect(table.find(WordTypeTable.key(buffer, range), in: buffer) == value)
        }
      }
    }
  }

  @Test func codeSetsAndMapsAgreeWithTheStandardOnes() async {
    await propertyCheck(count: 50, input: Gen.int(in: 1...5_000).array(of: 0...200), Gen.int(in: 1...5_000).array(of: 50)) {
      members, probes in
      let set = Set(members.map { UInt64($0) &* 0x1_0000_0001 })
      var pairs: [UInt64: UInt64] = [:]
      for member in set { pairs[member] = member % 97 + 1 }
      let codeSet = CodeSet(set)
      let codeMap = CodeMap(pairs)
      for probe in probes.map({ UInt64($0) &* 0x1_0000_0001 }) + Array(set) {
        #expect(codeSet.contains(probe) == set.contains(probe))
        #expect(codeMap.value(probe) == (pairs[probe] ?? 0))
      }
    }
  }
}
