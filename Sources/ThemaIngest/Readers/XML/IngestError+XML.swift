import Foundation
import ThemaXML

extension IngestError {
  /// The ingestion error for an XML parse error (a malformed file keeps its line and column).
  init(_ error: XMLParseError) {
    switch error {
    case .malformed(let file, let line, let column, let message):
      self = .malformed(file: file, line: line, column: column, reason: message.trimmingCharacters(in: CharacterSet(charactersIn: ". \n")))
    case .unavailable(let file, let reason): self = .invalid(file: file, reason: reason)
    case .invalidXPath(let file, let expression): self = .invalid(file: file, reason: "invalid XPath expression '\(expression)'")
    }
  }
}
