import Foundation

/// The current state of a coding: what the trail records before and after every event.
///
/// ```swift
/// let state = CodingState(status: .accepted, concept: "innoveren", start: 4, end: 13,
///                         originalStart: 120, originalEnd: 129)
/// ```
public struct CodingState: Sendable, Hashable, Codable {
  /// Where a coding stands.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// An automatic suggestion nobody has decided on yet.
    case suggested
    /// Accepted by a coder (or added by hand).
    case accepted
    /// Rejected by a coder.
    case rejected
    /// A suggestion whose indicator disappeared from the codebook, or a hand coding that was undone.
    case withdrawn
  }

  public var status: Status
  /// The concept id in the codebook.
  public var concept: String
  /// The span in the segment's analysis text, in Unicode scalars.
  public var start: Int
  public var end: Int
  /// The same span in the decoded original, in Unicode scalars.
  public var originalStart: Int
  public var originalEnd: Int

  public init(
    status: Status, concept: String, start: Int, end: Int, originalStart: Int, originalEnd: Int
  ) {
    self.status = status
    self.concept = concept
    self.start = start
    self.end = end
    self.originalStart = originalStart
    self.originalEnd = originalEnd
  }

  // MARK: - JSON

  /// The state as compact JSON with sorted keys (the form stored in `codingEvent.before/after`).
  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
  }

  /// Decodes the stored JSON form; nil for nil or malformed text.
  public static func decode(_ json: String?) -> CodingState? {
    guard let json else { return nil }
    return try? JSONDecoder().decode(CodingState.self, from: Data(json.utf8))
  }
}
