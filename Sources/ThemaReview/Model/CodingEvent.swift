import Foundation

/// One entry of the decision trail: who did what to which coding, when, why, and the coding's state
/// before and after. Events are never changed or deleted; undo is a new event.
///
/// ```swift
/// for event in try project.history(coding: 42) {
///   print(event.id, event.coder, event.action.rawValue, event.after?.status.rawValue ?? "-")
/// }
/// ```
public struct CodingEvent: Sendable, Hashable, Codable {
  /// What happened.
  public enum Action: String, Sendable, Hashable, Codable, CaseIterable {
    /// The automatic coder made a new suggestion.
    case suggest
    /// A rejected or withdrawn suggestion was suggested again (its indicator changed or came back).
    case resuggest
    /// A suggestion whose indicator disappeared was withdrawn.
    case withdraw
    /// A coder accepted a coding.
    case accept
    /// A coder rejected a coding.
    case reject
    /// A coder moved a coding to another concept (the coding is then accepted).
    case recode
    /// A coder changed a coding's span (the coding is then accepted).
    case adjust
    /// A coder added a coding by hand.
    case add
    /// A coder wrote a memo (on a document, segment, coding or concept).
    case memo
    /// A coder restored the state before an earlier event.
    case undo
    /// Coders recorded their consensus decision after an agreement discussion.
    case consensus
  }

  public var id: Int64
  public var at: Date
  public var coder: String
  public var action: Action
  /// The coding the event changed (nil for memos on other things).
  public var codingId: Int64?
  /// The memo an event of action `memo` wrote.
  public var memoId: Int64?
  /// The concept the event concerns (the coding's concept after the event, or the memo's concept).
  public var concept: String?
  /// The coding's state before (nil when the event created it) and after.
  public var before: CodingState?
  public var after: CodingState?
  /// The reason the coder gave, or what the automatic run says.
  public var reason: String?
  /// For `undo`: the event undone.
  public var undoes: Int64?

  public init(
    id: Int64, at: Date, coder: String, action: Action, codingId: Int64?, memoId: Int64? = nil,
    concept: String?, before: CodingState?, after: CodingState?, reason: String?,
    undoes: Int64? = nil
  ) {
    self.id = id
    self.at = at
    self.coder = coder
    self.action = action
    self.codingId = codingId
    self.memoId = memoId
    self.concept = concept
    self.before = before
    self.after = after
    self.reason = reason
    self.undoes = undoes
  }
}
