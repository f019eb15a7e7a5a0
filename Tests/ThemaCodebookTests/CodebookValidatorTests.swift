import Testing

@testable import ThemaCodebook

@Suite("Codebook validation")
struct CodebookValidatorTests {
  func issues(_ yaml: String) throws -> [CodebookIssue] {
    try CodebookReader().read(yaml: yaml, file: "check.yaml").issues
  }

  @Test func duplicateIdsWithLines() throws {
    let yaml = """
      name: t
      dimensions:
        - id: d
          concepts:
            - id: leren
              indicators: [leren]
            - id: leren
              indicators: [lerend]
      """
    let found = try issues(yaml).filter { $0.kind == .duplicateId }
    #expect(found.count == 1)
    #expect(found.first?.line == 7)
    #expect(found.first?.message.contains("first defined on line 5") == true)
    #expect(found.first?.description.hasPrefix("check.yaml:7") == true)
  }

  @Test func unknownParentAndCycle() throws {
    let yaml = """
      name: t
      dimensions:
        - id: d
          concepts:
            - id: a
              parent: b
              indicators: [x1]
            - id: b
              parent: a
              indicators: [x2]
            - id: c
              parent: nergens
              indicators: [x3]
      """
    let found = try issues(yaml)
    #expect(found.contains { $0.kind == .unknownParent && $0.line == 11 })
    #expect(found.filter { $0.kind == .parentCycle }.count == 2)
  }

  @Test func emptyConcepts() throws {
    let yaml = """
      name: t
      dimensions:
        - id: d
          concepts:
            - id: leeg
              label: Leeg
            - id: ouder
              children:
                - id: kind
                  indicators: [kind]
      """
    let empty = try issues(yaml).filter { $0.kind == .emptyConcept }
    #expect(empty.map(\.conceptId) == ["leeg"])
    #expect(empty.first?.line == 5)
    #expect(empty.first?.severity == .warning)
  }

  @Test func termsSharedWithinADimension() throws {
    let yaml = """
      name: t
      dimensions:
        - id: d
          concepts:
            - id: a
              indicators: [team, school]
            - id: b
              indicators:
                - klas
                - Team
        - id: e
          concepts:
            - id: c
              indicators: [team]
      """
    let shared = try issues(yaml).filter { $0.kind == .sharedTerm }
    #expect(shared.count == 1)
    #expect(shared.first?.line == 10)
    #expect(shared.first?.conceptId == "b")
  }

  @Test func patternsThatCanNeverMatch() throws {
    let yaml = """
      name: t
      dimensions:
        - id: d
          concepts:
            - id: a
              indicators:
                - term: twee woorden
                - in*nov
                - wildcard: "*"
                - exact: "a/b"
                - phrase: "… …"
                - phrase: lerende cultuur
                  gap: -1
                - term: goed
                  not: ["a/b"]
      """
    let never = try issues(yaml).filter { $0.kind == .neverMatches }
    #expect(never.map(\.line) == [7, 8, 9, 10, 11, 12, 15])
  }

  @Test func unknownKeysAreWarnings() throws {
    let yaml = """
      name: t
      colour: blue
      dimensions:
        - id: d
          concepts:
            - id: a
              defnition: typo
              indicators: [a1]
      """
    let unknown = try issues(yaml).filter { $0.kind == .unknownKey }
    #expect(unknown.map(\.line) == [2, 7])
    #expect(unknown.allSatisfy { $0.severity == .warning })
  }

  @Test func missingNameAndDimensions() throws {
    let found = try issues("version: 1\n")
    #expect(found.filter { $0.kind == .missingField }.count == 2)
  }
}
