import Foundation
import ThemaCodebook
import ThemaLanguage

/// A pure benchmark of automatic coding: generates Dutch text and codes it segment by segment, timing
/// only the coding (generation runs between the timed stretches).
///
/// - `.realistic` (the default): Zipf-distributed words over about 150,000 generated Dutch forms
///   (inflections, prefixed verbs, compounds), new text for every segment, the codebook's terms mixed in
///   at 1.5 % of word positions (`DutchTextGenerator`); every segment is fully coded (`code(utf8:)`,
///   matches with their strings).
/// - `.smallVocabulary`: the first benchmark: 104 word types in a pool of 2,000 segments that is reused,
///   matches only counted. Its figure is optimistic, because the per-type cache answers every word.
///
/// ```swift
/// let result = CodingBenchmark.run(codebook: mli, megabytes: 100)
/// print(result.bytes, result.matches, result.wordTypes, result.seconds)
/// ```
public enum CodingBenchmark {
  /// Which text the benchmark codes.
  public enum Mode: String, Sendable, CaseIterable {
    case realistic
    case smallVocabulary = "small"
  }

  /// What one run did.
  public struct Result: Sendable {
    public var bytes: Int
    public var segments: Int
    public var matches: Int
    /// Distinct word types (as written) the matcher analysed.
    public var wordTypes: Int
    /// Wall-clock and CPU (user + system) seconds spent coding, generation excluded.
    public var seconds: Double
    public var cpuSeconds: Double
    /// A digest of every match (concept, span, how it matched) in realistic mode: two builds that code
    /// alike give the same digest.
    public var digest: UInt64 = 0xcbf2_9ce4_8422_2325
  }

  static let words: [String] = """
    de het een en van in op met voor dat is zijn wordt door bij als ook niet om te aan naar over
    leraar leraren collega's team teams school scholen klas leerlingen student docent master MLI
    innovatie innovaties onderwijsinnovatie innovatiekracht innoveren geïnnoveerd innovatieve
    leren leerden geleerd teamleren lerende cultuur leercultuur professionalisering feedback
    onderzoek onderzoeken praktijkonderzoek onderzoekende houding onderzoeksvaardigheden data
    ontwerpen ontwerp lesmateriaal curriculum reflectie reflecteren zelfreflectie
    MLI-opgeleiden HRD-praktijk PLG kennis- en leertheorieën beleid directie bestuur netwerk
    positie rol mandaat erkenning verkenning kleren bladeren steam leerkracht innovatiefonds
    samenwerking communicatie overleg visie gedeelde visie leiderschap teacher leadership
    vergadering notulen thema's agenda punt besproken afgesproken volgende keer voorstel
    """.split(whereSeparator: \.isWhitespace).map(String.init)

  /// Generates about `megabytes` MB of text and codes it in segments (about 400 bytes each).
  public static func run(
    codebook: Codebook, megabytes: Int, mode: Mode = .realistic, stemmer: (any Stemmer)? = nil, seed: UInt64 = 1
  ) -> Result {
    var matcher = CodebookMatcher(
      compiled: CompiledCodebook(codebook: codebook, stemmer: stemmer ?? codebook.language.stemmer))
    var result = Result(bytes: 0, segments: 0, matches: 0, wordTypes: 0, seconds: 0, cpuSeconds: 0)
    switch mode {
    case .realistic: realistic(&matcher, codebook: codebook, megabytes: megabytes, seed: seed, into: &result)
    case .smallVocabulary: small(&matcher, megabytes: megabytes, into: &result)
    }
    result.wordTypes = matcher.analysedTypeCount
    return result
  }

  // MARK: - Realistic text

  private static func realistic(
    _ matcher: inout CodebookMatcher, codebook: Codebook, megabytes: Int, seed: UInt64, into result: inout Result
  ) {
    var generator = DutchTextGenerator(codebook: codebook, seed: seed)
    let target = megabytes * 1_000_000
    let chunkBytes = 4_000_000
    var chunk: [UInt8] = []
    chunk.reserveCapacity(chunkBytes + 2_000)
    var ends: [Int] = []
    while result.bytes < target {
      chunk.removeAll(keepingCapacity: true)
      ends.removeAll(keepingCapacity: true)
      while chunk.count < min(chunkBytes, target - result.bytes) {
        generator.appendSegment(to: &chunk, targetBytes: 150 + (chunk.count * 7 + ends.count * 13) % 500)
        ends.append(chunk.count)
      }
      let timer = RunTimer()
      chunk.withUnsafeBufferPointer { all in
        var start = 0
        for end in ends {
          let matches = matcher.code(utf8: UnsafeBufferPointer(rebasing: all[start..<end])).matches
          result.matches += matches.count
          for match in matches {
            for value in [match.concept.hashValue &* 0 + Int(match.indicatorIndex), match.start, match.end] + match.concept.utf8.map(Int.init) + match.via.rawValue.utf8.map(Int.init) {
              result.digest = (result.digest ^ UInt64(truncatingIfNeeded: value)) &* 0x0000_0100_0000_01B3
            }
          }
          start = end
        }
      }
      (result.seconds, result.cpuSeconds) = timer.adding(to: (result.seconds, result.cpuSeconds))
      result.bytes += chunk.count
      result.segments += ends.count
    }
  }

  // MARK: - Small vocabulary (the first benchmark)

  private static func small(_ matcher: inout CodebookMatcher, megabytes: Int, into result: inout Result) {
    let target = megabytes * 1_000_000
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    // A pool of generated segments, reused: generation is not what is measured.
    var pool: [[UInt8]] = []
    for _ in 0..<2_000 {
      var segment = ""
      while segment.utf8.count < 400 {
        state ^= state << 13
        state ^= state >> 7
        state ^= state << 17
        segment += words[Int(state % UInt64(words.count))]
        segment += state & 15 == 0 ? ". " : (state & 31 == 1 ? ", " : " ")
      }
      pool.append(Array(segment.utf8))
    }
    let timer = RunTimer()
    var index = 0
    while result.bytes < target {
      let segment = pool[index % pool.count]
      index += 1
      result.matches += segment.withUnsafeBufferPointer { matcher.countMatches(utf8: $0) }
      result.bytes += segment.count
      result.segments += 1
    }
    (result.seconds, result.cpuSeconds) = timer.adding(to: (result.seconds, result.cpuSeconds))
  }
}
