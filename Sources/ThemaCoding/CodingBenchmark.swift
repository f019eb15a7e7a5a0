import ThemaCodebook
import ThemaLanguage

/// A pure benchmark of automatic coding: generates Dutch text (inflections, compounds, hyphenated forms,
/// ellipses, phrases and filler words) and codes it segment by segment. The caller times it.
///
/// ```swift
/// let result = CodingBenchmark.run(codebook: mli, megabytes: 100)
/// print(result.bytes, result.matches)
/// ```
public enum CodingBenchmark {
  /// What one run did.
  public struct Result: Sendable {
    public var bytes: Int
    public var segments: Int
    public var matches: Int
    public var wordTypes: Int
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

  /// Generates about `megabytes` MB of text and codes it in segments of about 400 bytes.
  public static func run(codebook: Codebook, megabytes: Int, stemmer: (any Stemmer)? = nil) -> Result {
    var matcher = CodebookMatcher(
      compiled: CompiledCodebook(codebook: codebook, stemmer: stemmer ?? codebook.language.stemmer))
    let target = megabytes * 1_000_000
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var result = Result(bytes: 0, segments: 0, matches: 0, wordTypes: 0)
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
    var index = 0
    while result.bytes < target {
      let segment = pool[index % pool.count]
      index += 1
      result.matches += segment.withUnsafeBufferPointer { matcher.countMatches(utf8: $0) }
      result.bytes += segment.count
      result.segments += 1
    }
    result.wordTypes = matcher.cachedTypeCount
    return result
  }
}
