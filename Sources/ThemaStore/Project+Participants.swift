import Foundation
import GRDB
import ThemaIngest

// MARK: - Participants

extension Project {
  /// The project-wide participant list, ordered by name.
  ///
  /// Each speaker of each imported transcript is an alias of one participant. A new speaker becomes a
  /// new participant, except that a speaker whose name is a full name (two words or more) joins an
  /// existing participant of exactly that name: labels such as "R1" or "Interviewer" are never joined
  /// automatically, since they name different people in different transcripts.
  ///
  /// ```swift
  /// let people = try project.participants()
  /// try project.linkParticipants(keep: people[0].id, merge: [people[3].id])
  /// ```
  public func participants() throws -> [Participant] {
    try database.read { db in
      var aliases: [Int64: [Participant.Alias]] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT a.participantId, d.name AS document, a.speakerId, a.speakerName,
            (SELECT COUNT(*) FROM segment s JOIN documentVersion v ON v.id = s.versionId
              WHERE v.documentId = a.documentId AND s.speakerId = a.speakerId
                AND v.number = (SELECT MAX(number) FROM documentVersion w WHERE w.documentId = v.documentId)
            ) AS turns
          FROM participantAlias a JOIN document d ON d.id = a.documentId
          ORDER BY d.name, a.speakerId
          """)
      for row in rows {
        aliases[row["participantId"], default: []].append(
          Participant.Alias(
            document: row["document"], speakerId: row["speakerId"], speakerName: row["speakerName"],
            turns: row["turns"]))
      }
      return try Row.fetchAll(db, sql: "SELECT id, name, role FROM participant ORDER BY name, id")
        .map { row in
          Participant(id: row["id"], name: row["name"], role: row["role"], aliases: aliases[row["id"]] ?? [])
        }
    }
  }

  /// Makes the participants in `merge` the same person as `keep`: their aliases move to `keep` and the
  /// merged entries disappear from the list.
  public func linkParticipants(keep: Int64, merge: [Int64]) throws {
    try database.write { db in
      for id in [keep] + merge {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM participant WHERE id = ?", arguments: [id]) == true
        else { throw StoreError.participantNotFound("\(id)") }
      }
      for id in merge where id != keep {
        try db.execute(
          sql: "UPDATE participantAlias SET participantId = ? WHERE participantId = ?",
          arguments: [keep, id])
        try db.execute(sql: "DELETE FROM participant WHERE id = ?", arguments: [id])
      }
    }
  }

  /// Gives a participant another display name (and role).
  public func renameParticipant(_ id: Int64, name: String, role: String? = nil) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE participant SET name = ?, role = COALESCE(?, role) WHERE id = ?",
        arguments: [name, role, id])
      guard db.changesCount == 1 else { throw StoreError.participantNotFound("\(id)") }
    }
  }

  /// The participant a key names: an id, or `SPEAKER@DOCUMENT` (a speaker label in a document whose
  /// name ends with DOCUMENT).
  public func participantId(_ key: String) throws -> Int64 {
    if let id = Int64(key) { return id }
    let parts = key.split(separator: "@", maxSplits: 1).map(String.init)
    guard parts.count == 2 else { throw StoreError.participantNotFound(key) }
    let matches = try participants().filter { participant in
      participant.aliases.contains {
        ($0.speakerId == parts[0] || $0.speakerName == parts[0])
          && ($0.document == parts[1] || $0.document.hasSuffix("/" + parts[1])
            || ($0.document as NSString).deletingPathExtension.hasSuffix(parts[1]))
      }
    }
    guard matches.count == 1 else { throw StoreError.participantNotFound(key) }
    return matches[0].id
  }

  /// Registers the speakers of a newly imported version (called inside the import transaction).
  static func registerSpeakers(_ speakers: [Speaker], documentId: Int64, db: Database) throws {
    for speaker in speakers {
      if try Bool.fetchOne(
        db, sql: "SELECT 1 FROM participantAlias WHERE documentId = ? AND speakerId = ?",
        arguments: [documentId, speaker.id]) == true
      {
        continue
      }
      let name = speaker.name ?? speaker.id
      var participantId: Int64?
      if name.split(separator: " ").count >= 2 {
        participantId = try Int64.fetchOne(
          db, sql: "SELECT id FROM participant WHERE lower(name) = lower(?) ORDER BY id LIMIT 1",
          arguments: [name])
      }
      if participantId == nil {
        try db.execute(
          sql: "INSERT INTO participant (name, role) VALUES (?, ?)", arguments: [name, speaker.role])
        participantId = db.lastInsertedRowID
      }
      try db.execute(
        sql: """
          INSERT INTO participantAlias (participantId, documentId, speakerId, speakerName)
          VALUES (?, ?, ?, ?)
          """, arguments: [participantId, documentId, speaker.id, speaker.name])
    }
  }
}
