import Foundation
import ThemaCodebook
import ThemaYAML
import Yams

/// Reads a gold standard file (YAML: `codebook`, `corpus`, and `documents`, each with `document`, `split` dev/test, `coder` and `segments` of `ordinal`, `text`, `concepts`, optional `note`), keeping the line and column of
/// every document, segment and concept id (Yams node marks) for messages.
///
/// The reader checks the shape of the file (required fields, `split` dev or test, non-negative
/// ordinals, no document or ordinal coded twice) and reports every problem it finds at once
/// (`GoldStandardError.several`). Concept ids are checked against a codebook separately
/// (`GoldStandard.check(concepts:codebookName:)`), since the reader does not know the codebook.
///
/// ```swift
/// let gold = try GoldStandardReader().read(contentsOf: "Tests/Gold/mli-gold.yaml")
/// let gold2 = try GoldStandardReader().read(yaml: text, file: "inline.yaml")
/// ```
public struct GoldStandardReader: Sendable {
  public init() {}

  // MARK: - Entry points

  /// Reads the gold standard at `path`.
  public func read(contentsOf path: String) throws(GoldStandardError) -> GoldStandard {
    let yaml: String
    do { yaml = try YAMLText.read(contentsOf: path) } catch { throw .unreadable(file: path, reason: error.reason) }
    return try read(yaml: yaml, file: path)
  }

  /// Reads gold standard YAML; `file` names it in messages.
  public func read(yaml: String, file: String) throws(GoldStandardError) -> GoldStandard {
    let root: Node?
    do {
      root = try YAMLText.compose(yaml)
    } catch {
      let place = error.line.map { GoldPlace(line: $0, column: error.column ?? 0) }
      throw .invalidYAML(file: file, place: place, reason: error.reason)
    }
    guard let root, case .mapping(let top) = root else {
      throw .invalidValue(
        file: file, place: root.flatMap(Self.place),
        reason: "not a gold standard (expected a mapping with codebook, corpus and documents)")
    }
    var state = GoldReadState(file: file)
    let gold = state.goldStandard(top, at: root)
    if let error = GoldStandardError.combined(state.errors) { throw error }
    return gold
  }

  // MARK: - Helpers

  static func place(_ node: Node) -> GoldPlace? {
    node.mark.map { GoldPlace(line: $0.line, column: $0.column) }
  }
}

// MARK: - Reading state

/// Walks the node tree collecting errors and warnings. Not shared between threads.
private struct GoldReadState {
  let file: String
  var errors: [GoldStandardError] = []
  var warnings: [String] = []

  init(file: String) { self.file = file }

  func place(_ node: Node) -> GoldPlace {
    GoldStandardReader.place(node) ?? GoldPlace(line: 0, column: 0)
  }

  mutating func invalid(_ reason: String, at node: Node) {
    errors.append(.invalidValue(file: file, place: place(node), reason: reason))
  }

  mutating func warnUnknown(_ key: String, at node: Node, in entry: String) {
    warnings.append("\(file):\(place(node)): warning: unknown key \(key) in \(entry) (ignored)")
  }

  // MARK: Scalars

  mutating func text(_ node: Node, key: String) -> String? {
    guard case .scalar(let scalar) = node else {
      invalid("\(key) must be text", at: node)
      return nil
    }
    return scalar.string
  }

  /// True for a plain empty, `~` or `null` scalar.
  func isNull(_ node: Node) -> Bool {
    guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
  }

  // MARK: File

  mutating func goldStandard(_ top: Node.Mapping, at root: Node) -> GoldStandard {
    var codebook: String?
    var corpus: String?
    var documentsNode: Node?
    for (keyNode, value) in top {
      let key = keyNode.string ?? ""
      switch key {
      case "codebook": codebook = text(value, key: key)
      case "corpus": corpus = text(value, key: key)
      case "documents": documentsNode = value
      default: warnUnknown(key, at: keyNode, in: "the file")
      }
    }
    var documents: [GoldDocument] = []
    if let documentsNode {
      if case .sequence(let sequence) = documentsNode {
        var firstLine: [String: Int] = [:]
        for item in sequence {
          guard let document = document(item) else { continue }
          if let line = firstLine[document.name] {
            errors.append(
              .duplicateDocument(file: file, place: document.place, document: document.name, firstLine: line))
          } else {
            firstLine[document.name] = document.place.line
            documents.append(document)
          }
        }
      } else {
        invalid("documents must be a list of documents", at: documentsNode)
      }
    } else {
      errors.append(.missingField(file: file, place: place(root), field: "documents", entry: "the file"))
    }
    return GoldStandard(
      file: file, codebook: codebook, corpus: corpus, documents: documents, warnings: warnings)
  }

  // MARK: Documents

  mutating func document(_ node: Node) -> GoldDocument? {
    guard case .mapping(let mapping) = node else {
      invalid("a document must be a mapping with document, split, coder and segments", at: node)
      return nil
    }
    var name: String?
    var split: GoldSplit?
    var splitSeen = false
    var coder: String?
    var segmentsNode: Node?
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "document": name = text(value, key: key)
      case "split":
        splitSeen = true
        if let raw = text(value, key: key) {
          split = GoldSplit(rawValue: raw)
          if split == nil { invalid("split must be dev or test, not \"\(raw)\"", at: value) }
        }
      case "coder": coder = text(value, key: key)
      case "segments": segmentsNode = value
      case "note": break
      default: warnUnknown(key, at: keyNode, in: "a document")
      }
    }
    let entry = name.map { "document \($0)" } ?? "the document entry"
    var complete = true
    for (field, present) in [
      ("document", name != nil), ("split", splitSeen), ("coder", coder != nil), ("segments", segmentsNode != nil),
    ] where !present {
      errors.append(.missingField(file: file, place: place(node), field: field, entry: entry))
      complete = false
    }
    // The segments are read even when the document's own fields have problems, so that every
    // problem of the file is reported in one go.
    var segments: [GoldSegment] = []
    var firstLine: [Int: Int] = [:]
    var sequence: Node.Sequence?
    if let segmentsNode {
      if case .sequence(let items) = segmentsNode {
        sequence = items
      } else {
        invalid("segments of \(name ?? "a document") must be a list", at: segmentsNode)
      }
    }
    for item in sequence ?? Node.Sequence() {
      guard let segment = segment(item, document: name ?? "a document") else { continue }
      if let line = firstLine[segment.ordinal] {
        errors.append(
          .duplicateOrdinal(
            file: file, place: segment.place, document: name ?? "a document", ordinal: segment.ordinal, firstLine: line))
      } else {
        firstLine[segment.ordinal] = segment.place.line
        segments.append(segment)
      }
    }
    guard complete, sequence != nil, let name, let split, let coder else { return nil }
    return GoldDocument(name: name, split: split, coder: coder, segments: segments, place: place(node))
  }

  // MARK: Segments

  mutating func segment(_ node: Node, document: String) -> GoldSegment? {
    guard case .mapping(let mapping) = node else {
      invalid("a segment of \(document) must be a mapping with ordinal, text and concepts", at: node)
      return nil
    }
    var ordinal: Int?
    var ordinalSeen = false
    var text: String?
    var concepts: [String] = []
    var places: [GoldPlace] = []
    var conceptsSeen = false
    var note: String?
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "ordinal":
        ordinalSeen = true
        if let raw = self.text(value, key: key) {
          if let number = Int(raw), number >= 0 {
            ordinal = number
          } else {
            invalid("ordinal must be a whole number 0 or more, not \"\(raw)\"", at: value)
          }
        }
      case "text": text = self.text(value, key: key)
      case "concepts":
        conceptsSeen = true
        (concepts, places) = conceptList(value)
      case "note": note = self.text(value, key: key)
      default: warnUnknown(key, at: keyNode, in: "a segment")
      }
    }
    let entry = ordinal.map { "\(document) ordinal \($0)" } ?? "a segment of \(document)"
    var complete = true
    for (field, present) in [("ordinal", ordinalSeen), ("text", text != nil), ("concepts", conceptsSeen)]
    where !present {
      errors.append(.missingField(file: file, place: place(node), field: field, entry: entry))
      complete = false
    }
    guard complete, let ordinal, let text else { return nil }
    return GoldSegment(
      ordinal: ordinal, text: text, concepts: concepts, conceptPlaces: places, note: note, place: place(node))
  }

  /// The concept ids of a `concepts` value, each once; `concepts:` with nothing counts as `[]`.
  mutating func conceptList(_ node: Node) -> ([String], [GoldPlace]) {
    if isNull(node) { return ([], []) }
    guard case .sequence(let sequence) = node else {
      invalid("concepts must be a list of concept ids, e.g. [leren, meso]", at: node)
      return ([], [])
    }
    var concepts: [String] = []
    var places: [GoldPlace] = []
    for item in sequence {
      guard let id = text(item, key: "a concept id") else { continue }
      let trimmed = id.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else {
        invalid("a concept id is empty", at: item)
        continue
      }
      guard !concepts.contains(trimmed) else { continue }
      concepts.append(trimmed)
      places.append(place(item))
    }
    return (concepts, places)
  }
}
