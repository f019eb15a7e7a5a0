import ArgumentParser
import Foundation
import ThemaCoding

extension Thema {
  /// `thema kwic TERM`: a keyword-in-context concordance across the project.
  struct Kwic: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Keyword in context: every occurrence of a term (and its inflections) in the project.",
      discussion: """
        By default a word also counts when automatic coding would find the term inside it as a \
        compound part (kwic innovatie finds onderwijsinnovatie and innovatiekracht, the parts of \
        hyphenated words and Dutch ellipses such as "onderwijs- en zorginnovatie"), with the same \
        plausibility check on the other part. --no-compounds keeps to the term and its inflections.
        """)

    @OptionGroup var projectOptions: ProjectOptions
    @OptionGroup var output: OutputOptions

    @Argument(help: "The term; words with the same Dutch stem count (innovatie finds innovaties).")
    var term: String

    @Flag(
      inversion: .prefixedNo,
      help: "Count words that contain the term as a compound part, as automatic coding does (default on).")
    var compounds = true

    @Option(help: "Characters of context on each side.")
    var width = 40

    func validate() throws {
      guard width >= 0 else { throw ValidationError("--width must be 0 or more") }
    }

    func run() throws {
      let project = try projectOptions.open()
      let names = Dictionary(uniqueKeysWithValues: try project.documents().map { ($0.id, $0.name) })
      let lines = Concordance(term: term, width: width, compounds: compounds).lines(in: try project.currentSegments(), documents: names)
      if output.json { return try Output.json(lines) }
      for line in lines {
        let left = String(repeating: " ", count: max(0, width - line.left.count)) + line.left
        print("\(left) [\(line.keyword)] \(line.right)  \(line.document)@\(line.originalStart)")
      }
      print("\(lines.count) occurrence\(lines.count == 1 ? "" : "s") of \(term).")
    }
  }
}
