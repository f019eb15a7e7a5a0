import Foundation
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
/// inflections count (innovatie finds innovaties). Written by hand over the tokenizer because no listed
/// library builds concordances.
///
/// ```swift
/// let lines = Concordance(term: "innovatie").lines(in: try project.currentSegments(), documents: names)
/// ```
public struct Concordance: Sendable {
  /// The term as given, and the stem occurrences must share (case-insensitive).
  public let term: String
  public let stem: String
  /// Context width in scalars on each side.
  public var width: Int
  private let stemmer: any Stemmer

  public init(term: String, width: Int = 40, language: Language = .dutch) {
    self.term = term
    self.width = width
    self.stemmer = language.stemmer
    self.stem = language.stemmer.stem(term.lowercased())
  }

  /// Whether a word is an occurrence of the term.
  public func matches(_ word: String) -> Bool {
    let lower = word.lowercased()
    return lower == term.lowercased() || stemmer.stem(lower) == stem
  }

  /// The occurrences in `segments`, in order; `documents` maps document ids to names.
  public func lines(in segments: [StoredSegment], documents: [Int64: String]) -> [ConcordanceLine] {
    let tokenizer = DutchTokenizer()
    var result: [ConcordanceLine] = []
    for stored in segments {
      let text = stored.segment.text
      let scalars = Array(text.unicodeScalars)
      for token in tokenizer.tokenize(text) where token.kind == .word {
        guard matches(token.text(in: text)) else { continue }
        let original = stored.segment.map.originalRange(ofView: token.scalarRange)
        result.append(
          ConcordanceLine(
            document: documents[stored.documentId] ?? "\(stored.documentId)", segmentId: stored.id,
            start: token.scalarStart, end: token.scalarEnd, originalStart: original.lowerBound,
            originalEnd: original.upperBound, keyword: Self.string(scalars[token.scalarRange]),
            left: Self.string(scalars[max(0, token.scalarStart - width)..<token.scalarStart]),
            right: Self.string(scalars[token.scalarEnd..<min(scalars.count, token.scalarEnd + width)])))
      }
    }
    return result
  }

  private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: slice.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    return String(view)
  }
}
