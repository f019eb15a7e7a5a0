import Foundation
import ThemaCodebook

/// Generates Dutch-looking text for benchmarks: words drawn from a `GeneratedVocabulary` with Zipf
/// (Zipf–Mandelbrot) frequencies, so that a few function words are very frequent and most forms are
/// rare; sentences with commas and capitals; and, at a fixed rate, the codebook's own terms in the
/// forms coding must find (inflections, compounds, hyphenated acronyms, phrases with gaps, ellipses,
/// excluded words). Deterministic for a seed; nothing is reused between segments.
///
/// ```swift
/// var generator = DutchTextGenerator(codebook: mli, seed: 1)
/// var bytes: [UInt8] = []
/// generator.appendSegment(to: &bytes, targetBytes: 400)
/// ```
public struct DutchTextGenerator: Sendable {
  // MARK: - Settings

  /// Share of word positions that carry one of the codebook's terms (default 1.5 %: in minutes about
  /// school development, words such as rol, leren, onderzoek, team and feedback are about that common).
  public var codebookRate: Double
  /// Zipf exponent of the word frequencies.
  public let exponent: Double

  // MARK: - State

  private let words: [[UInt8]]
  private let cumulative: [Double]
  private let codebookSequences: [[[UInt8]]]
  private let nouns: [[UInt8]]
  private var random: SplitMix

  /// A generator over `vocabulary`; `codebook` supplies the terms mixed in (none when nil).
  public init(
    vocabulary: GeneratedVocabulary = GeneratedVocabulary(), codebook: Codebook?, seed: UInt64,
    codebookRate: Double = 0.015, exponent: Double = 1.0
  ) {
    self.codebookRate = codebook == nil ? 0 : codebookRate
    self.exponent = exponent
    words = vocabulary.forms.map { Array($0.utf8) }
    var total = 0.0
    var table: [Double] = []
    table.reserveCapacity(words.count)
    for rank in words.indices {
      total += 1 / pow(Double(rank) + 2.7, exponent)
      table.append(total)
    }
    cumulative = table
    nouns = vocabulary.nouns.map { Array($0.utf8) }
    random = SplitMix(seed: seed)
    var sequenceRandom = SplitMix(seed: seed ^ 0xC0DE_B00C)
    codebookSequences =
      codebook.map { Self.sequences(of: $0, nouns: vocabulary.nouns, random: &sequenceRandom) } ?? []
  }

  /// Number of forms the generator draws from.
  public var vocabularySize: Int { words.count }

  // MARK: - Generating

  /// Appends one segment of about `targetBytes` bytes (whole sentences) to `buffer`.
  public mutating func appendSegment(to buffer: inout [UInt8], targetBytes: Int) {
    let start = buffer.count
    while buffer.count - start < targetBytes {
      if buffer.count > start { buffer.append(0x20) }
      appendSentence(to: &buffer)
    }
  }

  /// A document of about `bytes` bytes: segments of 150–800 bytes separated by blank lines.
  public mutating func document(bytes: Int) -> String {
    var buffer: [UInt8] = []
    buffer.reserveCapacity(bytes + 1000)
    while buffer.count < bytes {
      appendSegment(to: &buffer, targetBytes: 150 + random.below(650))
      buffer += [0x0A, 0x0A]
    }
    return String(decoding: buffer, as: UTF8.self)
  }

  private mutating func appendSentence(to buffer: inout [UInt8]) {
    let length = 5 + random.below(18)
    var first = true
    for position in 0..<length {
      if !first { buffer.append(0x20) }
      appendWordGroup(to: &buffer, capitalize: first)
      first = false
      if position < length - 1, random.below(14) == 0 { buffer.append(0x2C) }  // ","
    }
    buffer.append(random.below(20) == 0 ? 0x3F : 0x2E)  // "?" or "."
  }

  private mutating func appendWordGroup(to buffer: inout [UInt8], capitalize: Bool) {
    let roll = random.unit()
    if roll < codebookRate, !codebookSequences.isEmpty {
      let sequence = codebookSequences[random.below(codebookSequences.count)]
      for (index, word) in sequence.enumerated() {
        if index > 0 { buffer.append(0x20) }
        append(word, to: &buffer, capitalize: capitalize && index == 0)
      }
    } else if roll < codebookRate + 0.0005 {
      // A Dutch ellipsis: "sectie- en teamoverleg".
      let first = nouns[random.below(nouns.count)]
      append(first, to: &buffer, capitalize: capitalize)
      buffer += Array("- en ".utf8)
      append(nouns[random.below(nouns.count)] + nouns[random.below(nouns.count)], to: &buffer, capitalize: false)
    } else if roll < codebookRate + 0.004 {
      let number = 1 + random.below(2030)
      buffer += Array(String(number).utf8)
    } else {
      append(words[rank()], to: &buffer, capitalize: capitalize)
    }
  }

  /// A Zipf-distributed rank.
  @inline(__always) private mutating func rank() -> Int {
    let target = random.unit() * cumulative[cumulative.count - 1]
    var low = 0
    var high = cumulative.count - 1
    while low < high {
      let middle = (low + high) / 2
      if cumulative[middle] < target { low = middle + 1 } else { high = middle }
    }
    return low
  }

  @inline(__always) private func append(_ word: [UInt8], to buffer: inout [UInt8], capitalize: Bool) {
    guard capitalize, let first = word.first, first >= 0x61, first <= 0x7A else {
      buffer += word
      return
    }
    buffer.append(first - 0x20)
    buffer += word.dropFirst()
  }

  // MARK: - Codebook terms

  /// The word sequences in which the codebook's indicators and exclusions (of its own language) appear:
  /// each term as written, inflected, as head and modifier of compounds; exact forms and hyphenated
  /// acronyms; phrases with a word in every gap; wildcard completions.
  static func sequences(of codebook: Codebook, nouns: [String], random: inout SplitMix) -> [[[UInt8]]] {
    func noun() -> String { nouns[random.below(nouns.count)] }
    var result: [[String]] = []
    for concept in codebook.concepts {
      // The text is Dutch: indicators written for documents in another language (`indicators-en`) stay out.
      for indicator in concept.indicators where indicator.language == nil {
        let text = indicator.text
        switch indicator.kind {
        case .term:
          let lower = text.lowercased()
          let plural = lower.hasSuffix("e") || lower.hasSuffix("el") || lower.hasSuffix("er") ? "s" : "en"
          result += [[lower], [lower], [lower + plural], [noun() + GeneratedVocabulary.link(for: noun()) + lower]]
          result.append([lower + GeneratedVocabulary.link(for: lower) + noun()])
        case .exact:
          result += [[text], [text]]
          if text.unicodeScalars.allSatisfy({ $0.properties.isUppercase }) { result.append([text + "-" + noun()]) }
        case .phrase:
          var words: [String] = []
          for word in indicator.phraseWords() {
            if word.gapBefore { words.append(["de", "een", "goede", "nieuwe", "hele"][random.below(5)]) }
            words.append(word.word)
          }
          result += [words, words]
        case .prefix:
          result += [[text.lowercased() + "atie"], [text.lowercased() + "eren"]]
        case .suffix:
          result.append([noun() + text.lowercased()])
        }
      }
      for exclusion in concept.exclusions where exclusion.language == nil {
        result.append(exclusion.kind == .phrase ? exclusion.phraseWords().map(\.word) : [exclusion.text])
      }
    }
    return result.map { $0.map { Array($0.utf8) } }
  }
}
