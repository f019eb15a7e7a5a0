import Foundation

// MARK: - StemFixture

/// A committed table of word forms and the stems the reference implementation (`snowballstemmer`)
/// gave them; see `Fixtures/make_stem_fixtures.py`.
struct StemFixture {
  /// The first line, naming the generator and its version.
  let header: String
  /// Word form and expected stem, in file order.
  let pairs: [(word: String, stem: String)]

  /// Loads `Fixtures/<name>` from the test bundle.
  init(named name: String) throws {
    guard
      let url = Bundle.module.url(
        forResource: name, withExtension: nil, subdirectory: "Fixtures")
    else { throw FixtureError.missing(name) }
    let text = try String(contentsOf: url, encoding: .utf8)
    var header = ""
    var pairs: [(String, String)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
      if line.hasPrefix("#") {
        if header.isEmpty { header = String(line) }
        continue
      }
      if line == "word\tstem" { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else { throw FixtureError.malformed(name, line: index + 1) }
      pairs.append((String(fields[0]), String(fields[1])))
    }
    self.header = header
    self.pairs = pairs
  }

  /// The words on which `stemmer` disagrees with the fixture, as "word: expected → got".
  func mismatches(of stem: (String) -> String) -> [String] {
    pairs.compactMap { pair in
      let got = stem(pair.word)
      return got == pair.stem ? nil : "\(pair.word): expected \(pair.stem), got \(got)"
    }
  }
}

/// Why a stem fixture could not be read.
enum FixtureError: LocalizedError {
  /// The file is not among the test bundle's resources (`Tests/ThemaLanguageTests/Fixtures/<name>`).
  case missing(String)
  /// A line of `Fixtures/<name>` has no single tab between word and stem (line number given).
  case malformed(String, line: Int)

  var errorDescription: String? {
    switch self {
    case .missing(let name): "Fixtures/\(name) is not in the test bundle"
    case .malformed(let name, let line): "Fixtures/\(name):\(line): expected 'word<TAB>stem'"
    }
  }
}
