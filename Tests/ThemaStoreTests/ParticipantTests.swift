import Foundation
import GRDB
import Testing
import ThemaIngest

@testable import ThemaStore

@Suite("The participant list")
struct ParticipantTests {
  /// A project with two documents whose speakers are registered as an import registers them.
  static func project(in folder: TemporaryFolder) throws -> Project {
    let project = try Project.open(at: folder.projectPath)
    try project.database.write { db in
      for (name, speakers) in [
        ("focusgroep.txt", [Speaker(id: "I", role: "interviewer"), Speaker(id: "R1"), Speaker(id: "Marije")]),
        ("interview.xml", [Speaker(id: "spk1", name: "Marije de Vries"), Speaker(id: "I", role: "interviewer")]),
        ("interview-2.xml", [Speaker(id: "p1", name: "marije de vries")]),
      ] {
        try db.execute(sql: "INSERT INTO document (name, createdAt) VALUES (?, ?)", arguments: [name, Date()])
        try Project.registerSpeakers(speakers, documentId: db.lastInsertedRowID, db: db)
      }
    }
    return project
  }

  @Test func labelsAreNotJoinedButFullNamesAre() throws {
    let folder = try TemporaryFolder()
    let people = try Self.project(in: folder).participants()
    // I (twice, not joined), R1, Marije, Marije de Vries (joined across two documents).
    #expect(people.count == 5)
    let marije = try #require(people.first { $0.name == "Marije de Vries" })
    #expect(marije.aliases.map(\.document).sorted() == ["interview-2.xml", "interview.xml"])
    #expect(people.filter { $0.name == "I" }.count == 2)
  }

  @Test func linkingMovesAliasesAndIsReflectedInTheList() throws {
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    let keep = try project.participantId("spk1@interview.xml")
    let other = try project.participantId("Marije@focusgroep")
    try project.linkParticipants(keep: keep, merge: [other])
    let people = try project.participants()
    #expect(people.count == 4)
    #expect(people.first { $0.id == keep }?.aliases.count == 3)
    #expect(throws: StoreError.participantNotFound("\(other)")) {
      try project.linkParticipants(keep: keep, merge: [other])
    }
  }

  @Test func ambiguousOrUnknownKeysAreRefused() throws {
    let folder = try TemporaryFolder()
    let project = try Self.project(in: folder)
    #expect(throws: StoreError.self) { try project.participantId("X@focusgroep.txt") }
    #expect(throws: StoreError.self) { try project.participantId("geen-apenstaartje") }
  }
}
