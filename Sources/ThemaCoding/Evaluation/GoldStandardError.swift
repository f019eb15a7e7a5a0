import Foundation

/// Why a gold standard could not be read, checked or resolved against a project. Every case names the
/// gold file and, where there is one, the line and column (`file:line:column: …`, as compilers do).
public enum GoldStandardError: LocalizedError, Sendable, Hashable {
  /// The file could not be read (`GoldStandardReader.read(contentsOf:)`).
  case unreadable(file: String, reason: String)
  /// The file is not valid YAML (Yams' parser message, with its line and column when it gives one).
  case invalidYAML(file: String, place: GoldPlace?, reason: String)
  /// A value has the wrong shape or an impossible value (a list where text belongs, split `maybe`, a
  /// negative ordinal).
  case invalidValue(file: String, place: GoldPlace?, reason: String)
  /// A required field (`documents`, `document`, `split`, `coder`, `segments`, `ordinal`, `text`,
  /// `concepts`) is missing from the entry starting at `place`.
  case missingField(file: String, place: GoldPlace?, field: String, entry: String)
  /// The same document is coded twice in one file.
  case duplicateDocument(file: String, place: GoldPlace, document: String, firstLine: Int)
  /// The same ordinal appears twice in one document.
  case duplicateOrdinal(file: String, place: GoldPlace, document: String, ordinal: Int, firstLine: Int)
  /// A segment names a concept id the codebook does not have (`GoldStandard.check(concepts:codebookName:)`).
  case unknownConcept(
    file: String, place: GoldPlace, concept: String, document: String, ordinal: Int, codebook: String)
  /// A gold document is not in the project (`GoldResolver`).
  case documentNotFound(file: String, place: GoldPlace, document: String)
  /// A gold segment's text check matches neither its ordinal nor any other segment of the document
  /// (`GoldResolver`).
  case segmentNotFound(file: String, place: GoldPlace, document: String, ordinal: Int, text: String, found: String?)
  /// Two gold entries resolve to the same segment of the project (`GoldResolver`).
  case sameSegmentTwice(file: String, place: GoldPlace, document: String, ordinal: Int, firstLine: Int)
  /// Several problems at once, in file order.
  case several([GoldStandardError])

  /// nil for no errors, the error itself for one, `.several` for more.
  static func combined(_ errors: [GoldStandardError]) -> GoldStandardError? {
    switch errors.count {
    case 0: nil
    case 1: errors[0]
    default: .several(errors)
    }
  }

  public var errorDescription: String? {
    func at(_ file: String, _ place: GoldPlace?) -> String { place.map { "\(file):\($0)" } ?? file }
    switch self {
    case .unreadable(let file, let reason):
      return "Cannot read gold standard \(file): \(reason)"
    case .invalidYAML(let file, let place, let reason):
      return "\(at(file, place)): not valid YAML: \(reason)"
    case .invalidValue(let file, let place, let reason):
      return "\(at(file, place)): \(reason)"
    case .missingField(let file, let place, let field, let entry):
      return "\(at(file, place)): \(entry) has no \(field)"
    case .duplicateDocument(let file, let place, let document, let firstLine):
      return "\(at(file, place)): document \(document) is coded twice (first at line \(firstLine))"
    case .duplicateOrdinal(let file, let place, let document, let ordinal, let firstLine):
      return "\(at(file, place)): \(document): ordinal \(ordinal) is coded twice (first at line \(firstLine))"
    case .unknownConcept(let file, let place, let concept, let document, let ordinal, let codebook):
      return "\(at(file, place)): \(document) ordinal \(ordinal): unknown concept id \"\(concept)\" "
        + "(not in codebook \(codebook))"
    case .documentNotFound(let file, let place, let document):
      return "\(at(file, place)): document \(document) is not in the project (see thema documents)"
    case .segmentNotFound(let file, let place, let document, let ordinal, let text, let found):
      return "\(at(file, place)): \(document) ordinal \(ordinal): no segment of the document starts with "
        + "\"\(text)\"" + (found.map { " (ordinal \(ordinal) now starts with \"\($0)\")" } ?? " (the document has no such ordinal)")
    case .sameSegmentTwice(let file, let place, let document, let ordinal, let firstLine):
      return "\(at(file, place)): \(document) ordinal \(ordinal) resolves to the same segment as the entry "
        + "at line \(firstLine)"
    case .several(let errors):
      return "\(errors.count) problems:\n"
        + errors.map { "  " + ($0.errorDescription ?? "\($0)") }.joined(separator: "\n")
    }
  }
}
