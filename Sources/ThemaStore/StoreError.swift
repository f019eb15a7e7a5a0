import Foundation

/// What went wrong with the project file or a request against it.
public enum StoreError: LocalizedError, Equatable, Sendable {
  /// No project file at the path, and the command does not create one.
  case projectNotFound(path: String)
  /// The file exists but is not a Thema project SQLite file, or could not be migrated.
  case cannotOpen(path: String, reason: String)
  /// A file to import could not be read from disk.
  case unreadable(path: String, reason: String)
  /// No document matches the name or id the user gave.
  case documentNotFound(String)
  /// More than one document matches a partial name.
  case ambiguousDocument(String, candidates: [String])
  /// No participant matches the id or `SPEAKER@DOCUMENT` key.
  case participantNotFound(String)
  /// An import failed; nothing was written. Names each failing file and why.
  case importFailed(failures: [ImportFailure])

  public var errorDescription: String? {
    switch self {
    case .projectNotFound(let path):
      "No Thema project at \(path). Create one with 'thema init' or name another with --project."
    case .cannotOpen(let path, let reason): "Cannot open the project \(path): \(reason)."
    case .unreadable(let path, let reason): "\(path): cannot read the file: \(reason)."
    case .documentNotFound(let key): "No document '\(key)' in the project (see 'thema documents')."
    case .ambiguousDocument(let key, let candidates):
      "'\(key)' names more than one document: \(candidates.joined(separator: ", "))."
    case .participantNotFound(let key):
      "No single participant '\(key)' (give an id or SPEAKER@DOCUMENT; see 'thema participants')."
    case .importFailed(let failures):
      failures.count == 1
        ? "Nothing was imported: \(failures[0].message)"
        : "Nothing was imported; \(failures.count) files failed:\n"
          + failures.map { "  \($0.message)" }.joined(separator: "\n")
    }
  }
}

/// One file that could not be imported, with the reason in one sentence (which names the file).
public struct ImportFailure: Sendable, Equatable, Codable {
  /// The name the document would have had in the project.
  public var name: String
  /// A sentence naming the file, the place where there is one, and what is wrong.
  public var message: String

  public init(name: String, message: String) {
    self.name = name
    self.message = message
  }
}
