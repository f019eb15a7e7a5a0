import Foundation
import ThemaLanguage
import ThemaYAML
import Yams

/// The result of reading a codebook: the codebook as far as it could be read, and every issue found.
public struct CodebookReadResult: Sendable, Hashable {
  /// The codebook (concepts with problems are kept as written, so `check` can report on all of them).
  public var codebook: Codebook
  /// Problems in reading order, then the validation's findings.
  public var issues: [CodebookIssue]

  /// Whether any issue is an error.
  public var hasErrors: Bool { issues.contains { $0.severity == .error } }
}

/// Reads a codebook from YAML, keeping the line of every concept and indicator (Yams node marks) so that
/// problems are reported where they are, and validates it (`CodebookValidator`).
///
/// ```swift
/// let result = try CodebookReader().read(contentsOf: "Codebooks/mli.yaml")
/// if result.hasErrors { result.issues.forEach { print($0) } }
/// let codebook = result.codebook
/// ```
public struct CodebookReader: Sendable {
  public init() {}

  // MARK: - Entry points

  /// Reads and validates the codebook file at `path`.
  public func read(contentsOf path: String) throws(CodebookError) -> CodebookReadResult {
    let yaml: String
    do { yaml = try YAMLText.read(contentsOf: path) } catch { throw .unreadable(path: path, reason: error.reason) }
    return try read(yaml: yaml, file: path)
  }

  /// Reads and validates codebook YAML; `file` names it in issues.
  public func read(yaml: String, file: String? = nil) throws(CodebookError) -> CodebookReadResult {
    let root: Node?
    do {
      root = try YAMLText.compose(yaml)
    } catch {
      throw .invalidYAML(file: file, line: error.line, column: error.column, reason: error.reason)
    }
    guard let root, case .mapping(let top) = root else {
      throw .notACodebook(file: file, line: root?.mark?.line)
    }
    var state = ReadState(file: file)
    let codebook = state.codebook(top)
    let issues = state.issues + CodebookValidator().validate(codebook, file: file)
    return CodebookReadResult(codebook: codebook, issues: issues)
  }
}

// MARK: - Reading state

/// Walks the node tree, collecting issues. Not shared between threads.
private struct ReadState {
  let file: String?
  var issues: [CodebookIssue] = []
  var concepts: [Concept] = []

  init(file: String?) { self.file = file }

  mutating func issue(
    _ severity: CodebookIssue.Severity, _ kind: CodebookIssue.Kind, _ message: String, at node: Node?,
    concept: String? = nil
  ) {
    issues.append(
      CodebookIssue(
        severity, kind, message, file: file, line: node?.mark?.line, column: node?.mark?.column,
        conceptId: concept))
  }

  // MARK: Scalars

  mutating func string(_ node: Node?, key: String) -> String? {
    guard let node else { return nil }
    guard case .scalar(let scalar) = node else {
      issue(.error, .invalidValue, "\(key) must be text", at: node)
      return nil
    }
    return scalar.string
  }

  mutating func bool(_ node: Node, key: String) -> Bool? {
    switch string(node, key: key)?.lowercased() {
    case "true", "yes", "ja", "on": return true
    case "false", "no", "nee", "off": return false
    case let other:
      issue(.error, .invalidValue, "\(key) must be true or false, not \(other ?? "nothing")", at: node)
      return nil
    }
  }

  /// The items of a sequence (a single scalar counts as a one-item list).
  mutating func items(_ node: Node, key: String) -> [Node] {
    switch node {
    case .sequence(let sequence): return Array(sequence)
    case .scalar: return [node]
    default:
      issue(.error, .invalidValue, "\(key) must be a list", at: node)
      return []
    }
  }

  // MARK: Codebook

  mutating func codebook(_ top: Node.Mapping) -> Codebook {
    var name: String?
    var version = "0"
    var language = Language.dutch
    var author: String?
    var description: String?
    var dimensions: [Dimension] = []
    var uncodedSections: [Indicator] = []
    for (keyNode, value) in top {
      let key = keyNode.string ?? ""
      switch key {
      case "name": name = string(value, key: key)
      case "version": version = string(value, key: key) ?? version
      case "language":
        if let raw = string(value, key: key) {
          if let parsed = Language(rawValue: raw.lowercased()) {
            language = parsed
          } else {
            issue(.error, .invalidValue, "language must be nl or en, not \(raw)", at: value)
          }
        }
      case "author": author = string(value, key: key)
      case "description": description = string(value, key: key)
      case "dimensions":
        for item in items(value, key: key) {
          if let dimension = dimension(item) { dimensions.append(dimension) }
        }
      case "uncoded-sections", "skip-sections":
        for item in items(value, key: key) {
          guard let pattern = indicator(item, concept: key) else { continue }
          if pattern.scopes != [.text] || !pattern.exclusions.isEmpty || !pattern.conditions.isEmpty {
            issue(.warning, .invalidValue, "\(key) are matched in headings only, without in:, not: or with: options", at: item)
          }
          uncodedSections.append(pattern)
        }
      default:
        issue(.warning, .unknownKey, "unknown key \(key) (ignored)", at: keyNode)
      }
    }
    if name == nil {
      issue(.error, .missingField, "the codebook has no name", at: nil)
    }
    if dimensions.isEmpty {
      issue(.error, .missingField, "the codebook has no dimensions", at: nil)
    }
    // `indicators-nl:` in a Dutch codebook is the codebook's language: the same as `indicators:`.
    for c in concepts.indices {
      for i in concepts[c].indicators.indices where concepts[c].indicators[i].language == language {
        concepts[c].indicators[i].language = nil
      }
      for i in concepts[c].exclusions.indices where concepts[c].exclusions[i].language == language {
        concepts[c].exclusions[i].language = nil
      }
    }
    var codebook = Codebook(
      name: name ?? "unnamed", version: version, language: language, author: author, description: description,
      dimensions: dimensions, concepts: concepts)
    codebook.uncodedSections = uncodedSections
    return codebook
  }

  // MARK: Dimensions

  mutating func dimension(_ node: Node) -> Dimension? {
    guard case .mapping(let mapping) = node else {
      issue(.error, .invalidValue, "a dimension must be a mapping with id, label and concepts", at: node)
      return nil
    }
    var id: String?
    var label: String?
    var description: String?
    var conceptNodes: [Node] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "id": id = string(value, key: key)
      case "label": label = string(value, key: key)
      case "description": description = string(value, key: key)
      case "concepts": conceptNodes = items(value, key: key)
      default: issue(.warning, .unknownKey, "unknown key \(key) in a dimension (ignored)", at: keyNode)
      }
    }
    guard let id, !id.isEmpty else {
      issue(.error, .missingField, "a dimension has no id", at: node)
      return nil
    }
    for conceptNode in conceptNodes { concept(conceptNode, dimension: id, parent: nil) }
    return Dimension(id: id, label: label ?? id, description: description, line: node.mark?.line)
  }

  // MARK: Concepts

  mutating func concept(_ node: Node, dimension: String, parent: String?) {
    guard case .mapping(let mapping) = node else {
      issue(.error, .invalidValue, "a concept must be a mapping with at least an id", at: node)
      return
    }
    var concept = Concept(id: "", label: "", dimension: dimension, parent: parent, line: node.mark?.line)
    var children: [Node] = []
    var indicatorNodes: [Node] = []
    var exclusionNodes: [Node] = []
    // `indicators-en:` / `exclude-en:`: for the documents in that language (see `Indicator.language`).
    var languageNodes: [(nodes: [Node], language: Language, exclusion: Bool)] = []
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      if let (base, code) = Self.languageKey(key), let language = Language(rawValue: code) {
        languageNodes.append((items(value, key: key), language, base != "indicators"))
        continue
      }
      switch key {
      case "id":
        concept.id = string(value, key: key) ?? ""
        concept.line = value.mark?.line ?? concept.line
      case "label": concept.label = string(value, key: key) ?? ""
      case "parent": concept.parent = string(value, key: key)
      case "definition": concept.definition = string(value, key: key)
      case "when-to-use", "use": concept.whenToUse = string(value, key: key)
      case "when-not-to-use", "avoid": concept.whenNotToUse = string(value, key: key)
      case "example": concept.example = string(value, key: key)
      case "indicators", "terms": indicatorNodes += items(value, key: key)
      case "exclude", "not": exclusionNodes += items(value, key: key)
      case "children": children = items(value, key: key)
      default:
        let known = Language.allCases.map(\.rawValue).joined(separator: ", ")
        let hint = Self.languageKey(key) != nil ? " (the language must be one of \(known))" : ""
        issue(.warning, .unknownKey, "unknown key \(key) in a concept (ignored)\(hint)", at: keyNode)
      }
    }
    if concept.id.isEmpty {
      issue(.error, .missingField, "a concept has no id", at: node)
      concept.id = "line-\(node.mark?.line ?? 0)"
    }
    if concept.label.isEmpty { concept.label = concept.id }
    concept.indicators = indicatorNodes.compactMap { indicator($0, concept: concept.id) }
    var exclusions = exclusionNodes.compactMap { node in indicator(node, concept: concept.id).map { ($0, node) } }
    for (nodes, language, exclusion) in languageNodes {
      for node in nodes {
        guard var read = indicator(node, concept: concept.id) else { continue }
        read.language = language
        if exclusion { exclusions.append((read, node)) } else { concept.indicators.append(read) }
      }
    }
    concept.exclusions = exclusions.map(\.0)
    for (exclusion, node) in exclusions where exclusion.scopes != [.text] {
      issue(
        .warning, .invalidValue,
        "in: has no effect on an exclusion (it applies where its indicator matched): \(exclusion.display)",
        at: node, concept: concept.id)
    }
    concepts.append(concept)
    for child in children { self.concept(child, dimension: dimension, parent: concept.id) }
  }

  /// `indicators-en` → ("indicators", "en"), `exclude-en` → ("exclude", "en"); nil for other keys.
  static func languageKey(_ key: String) -> (base: String, code: String)? {
    for base in ["indicators", "exclude"] where key.hasPrefix(base + "-") {
      return (base, String(key.dropFirst(base.count + 1)))
    }
    return nil
  }

  // MARK: Indicators

  mutating func indicator(_ node: Node, concept: String) -> Indicator? {
    let line = node.mark?.line
    let column = node.mark?.column
    switch node {
    case .scalar(let scalar):
      // A double-quoted YAML scalar ("MLI") is an exact form, as is a quoted text inside single quotes
      // ('"MLI"'); a double-quoted text with spaces stays a phrase.
      if scalar.style == .doubleQuoted, !scalar.string.contains(where: \.isWhitespace), !scalar.string.isEmpty {
        return Indicator(kind: .exact, text: scalar.string, line: line, column: column)
      }
      return Indicator(shorthand: scalar.string, line: line, column: column)
    case .mapping(let mapping):
      var result: Indicator?
      var options: [(String, Node, Node)] = []
      for (keyNode, value) in mapping {
        let key = keyNode.string ?? ""
        let kind: Indicator.Kind?
        switch key {
        case "term": kind = .term
        case "exact": kind = .exact
        case "phrase": kind = .phrase
        case "wildcard", "prefix", "suffix": kind = nil
        default:
          options.append((key, keyNode, value))
          continue
        }
        guard let text = string(value, key: key) else { continue }
        if result != nil {
          issue(.error, .invalidValue, "an indicator has two patterns; write one per list item", at: keyNode,
            concept: concept)
          continue
        }
        if let kind {
          result = Indicator(kind: kind, text: text, line: line, column: column)
        } else {
          var wildcard = Indicator(shorthand: text, line: line, column: column)
          if wildcard.kind != .prefix && wildcard.kind != .suffix {
            issue(.error, .invalidValue, "a wildcard needs * at its start or end: \(text)", at: value,
              concept: concept)
            wildcard.kind = key == "suffix" ? .suffix : .prefix
          }
          result = wildcard
        }
      }
      guard var indicator = result else {
        issue(.error, .missingField, "an indicator needs one of term, exact, phrase or wildcard", at: node,
          concept: concept)
        return nil
      }
      var gapSet = false
      for (key, keyNode, value) in options {
        switch key {
        case "compound":
          let raw = string(value, key: key) ?? ""
          if let rule = Indicator.CompoundRule(rawValue: raw.lowercased()) {
            indicator.compound = rule
          } else if let flag = bool(value, key: key) {
            indicator.compound = flag ? .both : .none
          }
        case "stem", "stemming": if let flag = bool(value, key: key) { indicator.stemming = flag }
        case "lemma", "family": if let flag = bool(value, key: key) { indicator.lemma = flag }
        case "gap":
          if let raw = string(value, key: key), let gap = Int(raw) {
            indicator.gap = gap
            gapSet = true
          } else {
            issue(.error, .invalidValue, "gap must be a whole number of words", at: value, concept: concept)
          }
        case "case":
          switch string(value, key: key)?.lowercased() {
          case "sensitive": indicator.caseSensitive = true
          case "insensitive", "ignore": indicator.caseSensitive = false
          default: issue(.error, .invalidValue, "case must be sensitive or insensitive", at: value, concept: concept)
          }
        case "not", "exclude":
          indicator.exclusions += items(value, key: key).compactMap { self.indicator($0, concept: concept) }
        case "with", "requires":
          indicator.conditions += items(value, key: key).compactMap { self.indicator($0, concept: concept) }
        case "in", "scope":
          if let scopes = scopes(value, key: key, concept: concept) { indicator.scopes = scopes }
        default:
          issue(.warning, .unknownKey, "unknown key \(key) in an indicator (ignored)", at: keyNode, concept: concept)
        }
      }
      for part in indicator.exclusions + indicator.conditions where part.scopes != [.text] {
        issue(
          .warning, .invalidValue,
          "in: has no effect on an exclusion or condition (it applies where its indicator matched): \(part.display)",
          at: node, concept: concept)
      }
      if gapSet, indicator.kind == .phrase, !indicator.text.contains("…"), !indicator.text.contains("...") {
        // `gap` without a marked place: a gap may occur between every two words.
        indicator.text = indicator.phraseWords().map(\.word).joined(separator: " … ")
      }
      return indicator
    default:
      issue(.error, .invalidValue, "an indicator must be text or a mapping", at: node, concept: concept)
      return nil
    }
  }

  // MARK: Scopes

  /// The scopes of `in:` (one value or a list), or nil after reporting an invalid one.
  mutating func scopes(_ node: Node, key: String, concept: String) -> [IndicatorScope]? {
    var result: [IndicatorScope] = []
    for item in items(node, key: key) {
      guard let raw = string(item, key: key) else { return nil }
      guard let scope = IndicatorScope(parsing: raw) else {
        issue(
          .error, .invalidValue,
          "\(key) must be text, heading, lead-in or attribute NAME (or a list of these), not \(raw)", at: item,
          concept: concept)
        return nil
      }
      if !result.contains(scope) { result.append(scope) }
    }
    if result.isEmpty {
      issue(.error, .invalidValue, "\(key) names no place to look", at: node, concept: concept)
      return nil
    }
    return result
  }
}
