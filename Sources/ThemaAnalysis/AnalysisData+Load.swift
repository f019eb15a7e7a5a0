import Crypto
import Foundation
import GRDB
import ThemaStore

// MARK: - Loading

extension AnalysisData {
  /// Loads the current versions, their segments and the codings of one codebook that count.
  ///
  /// - Parameters:
  ///   - codebook: the codebook's name; nil takes the one applied last.
  ///   - scope: which codings count (see `CodingScope`).
  ///
  /// ```swift
  /// let data = try AnalysisData.load(from: try Project.open(at: "thema.sqlite"))
  /// print(data.scope.note)
  /// ```
  public static func load(
    from project: Project, codebook: String? = nil, scope: CodingScopeRequest = .automatic
  ) throws -> AnalysisData {
    try project.database.read { db in
      try load(db, projectPath: project.path, codebookName: codebook, request: scope)
    }
  }

  static func load(
    _ db: Database, projectPath: String, codebookName: String?, request: CodingScopeRequest
  ) throws -> AnalysisData {
    let codebook = try fetchCodebook(db, projectPath: projectPath, name: codebookName)
    let concepts = try Row.fetchAll(
      db,
      sql: """
        SELECT conceptId, label, parentId, dimension, definition, ordinal FROM concept
        WHERE codebookId = ? ORDER BY ordinal, conceptId
        """, arguments: [codebook.id]
    ).map { row in
      ConceptTree.Concept(
        id: row[0], label: row[1], parentId: row[2], dimension: row[3], definition: row[4],
        ordinal: row[5])
    }
    let tree = ConceptTree(concepts: concepts)
    var warnings = tree.warnings
    let scope = try resolveScope(db, codebookId: codebook.id, request: request)

    var (documents, projectHash) = try fetchDocuments(db)
    var segments = try fetchSegments(db, documents: &documents)
    let codings = try fetchCodings(
      db, codebookId: codebook.id, scope: scope.resolved, tree: tree, segments: &segments,
      warnings: &warnings)
    var data = AnalysisData(
      codebook: codebook, concepts: tree, scope: scope, documents: documents, segments: segments,
      codings: codings, projectHash: projectHash, warnings: warnings)
    data.derivePlacematCells()
    return data
  }

  // MARK: - Codebook and scope

  private static func fetchCodebook(_ db: Database, projectPath: String, name: String?) throws
    -> CodebookInfo
  {
    let all = try Row.fetchAll(
      db,
      sql: """
        SELECT id, name, version, language, sha256, sourcePath FROM codebook
        ORDER BY importedAt DESC, id DESC
        """
    ).map { row in
      CodebookInfo(
        id: row[0], name: row[1], version: row[2], language: row[3], sha256: row[4],
        sourcePath: row[5])
    }
    guard !all.isEmpty else { throw AnalysisError.noCodebook(project: projectPath) }
    guard let name else { return all[0] }
    guard let match = all.first(where: { $0.name == name }) ?? all.first(where: {
      $0.name.lowercased() == name.lowercased()
    }) else {
      throw AnalysisError.codebookNotFound(name: name, available: Array(Set(all.map(\.name))).sorted())
    }
    return match
  }

  private static func resolveScope(_ db: Database, codebookId: Int64, request: CodingScopeRequest)
    throws -> ResolvedScope
  {
    switch request {
    case .acceptedOnly:
      return ResolvedScope(resolved: .accepted, note: "only accepted codings count (as asked)")
    case .includeSuggestions:
      return ResolvedScope(
        resolved: .acceptedAndSuggested,
        note: "accepted codings and open suggestions count (as asked)")
    case .automatic:
      let reviewed =
        try Int.fetchOne(
          db,
          sql: """
            SELECT COUNT(*) FROM coding c \(CodingProvenance.join()) WHERE c.status IN ('accepted', 'rejected')
              AND (\(CodingProvenance.codebook()) = ? OR \(CodingProvenance.codebook()) IS NULL)
            """, arguments: [codebookId]) ?? 0
      if reviewed == 0 {
        return ResolvedScope(
          resolved: .acceptedAndSuggested,
          note: "nothing has been reviewed yet: automatic suggestions count as codes")
      }
      return ResolvedScope(
        resolved: .accepted,
        note: "\(reviewed) codings have been reviewed: only accepted codings count "
          + "(ask for suggestions to include open ones)")
    }
  }

  // MARK: - Documents and segments

  private static func fetchDocuments(_ db: Database) throws -> ([AnalysisDocument], String) {
    var attributes: [Int64: [String: String]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT documentId, key, value FROM documentAttribute") {
      attributes[row[0], default: [:]][row[1]] = row[2]
    }
    let documents = try Row.fetchAll(
      db,
      sql: """
        SELECT d.id, d.name, v.number, v.sha256 FROM document d
        JOIN documentVersion v ON v.documentId = d.id
          AND v.number = (SELECT MAX(number) FROM documentVersion w WHERE w.documentId = d.id)
        ORDER BY d.id
        """
    ).map { row -> AnalysisDocument in
      let id: Int64 = row[0]
      return AnalysisDocument(
        id: id, name: row[1], attributes: attributes[id] ?? [:], version: row[2], sha256: row[3],
        wordCount: 0, segments: 0..<0)
    }
    var hasher = SHA256()
    for document in documents.sorted(by: { $0.name < $1.name }) {
      hasher.update(data: Data("\(document.name)\t\(document.sha256)\n".utf8))
    }
    let hash = hasher.finalize().map { String(format: "%02x", $0) }.joined()
    return (documents, hash)
  }

  private static func fetchSegments(_ db: Database, documents: inout [AnalysisDocument]) throws
    -> [AnalysisSegment]
  {
    var documentIndex: [Int64: Int] = [:]
    for (index, document) in documents.enumerated() { documentIndex[document.id] = index }
    var headingCache: [String: [String]] = [:]
    var segments: [AnalysisSegment] = []
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT s.id, v.documentId, s.ordinal, s.kind, s.headingPath, s.text, s.start, s."end",
               s.speakerId, s.speakerName, s.attributes
        FROM segment s
        JOIN documentVersion v ON v.id = s.versionId
        JOIN (SELECT documentId, MAX(number) AS number FROM documentVersion GROUP BY documentId) c
          ON c.documentId = v.documentId AND c.number = v.number
        ORDER BY v.documentId, s.ordinal
        """)
    while let row = try cursor.next() {
      guard let document = documentIndex[row[1]] else { continue }
      let headingJSON: String = row[4]
      let headingPath: [String]
      if let cached = headingCache[headingJSON] {
        headingPath = cached
      } else {
        headingPath = decodeJSON([String].self, headingJSON) ?? []
        headingCache[headingJSON] = headingPath
      }
      var attributes: [String: String] = [:]
      if let json: String = row[10] { attributes = decodeJSON([String: String].self, json) ?? [:] }
      if let speakerId: String = row[8] {
        let name: String? = row[9]
        attributes["speaker"] = name ?? speakerId
      }
      let text: String = row[5]
      let words = WordCounter.count(text)
      let index = segments.count
      segments.append(
        AnalysisSegment(
          id: row[0], document: document, ordinal: row[2], kind: row[3], headingPath: headingPath,
          text: text, start: row[6], end: row[7], attributes: attributes, wordCount: words,
          codings: 0..<0))
      if documents[document].segments.isEmpty {
        documents[document].segments = index..<(index + 1)
      } else {
        documents[document].segments = documents[document].segments.lowerBound..<(index + 1)
      }
      documents[document].wordCount += words
    }
    return segments
  }

  private static func decodeJSON<T>(_ type: T.Type, _ text: String) -> T? {
    guard let data = text.data(using: .utf8) else { return nil }
    return (try? JSONSerialization.jsonObject(with: data)) as? T
  }

  // MARK: - Codings

  private static func fetchCodings(
    _ db: Database, codebookId: Int64, scope: CodingScope, tree: ConceptTree,
    segments: inout [AnalysisSegment], warnings: inout [String]
  ) throws -> [AnalysisCoding] {
    var segmentIndex: [Int64: Int] = [:]
    segmentIndex.reserveCapacity(segments.count)
    for (index, segment) in segments.enumerated() { segmentIndex[segment.id] = index }
    var conceptIndex: [String: Int] = [:]
    for node in tree.nodes { conceptIndex[node.id] = node.index }
    let placeholders = scope.statuses.map { "'\($0)'" }.joined(separator: ", ")
    let cursor = try Row.fetchCursor(
      db,
      sql: """
        SELECT c.id, c.segmentId, c.concept, c.start, c."end", c.originalStart, c.originalEnd, c.matchedForm,
               c.status, c.origin
        FROM coding c \(CodingProvenance.join())
        WHERE c.status IN (\(placeholders))
          AND (\(CodingProvenance.codebook()) = ? OR \(CodingProvenance.codebook()) IS NULL)
        """, arguments: [codebookId])
    var codings: [AnalysisCoding] = []
    var unknown: [String: Int] = [:]
    while let row = try cursor.next() {
      guard let segment = segmentIndex[row[1]] else { continue }  // an older version's coding
      let conceptId: String = row[2]
      guard let concept = conceptIndex[conceptId] else {
        unknown[conceptId, default: 0] += 1
        continue
      }
      codings.append(
        AnalysisCoding(
          id: row[0], segment: segment, concept: concept, start: row[3], end: row[4],
          originalStart: row[5], originalEnd: row[6], matchedForm: row[7], status: row[8],
          origin: row[9]))
    }
    for (concept, count) in unknown.sorted(by: { $0.key < $1.key }) {
      warnings.append(
        "\(count) coding(s) name concept '\(concept)', which the codebook does not define; not counted")
    }
    codings.sort { ($0.segment, $0.start, $0.end, $0.id) < ($1.segment, $1.start, $1.end, $1.id) }
    var position = 0
    while position < codings.count {
      let segment = codings[position].segment
      var end = position
      while end < codings.count && codings[end].segment == segment { end += 1 }
      segments[segment].codings = position..<end
      position = end
    }
    return codings
  }
}
