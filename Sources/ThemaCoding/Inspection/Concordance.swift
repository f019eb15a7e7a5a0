import Foundation
import ThemaCodebook
import ThemaLanguage
import ThemaStore

/// One keyword-in-context line: a term's occurrence with the text left and right of it.
public struct ConcordanceLine: Sendable, Hashable, Codable {
  /// The document's name and the segment's id.
  public var document: String
  public var segmentId: Int64
  /// The occurrence in scalars of the segment text, and in the decoded original.
  public var start: Int
  public var end: Int
  public var originalStart: Int
  public var originalEnd: Int
  /// The occurrence as written, and up to `width` scalars of context on each side (newlines as spaces).
  public var keyword: String
  public var left: String
  public var right: String
}

/// A keyword-in-context concordance: every word whose Dutch (or English) stem is the term's stem, so
/// inflections count (innovatie finds innovaties), and — with `compounds` (the default) — every word in
/// which automatic coding would find the term as part of a compound: onderwijsinnovatie,
/// innovatiekracht, the parts of MLI-innovatie and the ellipsis "onderwijs- en zorginnovatie". The
/// compound decision is the matcher's own (a one-term codebook with `compound: both`, no lemma family),
/// so kwic shows what `thema code` would find for that term. Written by hand over the tokenizer because
/// no listed library builds concordances.
///
/// ```swift
/// let lines = Concordance(term: "innovatie").lines(in: try project.currentSegments(), documents: names)
/// Concordance(term: "innovatie").matches("onderwijsinnovatie")                    // true
/// Concordance(term: "innovatie", compounds: false).matches("onderwijsinnovatie")  // false
/// ```
public struct Concordance: Sendable {
  /// The term as given, and the stem occurrences must share (case-insensitive).
  public let term: String
  public let stem: String
  /// Context width in scalars on each side.
  public var width: Int
  /// Whether occurrences inside compounds count (as the matcher decides them).
  public let compounds: Bool
  private let stemmer: any Stemmer
  private let compiled: CompiledCodebook?

  public init(term: String, width: Int = 40, language: Language = .dutch, compounds: Bool = true) {
    self.term = term
    self.width = width
    self.compounds = compounds
    self.stemmer = language.stemmer
    self.stem = language.stemmer.stem(term.lowercased())
    if compounds {
      let dimension = Dimension(id: "kwic", label: "kwic")
      let concept = Concept(
        id: "kwic", label: term, dimension: "kwic",
        indicators: [Indicator(kind: .term, text: term, compound: .both, lemma: false)])
      let codebook = Codebook(
        name: "kwic", version: "1", language: language, dimensions: [dimension], concepts: [concept])
      compiled = CompiledCodebook(codebook: codebook, language: language, stemmer: language.stemmer)
    } else {
      compiled = nil
    }
  }

  /// Whether a word is an occurrence of the term (its stem, or with `compounds` a compound containing it).
  public func matches(_ word: String) -> Bool {
    let lower = word.lowercased()
    if lower == term.lowercased() || stemmer.stem(lower) == stem { return true }
    guard let compiled else { return false }
    var matcher = CodebookMatcher(compiled: compiled)
    return !matcher.code(word).matches.isEmpty
  }

  /// The occurrences in `segments`, in order; `documents` maps document ids to names.
  public func lines(in segments: [StoredSegment], documents: [Int64: String]) -> [ConcordanceLine] {
    let tokenizer = DutchTokenizer()
    var matcher = compiled.map { CodebookMatcher(compiled: $0) }
    var result: [ConcordanceLine] = []
    for stored in segments {
      let text = stored.segment.text
      let scalars = Array(text.unicodeScalars)
      var spans: [Range<Int>] = []
      for token in tokenizer.tokenize(text) where token.kind == .word {
        guard matchesStem(token.text(in: text)) else { continue }
        spans.append(token.scalarRange)
      }
      if matcher != nil {
        for match in matcher!.code(text).matches where !spans.contains(where: { $0.overlaps(match.range) }) {
          spans.append(match.range)
        }
        spans.sort { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
      }
      for span in spans {
        let original = stored.segment.map.originalRange(ofView: span)
        result.append(
          ConcordanceLine(
            document: documents[stored.documentId] ?? "\(stored.documentId)", segmentId: stored.id,
            start: span.lowerBound, end: span.upperBound, originalStart: original.lowerBound,
            originalEnd: original.upperBound, keyword: Self.string(scalars[span]),
            left: Self.string(scalars[max(0, span.lowerBound - width)..<span.lowerBound]),
            right: Self.string(scalars[span.upperBound..<min(scalars.count, span.upperBound + width)])))
      }
    }
    return result
  }

  /// The stem test alone (the term or an inflection, whole word).
  private func matchesStem(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower == term.lowercased() || stemmer.stem(lower) == stem
  }

  private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    return String(view)
  }
}
