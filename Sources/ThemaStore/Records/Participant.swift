/// A person who speaks in the project's transcripts, with every label documents use for them.
public struct Participant: Sendable, Codable, Hashable {
  /// One label a document uses for the participant.
  public struct Alias: Sendable, Codable, Hashable {
    /// The document's name.
    public var document: String
    /// The speaker id or label in that document ("R1", "spk2", "#marije").
    public var speakerId: String
    /// The name that document gives, if any.
    public var speakerName: String?
    /// How many segments (turns) the speaker has in the document's current version.
    public var turns: Int
  }

  /// The participant's id in the project.
  public var id: Int64
  /// Display name (the first name a document gave, or its label; can be renamed).
  public var name: String
  /// Role, when a document gave one (interviewer, respondent, docent…).
  public var role: String?
  /// Every label by which documents name this participant.
  public var aliases: [Alias]
}
