import ArgumentParser
import Foundation
import GRDB
import ThemaIngest
import ThemaReview
import ThemaStore

extension Thema.Bench {
  /// Builds a project with a million codings and a hundred thousand decisions, then times the two
  /// questions a reviewer asks all day: `thema log --concept C` and the review queue's next item.
  /// Target (issue 6): under 100 ms each, in release mode.
  struct ReviewBench: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "review", abstract: "Time the trail and the review queue on 1,000,000 codings (issue 6 target).")

    @Option(help: "Codings (automatic suggestions) to generate.") var codings = 1_000_000
    @Option(help: "Human decisions (events) to generate.") var events = 100_000
    @Option(help: "Concepts in the codebook.") var concepts = 40
    @Option(help: "Segments to spread the codings over.") var segments = 100_000
    @Option(help: "How many times each question is asked.") var repeats = 20
    @Option(help: "Keep the project in this folder (reused when it exists) instead of a temporary one.")
    var workDirectory: String?

    func run() throws {
      let root = URL(
        fileURLWithPath: workDirectory
          ?? NSTemporaryDirectory() + "thema-bench-review-\(ProcessInfo.processInfo.processIdentifier)")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      defer { if workDirectory == nil { try? FileManager.default.removeItem(at: root) } }
      let path = root.appendingPathComponent("bench.sqlite").path
      let clock = ContinuousClock()
      let fresh = !FileManager.default.fileExists(atPath: path)
      let project = try Project.open(at: path)
      if fresh {
        let build = try clock.measure { try generate(project) }
        print("generated \(codings) codings, \(codings) suggest events and \(events) decisions in \(seconds(build))")
      }
      let counts = try project.database.read { db in
        (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM coding") ?? 0,
         try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM codingEvent") ?? 0,
         try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM codingEvent WHERE coder <> 'auto'") ?? 0)
      }
      print("project: \(counts.0) codings, \(counts.1) events (\(counts.2) by people), \(ResourceUsage.megabytes(Int((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0))) file")

      let concept = "concept-07"
      var logged = 0
      report("log --concept \(concept) (trail with places + table text)", try time {
        let found = try project.trail(EventFilter(concept: concept))
        logged = found.count
        var text = ""
        for e in found { text += "\(e.event.id) \(e.event.coder) \(e.event.action.rawValue) \(e.document ?? "")\n" }
        _ = text.count
      })
      print("  (\(logged) events listed)")
      report("log --concept \(concept) --auto (events only)", try time {
        _ = try project.events(EventFilter(concept: concept, includeAutomatic: true, limit: 1000))
      })

      let queue = try ReviewQueue(project: project, coder: "bench-a")
      let middle = try project.database.read { db in
        try Row.fetchOne(db, sql: "SELECT segmentId, start, id FROM coding WHERE status = 'suggested' ORDER BY segmentId, start, id LIMIT 1 OFFSET 400000")
      }
      let cursor = middle.map { ReviewQueue.Cursor(segmentId: $0["segmentId"], start: $0["start"], id: $0["id"]) }
      report("review queue: next item (start)", try time { _ = try queue.next(after: nil) })
      report("review queue: next item (middle)", try time { _ = try queue.next(after: cursor) })
      report("review queue: next item + screen content", try time {
        if let next = try queue.next(after: cursor) { _ = try project.reviewItem(next.coding.id, coder: "bench-a") }
      })
      let byConcept = try ReviewQueue(project: project, coder: "bench-a", concept: concept)
      report("review queue --concept: next item (start)", try time { _ = try byConcept.next(after: nil) })
      report("review queue --concept: count (\"37 of N\")", try time { _ = try byConcept.count() })
      report("review queue: count of all open (\"37 of N\", once per session)", try time { _ = try queue.count() }, runs: 3)
      try project.setBlind(true)
      let blind = try ReviewQueue(project: project, coder: "bench-a", concept: concept)
      report("blind review queue --concept: next item (middle)", try time {
        _ = try blind.next(after: cursor)
      })
      try project.setBlind(false)
      print("peak resident memory \(ResourceUsage.megabytes(ResourceUsage.peakResidentBytes() ?? 0))")
    }

    // MARK: - Measuring

    private func time(_ body: () throws -> Void) throws -> [Duration] {
      let clock = ContinuousClock()
      return try (0..<repeats).map { _ in try clock.measure(body) }
    }

    private func report(_ label: String, _ durations: [Duration], runs: Int? = nil) {
      let ms = durations.prefix(runs ?? durations.count).map { Double($0.components.attoseconds) / 1e15 + Double($0.components.seconds) * 1000 }.sorted()
      let median = ms[ms.count / 2]
      let verdict = ms.last! < 100 ? "ok" : "OVER 100 ms"
      let padded = label.padding(toLength: max(label.count, 62), withPad: " ", startingAt: 0)
      print(padded + String(format: " median %7.2f ms, max %7.2f ms  ", median, ms.last!) + verdict)
    }

    private func seconds(_ d: Duration) -> String {
      String(format: "%.1f s", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18)
    }

    // MARK: - Generating

    /// Documents of 500 segments, `codings` suggestions spread evenly over segments and concepts,
    /// each with its `suggest` event, then `events` human decisions (accept 70 %, reject 30 %) on
    /// codings spread over the whole project, each with its event, as the library would write them.
    private func generate(_ project: Project) throws {
      var random = SystemRandomNumberGenerator()
      let now = Date()
      let text = "Het team wil samen onderzoekend werken en innoveren in de klas, met aandacht voor reflectie."
      let length = text.unicodeScalars.count
      try project.database.write { db in
        var map = Data()
        for value in [0, 0, length, length] {
          var little = UInt32(value).littleEndian
          withUnsafeBytes(of: &little) { map.append(contentsOf: $0) }
        }
        let perDocument = 500
        let segmentInsert = try db.makeStatement(
          sql: """
            INSERT INTO segment (versionId, ordinal, kind, headingPath, text, start, "end", byteStart, byteEnd, map)
            VALUES (?, ?, 'paragraph', '["Verslag"]', ?, 0, ?, 0, ?, ?)
            """)
        var versionId: Int64 = 0
        for s in 0..<segments {
          if s % perDocument == 0 {
            try db.execute(
              sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: ["verslag-\(s / perDocument).txt", now])
            try db.execute(
              sql: """
                INSERT INTO documentVersion (documentId, number, sha256, byteCount, format, sourcePath, importedAt, original)
                VALUES (?, 1, ?, 0, 'text', 'bench', ?, x'')
                """, arguments: [db.lastInsertedRowID, "sha-\(s)", now])
            versionId = db.lastInsertedRowID
          }
          try segmentInsert.execute(arguments: [versionId, s % perDocument, text, length, length, map])
        }
        let codingInsert = try db.makeStatement(
          sql: """
            INSERT INTO coding (segmentId, codebookId, concept, start, "end", originalStart, originalEnd, matchedForm,
              indicator, origin, coder, status, createdAt, updatedAt, suggestionKey, suggestedConcept, indicatorHash)
            VALUES (?, NULL, ?, ?, ?, ?, ?, 'innoveren', ?, 'auto', 'auto', 'suggested', ?, ?, ?, ?, 'h')
            """)
        let eventInsert = try db.makeStatement(
          sql: """
            INSERT INTO codingEvent (at, coder, action, codingId, concept, before, after, reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
            """)
        for c in 0..<codings {
          let segment = Int64(c % segments + 1)
          let concept = String(format: "concept-%02d", (c / segments + c) % concepts)
          let start = (c / segments) % (length - 9)
          let state = CodingState(status: .suggested, concept: concept, start: start, end: start + 9, originalStart: start, originalEnd: start + 9)
          try codingInsert.execute(arguments: [
            segment, concept, start, start + 9, start, start + 9, "\(concept)/i", now, now,
            "\(segment):\(concept):\(start)-\(start + 9):\(concept)/i", concept,
          ])
          try eventInsert.execute(arguments: [now, "auto", "suggest", db.lastInsertedRowID, concept, nil, state.json])
        }
        let coders = ["marije", "joost", "anne", "pieter"]
        for coder in coders {
          try db.execute(sql: "INSERT OR IGNORE INTO coder (name, createdAt) VALUES (?, ?)", arguments: [coder, now])
        }
        var decidedIds = Set<Int64>()
        while decidedIds.count < min(events, codings) {
          decidedIds.insert(Int64.random(in: 1...Int64(codings), using: &random))
        }
        let update = try db.makeStatement(sql: "UPDATE coding SET status = ?, decidedBy = ?, updatedAt = ? WHERE id = ?")
        for (n, id) in decidedIds.sorted().enumerated() {
          let row = try Row.fetchOne(db, sql: "SELECT concept, start, \"end\" FROM coding WHERE id = ?", arguments: [id])!
          let before = CodingState(status: .suggested, concept: row["concept"], start: row["start"], end: row["end"], originalStart: row["start"], originalEnd: row["end"])
          var after = before
          after.status = n % 10 < 7 ? .accepted : .rejected
          let coder = coders[n % coders.count]
          try update.execute(arguments: [after.status.rawValue, coder, now, id])
          try eventInsert.execute(arguments: [now, coder, after.status == .accepted ? "accept" : "reject", id, before.concept, before.json, after.json])
        }
      }
      try project.database.writeWithoutTransaction { db in try db.execute(sql: "ANALYZE") }
    }
  }
}
