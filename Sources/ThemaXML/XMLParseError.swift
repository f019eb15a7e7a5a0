import Foundation

/// Why XML could not be read. Every case names the file, and the line and column where there is one.
///
/// ```swift
/// do { _ = try XMLDocumentNode.parse(data, name: "interview.tei") }
/// catch let error as XMLParseError { print(error.localizedDescription) }
/// // "interview.tei:12:7: Opening and ending tag mismatch: u line 10 and p."
/// ```
public enum XMLParseError: LocalizedError, Equatable, Sendable {
  /// The bytes are not well-formed XML: libxml2's first error, at a 1-based line and column.
  case malformed(file: String, line: Int, column: Int, message: String)
  /// libxml2 could not start a parser for the file (out of memory, or larger than 2 GB).
  case unavailable(file: String, reason: String)
  /// An XPath expression could not be compiled or evaluated against the file.
  case invalidXPath(file: String, expression: String)

  /// The file the error is about.
  public var file: String {
    switch self {
    case .malformed(let file, _, _, _), .unavailable(let file, _), .invalidXPath(let file, _): file
    }
  }

  public var errorDescription: String? {
    switch self {
    case .malformed(let file, let line, let column, let message):
      "\(file):\(line):\(column): \(message)"
    case .unavailable(let file, let reason): "\(file): cannot parse the XML: \(reason)."
    case .invalidXPath(let file, let expression): "\(file): invalid XPath expression '\(expression)'."
    }
  }
}
