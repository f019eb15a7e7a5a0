import Foundation
import GRDB
import ThemaStore

/// Fills an empty project with generated documents, a codebook and codings, for benchmarks and
/// command-line tests: `groups` programmes, `concepts` concepts (themes with children; the first theme
/// holds micro/meso/macro as the level dimension), each document `segmentsPerDocument` Dutch-looking
/// segments with 0–3 automatic suggestions each. Deterministic for a seed.
///
/// ```swift
/// let project = try Project.open(at: "/tmp/bench.sqlite")
/// let summary = try SyntheticProject.generate(into: project, documents: 10_000, concepts: 300, groups: 20)
/// ```
public enum SyntheticProject {
  /// What was generated.
  public struct Summary: Sendable, Codable {
    public var documents: Int
    public var segments: Int
    public var concepts: Int
    public var codings: Int
    public var groups: Int
  }

  /// A small deterministic generator (SplitMix64).
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
  }

  static let words = [
    "de", "het", "een", "team", "school", "leraar", "leerlingen", "samen", "praktijk", "onderwijs",
    "werkt", "met", "in", "van", "voor", "klas", "collega's", "kennis", "vraag", "aanpak", "beleid",
    "ontwikkelt", "bespreekt", "deelt", "zoekt", "verbindt", "organisatie", "netwerk", "les", "kwaliteit",
  ]

  @discardableResult
  public static func generate(
    into project: Project, documents: Int, concepts: Int, groups: Int, segmentsPerDocument: Int = 10,
    seed: UInt64 = 42
  ) throws -> Summary {
    var random = Random(state: seed)
    let themeCount = max(1, min(concepts, max(1, concepts / 15)))
    var conceptRows: [(id: String, label: String, parent: String?, dimension: String?)] = []
    for t in 0..<themeCount {
      conceptRows.append((String(format: "t%02d", t), t == 0 ? "Niveau" : "Thema \(t)", nil, nil))
    }
    var child = 0
    while conceptRows.count < concepts {
      let theme = child % themeCount
      let parent = String(format: "t%02d", theme)
      let levelIndex = child / themeCount
      if theme == 0 && levelIndex < 3 {
        let name = ["micro", "meso", "macro"][levelIndex]
        conceptRows.append((name, name.capitalized, parent, "level"))
      } else {
        conceptRows.append((String(format: "c%03d", child), "Concept \(child)", parent, nil))
      }
      child += 1
    }
    let leaves = conceptRows.filter { $0.parent != nil }.map(\.id)
    var segmentCount = 0
    var codingCount = 0
    let now = Date()
    try project.database.write { db in
      try db.execute(
        sql: """
          INSERT INTO codebook (name, version, language, sha256, source, sourcePath, importedAt)
          VALUES ('synthetic', '1', 'nl', ?, X'00', 'generated', ?)
          """, arguments: ["synthetic-\(seed)-\(concepts)", now])
      let codebookId = db.lastInsertedRowID
      for (ordinal, row) in conceptRows.enumerated() {
        try db.execute(
          sql: """
            INSERT INTO concept (codebookId, conceptId, label, parentId, dimension, definition, ordinal)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """,
          arguments: [codebookId, row.id, row.label, row.parent, row.dimension, "Gegenereerd begrip \(row.label).", ordinal])
      }
      let insertSegment = try db.makeStatement(
        sql: """
          INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart,
            byteEnd, map) VALUES (?, ?, 'paragraph', '[]', ?, ?, ?, ?, ?, X'')
          """)
      let insertCoding = try db.makeStatement(
        sql: """
          INSERT INTO coding (segmentId, codebookId, concept, start, "end", originalStart, originalEnd,
            matchedForm, indicator, origin, coder, status, createdAt, updatedAt)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'auto', 'generator', 'suggested', ?, ?)
          """)
      for d in 0..<documents {
        let group = d % max(1, groups)
        let name = String(format: "profielen/doc-%05d.md", d)
        try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: [name, now])
        let documentId = db.lastInsertedRowID
        // Texts first, so the original can be stored with the version.
        var texts: [String] = []
        var codes: [[(String, Int, Int, String)]] = []
        for _ in 0..<segmentsPerDocument {
          var text = ""
          var spans: [(String, Int, Int, String)] = []
          let codeCount = [0, 0, 1, 1, 2, 3][random.below(6)]
          var planned = (0..<codeCount).map { _ -> String in
            // Each group leans towards its own 15 concepts.
            random.below(10) < 3
              ? leaves[(group * 15 + random.below(15)) % leaves.count] : leaves[random.below(leaves.count)]
          }
          let length = 18 + random.below(12)
          for w in 0..<length {
            if !text.isEmpty { text += " " }
            if !planned.isEmpty && random.below(length - w) < planned.count {
              let concept = planned.removeLast()
              let form = "begrip\(concept)"
              let start = text.unicodeScalars.count
              text += form
              spans.append((concept, start, start + form.count, form))
            } else {
              text += words[random.below(words.count)]
            }
          }
          texts.append(text + ".")
          codes.append(spans)
        }
        let original = texts.joined(separator: "\n\n") + "\n"
        try db.execute(
          sql: """
            INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath,
              importedAt, original) VALUES (?, 1, ?, ?, 'markdown', ?, ?, ?)
            """,
          arguments: [documentId, "generated-\(seed)-\(d)", original.utf8.count, name, now, Data(original.utf8)])
        let versionId = db.lastInsertedRowID
        for (key, value) in [("programme", String(format: "Programma %02d", group)), ("type", "profile"),
                             ("version", d % 7 == 0 ? "2006" : "2019")] {
          try db.execute(
            sql: "INSERT INTO documentAttribute (documentId, key, value) VALUES (?, ?, ?)",
            arguments: [documentId, key, value])
        }
        var offset = 0
        for (ordinal, text) in texts.enumerated() {
          let length = text.utf8.count  // ASCII only: bytes = scalars
          try insertSegment.execute(arguments: [versionId, ordinal, text, offset, offset + length, offset, offset + length])
          let segmentId = db.lastInsertedRowID
          for (concept, start, end, form) in codes[ordinal] {
            try insertCoding.execute(arguments: [
              segmentId, codebookId, concept, start, end, offset + start, offset + end, form, form, now, now,
            ])
            codingCount += 1
          }
          segmentCount += 1
          offset += length + 2
        }
      }
    }
    return Summary(
      documents: documents, segments: segmentCount, concepts: conceptRows.count, codings: codingCount,
      groups: groups)
  }
}
