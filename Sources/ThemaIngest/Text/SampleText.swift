// MARK: - SampleText

/// Generates realistic Dutch meeting minutes with the damage a PDF-to-text export leaves behind
/// (line-break hyphenation, wrapped lines, page numbers, running headers, form feeds, stray bullet
/// glyphs, tab tables), for benchmarks and tests. The sentences are assembled from fragments written
/// for Thema; the output is deterministic for a seed.
///
/// ```swift
/// let text = SampleText.dutchMinutes(bytes: 1_000_000, seed: 42)   // about 1 MB
/// ```
public enum SampleText {
  /// About `bytes` UTF-8 bytes of minutes; the same seed gives the same text.
  public static func dutchMinutes(bytes: Int, seed: UInt64) -> String {
    var generator = MinutesGenerator(seed: seed)
    return generator.text(bytes: bytes)
  }
}

/// SplitMix64: a small, fast, seedable generator (the standard library has no seedable one).
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

struct MinutesGenerator {
  var rng: SplitMix64
  var out = ""
  var lineEnd = "\n"
  var column = 0
  var linesOnPage = 0
  var page = 1
  let width: Int

  init(seed: UInt64) {
    rng = SplitMix64(state: seed)
    width = 68 + Int(rng.next() % 12)
    lineEnd = rng.next() % 4 == 0 ? "\r\n" : "\n"
  }

  static let programmes = [
    "Windesheim", "Fontys", "Saxion", "Stenden", "Driestar", "Aeres", "InHolland", "Rotterdam",
  ]
  static let subjects = [
    "De werkgroep", "Het team", "Een van de docenten", "De opleiding", "Iedere student",
    "De coördinator", "Een alumnus", "De lector", "Het managementteam", "De begeleider",
  ]
  static let verbs = [
    "bespreekt", "onderzoekt", "benadrukt", "stelt voor", "vraagt aandacht voor", "waardeert",
    "verkent", "evalueert", "ontwerpt", "beschrijft",
  ]
  static let objects = [
    "de rol van onderzoekend vermogen in de dagelijkse praktijk",
    "hoe leraren met een master het onderwijs in hun school vernieuwen",
    "de samenwerking tussen collega's binnen en buiten de organisatie",
    "het verband tussen theorie en praktijk in de beroepsopdrachten",
    "de betekenis van informeel leiderschap in het team",
    "een leercultuur waarin iedereen van elkaar kan leren",
    "de ervaringen van MLI-opgeleiden met innovatieprojecten",
    "kennis- en leertheorieën als basis voor het curriculum",
    "de positie van de leraar als ontwerper van eigentijds onderwijs",
    "reflectie op het eigen handelen in de klas",
  ]
  static let tails = [
    "Dat levert een levendige discussie op.", "Niet iedereen is het daarmee eens.",
    "Er wordt afgesproken dit in de volgende bijeenkomst verder uit te werken.",
    "Volgens de deelnemers is hier nog veel winst te behalen.",
    "Een voorbeeld uit de praktijk maakt dit duidelijk.",
    "De groep vindt dat dit beter zichtbaar moet worden in het profiel.",
  ]
  static let bullets = ["•", "\u{F0B7}", "-", "–", "\u{F0A7}"]
  static let headings = [
    "Leren", "Innoveren", "Onderzoeken", "Positioneren", "Samenwerking met het werkveld",
    "Rol van de leraar", "Afspraken",
  ]

  mutating func pick<T>(_ items: [T]) -> T { items[Int(rng.next() % UInt64(items.count))] }

  mutating func chance(_ percent: UInt64) -> Bool { rng.next() % 100 < percent }

  mutating func text(bytes: Int) -> String {
    out.reserveCapacity(bytes + 4096)
    let programme = pick(Self.programmes)
    emitLine("VERSLAG MLI-OVERLEG \(programme.uppercased())")
    emitLine("")
    emitLine("Datum: \(1 + rng.next() % 28) maart 2019")
    emitLine("Aanwezig: Marije, Henk, Fatima, Joost en Anouk")
    emitLine("")
    var section = 1
    while out.utf8.count < bytes {
      switch rng.next() % 3 {
      case 0: emitLine("\(section).\(1 + rng.next() % 4) \(pick(Self.headings))")
      case 1: emitLine(pick(Self.headings).uppercased())
      default: emitLine(pick(Self.headings))
      }
      section += 1
      for _ in 0..<(1 + rng.next() % 3) {
        paragraph(sentences: 2 + Int(rng.next() % 5))
        emitLine("")
      }
      if chance(60) { list() }
      if chance(10) { table() }
    }
    return out
  }

  mutating func sentence() -> String {
    var s = "\(pick(Self.subjects)) \(pick(Self.verbs)) \(pick(Self.objects))"
    if chance(30) { s += " bij \(pick(Self.programmes))" }
    if chance(20) { s += ", samen met de Leren & Innoveren-werkgroep" }
    s += "."
    if chance(40) { s += " " + pick(Self.tails) }
    return s
  }

  /// Words wrapped at `width`, with some long lower-case words hyphenated at the line end.
  mutating func paragraph(sentences: Int, indent: String = "") {
    var words: [Substring] = []
    for _ in 0..<sentences { words += sentence().split(separator: " ") }
    var line = indent
    for word in words {
      if line.count + word.count + 1 > width, line.count > indent.count {
        let w = String(word)
        if w.count >= 8, w.first?.isLowercase == true, chance(40), w.allSatisfy(\.isLetter) {
          let cut = w.index(w.startIndex, offsetBy: 4)
          emitLine(line + " " + w[..<cut] + "-")
          line = indent + String(w[cut...])
          continue
        }
        emitLine(line)
        line = indent + word
      } else {
        line += (line.count > indent.count ? " " : "") + word
      }
    }
    if line.count > indent.count { emitLine(line) }
  }

  mutating func list() {
    let glyph = pick(Self.bullets)
    for n in 1...(2 + rng.next() % 4) {
      let marker = glyph == "-" && chance(30) ? "\(n)." : glyph
      emitLine("\(marker)\t\(pick(Self.objects))")
      if chance(25) { emitLine("\to\t\(pick(Self.tails))") }
    }
    emitLine("")
  }

  mutating func table() {
    emitLine("Actie\tWie\tWanneer")
    for _ in 0..<(2 + rng.next() % 3) {
      emitLine("\(pick(Self.headings))\t\(pick(["Henk", "Marije", "Fatima"]))\tapril")
    }
    emitLine("")
  }

  mutating func emitLine(_ line: String) {
    out += line
    out += lineEnd
    linesOnPage += 1
    if linesOnPage >= 48 {
      page += 1
      out += lineEnd + "- \(page - 1) -" + lineEnd + "\u{0C}"
      out += "Verslag MLI-overleg, pagina \(page)" + lineEnd + lineEnd
      linesOnPage = 0
    }
  }
}
