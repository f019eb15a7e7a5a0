import Foundation
import Testing
import ThemaCodebook
import ThemaLanguage

@testable import ThemaCoding

/// The MLI codebook with the real Snowball Dutch stemmer on the cases the issue names.
@Suite("MLI codebook with the Dutch stemmer")
struct RealStemmerTests {
  static let codebook: Codebook = {
    try! CodebookReader().read(contentsOf: Repository.mliCodebook).codebook
  }()

  func concepts(_ text: String) -> Set<String> {
    var matcher = CodebookMatcher(codebook: Self.codebook)
    return Set(matcher.code(text).matches.map(\.concept))
  }

  @Test func innovationFamily() {
    for text in ["innovaties", "onderwijsinnovatie", "innovatiekracht", "innoveren", "geïnnoveerd", "innovatieve"] {
      #expect(concepts(text).contains("innoveren"), "\(text)")
    }
    #expect(!concepts("het innovatiefonds").contains("innoveren"))
  }

  @Test func learningAndFalseFriends() {
    #expect(concepts("teamleren").contains("leren"))
    #expect(concepts("zij leerden").contains("leren"))
    #expect(!concepts("kleren").contains("leren"))
    #expect(!concepts("bladeren").contains("leren"))
    #expect(!concepts("steam").contains("meso"))
    #expect(concepts("teams").contains("meso"))
    #expect(!concepts("verkenning").contains("positionering"))
  }

  @Test func acronymsAndHyphens() {
    #expect(concepts("MLI-opgeleiden").contains("sc-profielschets"))
    #expect(concepts("de HRD-praktijk").contains("micro"))
    #expect(!concepts("mli").contains("sc-profielschets"))
  }

  /// A term that opts out of stemming matches compounds of its written form only, not of its stem
  /// (scholing's stem is school: schoolleiding must not count, teamscholing and scholingsplan must).
  @Test func unstemmedTermsCompoundOnTheirWrittenFormOnly() throws {
    let yaml = """
      name: t
      version: "1"
      language: nl
      dimensions:
        - id: d
          concepts:
            - id: scholing
              indicators:
                - {term: scholing, stem: false, lemma: false}
      """
    let read = try CodebookReader().read(yaml: yaml)
    #expect(!read.hasErrors)
    var matcher = CodebookMatcher(codebook: read.codebook)
    func concepts(_ text: String) -> Set<String> { Set(matcher.code(text).matches.map(\.concept)) }
    #expect(concepts("de scholing").contains("scholing"))
    #expect(concepts("teamscholing in mei").contains("scholing"))
    #expect(concepts("het scholingsplan").contains("scholing"))
    #expect(!concepts("de schoolleiding").contains("scholing"))
    #expect(!concepts("het schoolbeleid").contains("scholing"))
    #expect(!concepts("op school").contains("scholing"))
  }
}
