import Foundation

/// Reads one original file into segments.
///
/// ```swift
/// let doc = try PlainTextReader().read(data, name: "verslag.txt")
/// ```
public protocol DocumentReader: Sendable {
  /// Reads `data`, the exact bytes of the original named `name` (used in errors).
  func read(_ data: Data, name: String) throws -> IngestedDocument
}
