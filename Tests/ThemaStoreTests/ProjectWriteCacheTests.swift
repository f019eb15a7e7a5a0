import Foundation
import GRDB
import Testing

@testable import ThemaStore

@Suite("A larger page cache for bulk writes")
struct ProjectWriteCacheTests {
  static func cacheSize(_ project: Project) throws -> Int {
    try project.database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA cache_size") } ?? 0
  }

  @Test func raisesTheWritersCacheForTheBodyOnly() throws {
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    let before = try Self.cacheSize(project)
    #expect(before == -Project.defaultCacheKilobytes)
    let inside = try project.withWriteCache(megabytes: 16) { try Self.cacheSize(project) }
    #expect(inside == -16 * 1024)
    #expect(try Self.cacheSize(project) == before)
  }

  @Test func setsTheCacheBackWhenTheBodyThrows() throws {
    struct Stop: Error {}
    let folder = try TemporaryFolder()
    let project = try Project.open(at: folder.projectPath)
    #expect(throws: Stop.self) { try project.withWriteCache(megabytes: 8) { throw Stop() } }
    #expect(try Self.cacheSize(project) == -Project.defaultCacheKilobytes)
  }
}
