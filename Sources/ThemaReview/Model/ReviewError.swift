import Foundation

/// What went wrong with a review action. Messages name the coding, event, document or quote.
public enum ReviewError: LocalizedError, Equatable, Sendable {
  /// No coding with this id (`thema accept 12`).
  case codingNotFound(Int64)
  /// No event with this id (`thema undo 12`).
  case eventNotFound(Int64)
  /// No segment with this id.
  case segmentNotFound(Int64)
  /// A span outside the segment's text, or empty.
  case invalidSpan(segment: Int64, start: Int, end: Int, length: Int)
  /// The quote does not occur in the document's analysis text.
  case quoteNotFound(document: String, quote: String)
  /// The quote occurs more than once; the places are listed (segment id and offset).
  case ambiguousQuote(document: String, quote: String, places: [String])
  /// The quote runs over a segment boundary; codings live inside one segment.
  case quoteCrossesSegments(document: String, quote: String)
  /// An event that cannot be undone (an automatic event, a memo, or a coding changed since).
  case cannotUndo(event: Int64, reason: String)
  /// A coder name that is empty or reserved (`auto` is the automatic coder).
  case invalidCoder(String)
  /// No coder given and the project has no default coder.
  case noCoder
  /// A memo target that does not exist.
  case memoTargetNotFound(kind: String, target: String)
  /// A concept id that no codebook of the project defines.
  case unknownConcept(String)
  /// The action needs an open or accepted coding but the coding's state does not allow it.
  case notAllowed(coding: Int64, reason: String)

  public var errorDescription: String? {
    switch self {
    case .codingNotFound(let id): "No coding \(id) in the project (see 'thema log' or 'thema review')."
    case .eventNotFound(let id): "No event \(id) in the trail (see 'thema log')."
    case .segmentNotFound(let id): "No segment \(id) in the project (see 'thema show DOC --segments')."
    case .invalidSpan(let segment, let start, let end, let length):
      "Span \(start)-\(end) does not fit segment \(segment), whose text has \(length) characters "
        + "(give 0 ≤ start < end ≤ \(length))."
    case .quoteNotFound(let document, let quote):
      "The quote \"\(quote)\" does not occur in \(document) (the quote must match the analysis text "
        + "exactly; see 'thema show \(document)')."
    case .ambiguousQuote(let document, let quote, let places):
      "The quote \"\(quote)\" occurs \(places.count) times in \(document) (\(places.joined(separator: ", "))); "
        + "quote more words, or code by segment with 'thema code SEGMENT START END'."
    case .quoteCrossesSegments(let document, let quote):
      "The quote \"\(quote)\" in \(document) runs over the boundary of two segments; code each part."
    case .cannotUndo(let event, let reason): "Event \(event) cannot be undone: \(reason)."
    case .invalidCoder(let name):
      "'\(name)' cannot be a coder name (it is empty or reserved for automatic coding)."
    case .noCoder:
      "Who is coding? Give --coder NAME, set THEMA_CODER, or set a default with 'thema coders default NAME'."
    case .memoTargetNotFound(let kind, let target): "No \(kind) '\(target)' to write a memo on."
    case .notAllowed(let coding, let reason): "Coding \(coding): \(reason)."
    case .unknownConcept(let concept):
      "No concept '\(concept)' in the project's codebooks (concept ids are case-sensitive)."
    }
  }
}
