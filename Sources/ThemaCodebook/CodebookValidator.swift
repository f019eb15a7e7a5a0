import ThemaLanguage

/// Checks a codebook for problems a coder would not notice until the results look wrong: duplicate ids,
/// unknown or cyclic parents, empty concepts, terms shared by two concepts of one dimension, and patterns
/// that can never match (a term the tokenizer splits into several words, an empty phrase, a bare `*`).
///
/// ```swift
/// let issues = CodebookValidator().validate(codebook, file: "mli.yaml")
/// ```
public struct CodebookValidator: Sendable {
  let tokenizer = DutchTokenizer()

  public init() {}

  /// Every problem of `codebook`, in file order per check.
  public func validate(_ codebook: Codebook, file: String? = nil) -> [CodebookIssue] {
    var issues: [CodebookIssue] = []
    checkIds(codebook, file: file, into: &issues)
    checkParents(codebook, file: file, into: &issues)
    checkEmpty(codebook, file: file, into: &issues)
    checkShared(codebook, file: file, into: &issues)
    for concept in codebook.concepts {
      for indicator in concept.indicators + concept.exclusions {
        checkPattern(indicator, concept: concept.id, file: file, into: &issues)
      }
    }
    return issues
  }

  // MARK: - Ids and hierarchy

  func checkIds(_ codebook: Codebook, file: String?, into issues: inout [CodebookIssue]) {
    var seen: [String: Int?] = [:]
    for dimension in codebook.dimensions {
      if let first = seen[dimension.id] {
        issues.append(
          CodebookIssue(
            .error, .duplicateId, "duplicate dimension id \"\(dimension.id)\"\(Self.firstAt(first))", file: file,
            line: dimension.line))
      } else {
        seen[dimension.id] = dimension.line
      }
    }
    var concepts: [String: Int?] = [:]
    for concept in codebook.concepts {
      if let first = concepts[concept.id] {
        issues.append(
          CodebookIssue(
            .error, .duplicateId, "duplicate concept id \"\(concept.id)\"\(Self.firstAt(first))", file: file,
            line: concept.line, conceptId: concept.id))
      } else {
        concepts[concept.id] = concept.line
      }
    }
  }

  static func firstAt(_ line: Int??) -> String {
    if let line = line ?? nil { return " (first defined on line \(line))" }
    return ""
  }

  func checkParents(_ codebook: Codebook, file: String?, into issues: inout [CodebookIssue]) {
    var byId: [String: Concept] = [:]
    for concept in codebook.concepts where byId[concept.id] == nil { byId[concept.id] = concept }
    for concept in codebook.concepts {
      guard let parent = concept.parent else { continue }
      guard let parentConcept = byId[parent] else {
        issues.append(
          CodebookIssue(
            .error, .unknownParent, "concept \"\(concept.id)\" has unknown parent \"\(parent)\"", file: file,
            line: concept.line, conceptId: concept.id))
        continue
      }
      if parentConcept.dimension != concept.dimension {
        issues.append(
          CodebookIssue(
            .error, .unknownParent,
            "concept \"\(concept.id)\" has parent \"\(parent)\" in another dimension (\(parentConcept.dimension))",
            file: file, line: concept.line, conceptId: concept.id))
      }
      // Walk up; a path longer than the number of concepts is a cycle.
      var current: String? = parent
      var steps = 0
      while let id = current, steps <= codebook.concepts.count {
        if id == concept.id {
          issues.append(
            CodebookIssue(
              .error, .parentCycle, "concept \"\(concept.id)\" is its own ancestor", file: file,
              line: concept.line, conceptId: concept.id))
          break
        }
        current = byId[id]?.parent
        steps += 1
      }
    }
  }

  func checkEmpty(_ codebook: Codebook, file: String?, into issues: inout [CodebookIssue]) {
    let parents = Set(codebook.concepts.compactMap(\.parent))
    for concept in codebook.concepts where concept.indicators.isEmpty && !parents.contains(concept.id) {
      issues.append(
        CodebookIssue(
          .warning, .emptyConcept,
          "concept \"\(concept.id)\" has no indicators and no children: it can only be coded by hand",
          file: file, line: concept.line, conceptId: concept.id))
    }
  }

  // MARK: - Shared terms

  /// Terms shared by two concepts of the same dimension (across dimensions sharing is by design: a
  /// segment is coded on every dimension at once).
  func checkShared(_ codebook: Codebook, file: String?, into issues: inout [CodebookIssue]) {
    var owners: [String: (concept: String, line: Int?)] = [:]
    for concept in codebook.concepts {
      var own: Set<String> = []
      for indicator in concept.indicators {
        let key = concept.dimension + "\u{1F}" + indicator.kind.rawValue + "\u{1F}"
          + (indicator.kind == .exact && indicator.caseSensitive ? indicator.text : indicator.text.lowercased())
        guard own.insert(key).inserted else { continue }
        if let first = owners[key], first.concept != concept.id {
          issues.append(
            CodebookIssue(
              .warning, .sharedTerm,
              "\(indicator.display) is an indicator of both \"\(first.concept)\""
                + "\(first.line.map { " (line \($0))" } ?? "") and \"\(concept.id)\" in dimension "
                + "\"\(concept.dimension)\"",
              file: file, line: indicator.line, column: indicator.column, conceptId: concept.id))
        } else if owners[key] == nil {
          owners[key] = (concept.id, indicator.line)
        }
      }
    }
  }

  // MARK: - Patterns

  func checkPattern(_ indicator: Indicator, concept: String, file: String?, into issues: inout [CodebookIssue]) {
    func report(_ severity: CodebookIssue.Severity, _ kind: CodebookIssue.Kind, _ message: String) {
      issues.append(
        CodebookIssue(
          severity, kind, message, file: file, line: indicator.line, column: indicator.column, conceptId: concept))
    }
    let text = indicator.text
    switch indicator.kind {
    case .term, .exact, .prefix, .suffix:
      if text.isEmpty || text.allSatisfy(\.isWhitespace) {
        report(.error, .neverMatches, "\(indicator.display) can never match: it is empty")
        return
      }
      if text.contains("*") {
        report(.error, .neverMatches, "\(indicator.display) can never match: * is only allowed at the start or end")
        return
      }
      let words = tokenizer.tokenize(text)
      if words.count != 1 || words[0].kind == .punctuation {
        let pieces = words.map { $0.text(in: text) }.joined(separator: " | ")
        report(
          .error, .neverMatches,
          "\(indicator.display) can never match: the tokenizer splits it into \(words.count) tokens "
            + "(\(pieces)); write it as a phrase")
        return
      }
      if indicator.kind == .prefix || indicator.kind == .suffix, text.count < 3 {
        report(.warning, .tooBroad, "\(indicator.display) matches almost any word; use at least three letters")
      }
      if indicator.kind == .term, text.count < 3, indicator.compound != .none {
        report(.warning, .tooBroad, "\(indicator.display) is very short for compound matching; set compound: none")
      }
    case .phrase:
      let words = indicator.phraseWords()
      if words.isEmpty {
        report(.error, .neverMatches, "phrase \"\(text)\" can never match: it has no words")
        return
      }
      if words.count == 1 {
        report(.warning, .invalidValue, "phrase \"\(text)\" has one word; write it as a term")
      }
      if indicator.gap < 0 {
        report(.error, .neverMatches, "phrase \"\(text)\" can never match: gap \(indicator.gap) is negative")
      }
      for word in words {
        let tokens = tokenizer.tokenize(word.word)
        if tokens.count != 1 || tokens[0].kind == .punctuation {
          report(
            .error, .neverMatches,
            "phrase \"\(text)\" can never match: \"\(word.word)\" is not one word for the tokenizer")
        }
      }
    }
    for nested in indicator.exclusions + indicator.conditions {
      checkPattern(nested, concept: concept, file: file, into: &issues)
    }
  }
}
