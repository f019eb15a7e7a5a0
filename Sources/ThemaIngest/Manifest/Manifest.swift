import CSV
import Foundation
import Yams

// MARK: - Manifest

/// The attributes of the documents in a folder, read from `thema.yaml` or `thema.csv` in that folder.
///
/// `thema.yaml`:
/// ```yaml
/// defaults:            # attributes for every document below this folder
///   study: MLI
/// ignore:              # not imported: a folder ends with '/', '*' is a wildcard
///   - survey/
///   - README.md
/// documents:           # relative paths with '/'; all values are strings
///   notulen/overleg-windesheim-2019-03.md:
///     type: minutes
///     programme: Windesheim
///     date: "2019-03-12"
///     format: markdown   # optional: forces the reader (a DocumentFormat raw value)
/// ```
/// `thema.csv`: a header `file,<key>,…` and one row per document (`,` or `;` separated; empty cells
/// set nothing).
///
/// ```swift
/// if let manifest = try Manifest.load(directory: folder) {
///   manifest.attributes(for: "notulen/overleg-windesheim-2019-03.md")   // ["programme": "Windesheim", …]
///   manifest.isIgnored("survey/antwoorden.csv")                         // true
/// }
/// ```
public struct Manifest: Sendable, Equatable {
  /// File name of the YAML manifest.
  public static let yamlName = "thema.yaml"
  /// File name of the CSV manifest.
  public static let csvName = "thema.csv"
  /// Every file name read as a manifest (and never imported as a document).
  public static let fileNames = [yamlName, "thema.yml", csvName]

  /// Attributes for every document of the folder.
  public var defaults: [String: String]
  /// Ignore patterns as written.
  public var ignore: [String]
  /// Attributes per relative path (normalised: '/' separators, no leading "./").
  public var documents: [String: [String: String]]
  /// The manifest file the values came from (for messages).
  public var file: String

  /// A manifest with the given parts (paths in `documents` should already be normalised).
  public init(
    defaults: [String: String] = [:], ignore: [String] = [],
    documents: [String: [String: String]] = [:],
    file: String
  ) {
    self.defaults = defaults
    self.ignore = ignore
    self.documents = documents
    self.file = file
  }

  // MARK: - Loading

  /// The manifest of `directory`, or `nil` when it has none.
  /// `thema.yml` is accepted as a spelling of `thema.yaml`; more than one manifest is an error.
  public static func load(directory: URL) throws -> Manifest? {
    let present = fileNames.map { directory.appendingPathComponent($0) }.filter {
      FileManager.default.fileExists(atPath: $0.path)
    }
    guard let url = present.first else { return nil }
    if present.count > 1 { throw ManifestError.conflicting(directory: directory.path) }
    if url.lastPathComponent == csvName { return try parse(csv: read(url), file: url.path) }
    return try parse(yaml: read(url), file: url.path)
  }

  static func read(_ url: URL) throws -> String {
    do {
      let data = try Data(contentsOf: url)
      // Spreadsheet programs write Windows-1252 or UTF-8 with a byte order mark: decode as originals.
      return try TextDecoder.decode(data, name: url.path).text
    } catch let error as IngestError {
      throw ManifestError.unreadable(file: url.path, reason: error.localizedDescription)
    } catch {
      throw ManifestError.unreadable(file: url.path, reason: error.localizedDescription)
    }
  }

  // MARK: - Questions

  /// The attributes of the document at `relativePath`: the defaults, overridden by its own entry.
  /// The reserved keys `format` and `transcriber-turns` are not attributes (see `format(for:)`,
  /// `transcriberTurns(for:)`).
  public func attributes(for relativePath: String) -> [String: String] {
    var result = defaults
    if let own = documents[Self.normalise(relativePath)] {
      result.merge(own) { _, new in new }
    }
    result["format"] = nil
    result[Self.transcriberTurnsKey] = nil
    return result
  }

  /// The reserved key that says how Transcriber turns become segments (`sync` or `whole`).
  public static let transcriberTurnsKey = "transcriber-turns"

  /// How the manifest wants the document's Transcriber turns segmented, if it says (the value was
  /// checked when the manifest was read).
  public func transcriberTurns(for relativePath: String) -> TranscriberReader.TurnSegments? {
    let value = documents[Self.normalise(relativePath)]?[Self.transcriberTurnsKey] ?? defaults[Self.transcriberTurnsKey]
    return value.flatMap(TranscriberReader.TurnSegments.init(rawValue:))
  }

  /// The reader the manifest forces for the document, if any.
  public func format(for relativePath: String) -> DocumentFormat? {
    let value = documents[Self.normalise(relativePath)]?["format"] ?? defaults["format"]
    return value.flatMap(DocumentFormat.init(rawValue:))
  }

  /// Whether the document at `relativePath` is not to be imported. The manifest files themselves
  /// are always ignored. A pattern ending in '/' ignores a folder; '*' matches within one path
  /// component and '?' one character; a pattern without '/' also matches a file name or folder
  /// name at any depth.
  public func isIgnored(_ relativePath: String) -> Bool {
    let path = Self.normalise(relativePath)
    if Self.fileNames.contains(path) { return true }
    let components = path.split(separator: "/").map(String.init)
    for raw in ignore {
      var pattern = Self.normalise(raw)
      let folder = pattern.hasSuffix("/")
      if folder { pattern.removeLast() }
      guard !pattern.isEmpty else { continue }
      let patternParts = pattern.split(separator: "/").map(String.init)
      if pattern.contains("/") {
        // Anchored at the folder of the manifest.
        let n = patternParts.count
        guard components.count >= n + (folder ? 1 : 0) else { continue }
        // The file itself, or anything inside the folder the pattern names.
        if zip(patternParts, components.prefix(n)).allSatisfy({ Glob.matches($1, pattern: $0) }) {
          return true
        }
      } else {
        // A name at any depth: for a folder pattern any folder of the path, otherwise any part.
        let candidates = folder ? components.dropLast() : components[...]
        if candidates.contains(where: { Glob.matches($0, pattern: pattern) }) { return true }
      }
    }
    return false
  }

  /// '/' separators, no leading "./" or "/".
  static func normalise(_ path: String) -> String {
    var p = path.replacingOccurrences(of: "\\", with: "/")
    while p.hasPrefix("./") { p.removeFirst(2) }
    while p.hasPrefix("/") { p.removeFirst() }
    return p
  }
}
