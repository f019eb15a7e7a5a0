/// Word families: forms that belong to one concept word but do not share a stem.
///
/// The Snowball stemmer unifies inflections (innovaties → innovatie) but not derivations
/// (innoveren → innover, innovatie → innovatie, innovator → innovator). A codebook term reaches its whole
/// family through this table: every form in the term's family is stemmed and matched too.
///
/// ```swift
/// LemmaTable.dutch.family(of: "innovatie")   // ["innoveren", "innovatie", "innovatief", …]
/// LemmaTable.dutch.family(of: "fiets")       // [] — not in the table: the term stands alone
/// ```
public struct LemmaTable: Sendable, Hashable {
  /// The families, each a list of lower-case forms.
  public private(set) var families: [[String]]
  private var index: [String: Int]

  /// A table of the given families (a form that occurs in two families belongs to the first).
  public init(families: [[String]]) {
    self.families = families
    var index: [String: Int] = [:]
    for (number, family) in families.enumerated() {
      for form in family where index[form] == nil { index[form] = number }
    }
    self.index = index
  }

  /// The family that `word` (lower case) belongs to; empty when it belongs to none.
  public func family(of word: String) -> [String] {
    guard let number = index[word] else { return [] }
    return families[number]
  }

  /// The table for a language.
  public static func forLanguage(_ language: Language) -> LemmaTable {
    switch language {
    case .dutch: return dutch
    case .english: return english
    }
  }

  /// Dutch families of the words codebooks on education use, written for Thema.
  public static let dutch = LemmaTable(families: parse(DutchLemmaFamilies.text))

  /// English families.
  public static let english = LemmaTable(
    families: parse(
      """
      innovate innovates innovated innovating innovation innovations innovative innovator innovators innovativeness
      research researches researched researching researcher researchers
      learn learns learned learnt learning learner learners
      design designs designed designing designer designers
      reflect reflects reflected reflecting reflection reflections reflective
      lead leads led leading leader leaders leadership
      inquire inquires inquired inquiring inquiry inquiries
      collaborate collaborates collaborated collaborating collaboration collaborative
      teach teaches taught teaching teacher teachers
      """))

  /// One family per line, forms separated by spaces; `#` starts a comment.
  static func parse(_ text: String) -> [[String]] {
    text.split(separator: "\n").compactMap { line in
      let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
      let forms = content.split(whereSeparator: \.isWhitespace).map { String($0).lowercased() }
      return forms.isEmpty ? nil : forms
    }
  }
}
