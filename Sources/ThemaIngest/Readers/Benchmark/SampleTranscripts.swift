import Foundation

/// Generates large, deterministic Dutch TEI transcripts for the reader benchmark (Word documents:
/// ``SampleWordDocument``).
/// The vocabulary is written for Thema (no published text).
///
/// ```swift
/// let tei = SampleTranscripts.tei(bytes: 1_000_000, seed: 7)           // about 1 MB of TEI
/// ```
enum SampleTranscripts {
  static let words = [
    "docenten", "team", "onderzoek", "leerlingen", "innovatie", "leren", "praktijk", "school", "opleiding",
    "collega's", "samen", "ontwerpen", "reflecteren", "lesgeven", "werkplaats", "schoolleiding", "ideeën",
    "feedback", "leiderschap", "verandering", "kennis", "cultuur", "visie", "begeleiding", "stage",
    "studenten", "vaardigheden", "ervaring", "werkgroep", "onderwijs", "klas", "organisatie", "netwerk",
    "masteropleiding", "professionalisering", "beleid", "rol", "eigen", "nieuwe", "belangrijk", "vaak",
    "soms", "echt", "misschien", "natuurlijk", "eigenlijk", "duidelijk", "lastig", "mooi", "moeilijk",
    "we", "ik", "jullie", "zij", "het", "de", "een", "en", "maar", "dus", "omdat", "want", "dat", "die",
    "met", "voor", "over", "in", "op", "bij", "naar", "van", "werken", "denken", "zien", "merken",
    "proberen", "delen", "vragen", "bespreken", "evalueren", "ontwikkelen", "geven", "nemen", "hebben",
    "zijn", "doen", "maken", "gaan", "ook", "nog", "al", "niet", "wel", "heel", "meer", "minder",
    "café-gesprek", "één", "coördinatie", "financiën", "überhaupt", "zó",
  ]

  static func sentence(_ rng: inout SplitMix64) -> String {
    let count = Int(rng.next() % 13) + 5
    var parts: [String] = []
    for index in 0..<count {
      var word = words[Int(rng.next() % UInt64(words.count))]
      if index == 0 { word = word.prefix(1).uppercased() + word.dropFirst() }
      parts.append(word)
    }
    let end = [".", ".", ".", "?", "!"][Int(rng.next() % 5)]
    return parts.joined(separator: " ") + end
  }

  // MARK: - TEI

  /// About `bytes` of TEI P5 spoken text: 12 participants, a timeline with one `<when>` per utterance,
  /// `<div>`s with heads, pauses, incidents and escaped characters.
  static func tei(bytes: Int, seed: UInt64) -> Data {
    var rng = SplitMix64(state: seed)
    var body = ""
    body.reserveCapacity(bytes)
    var utterance = 0
    var division = 0
    while body.utf8.count < bytes - 4000 {
      division += 1
      body += "<div type=\"thema\"><head>Thema \(division): \(sentence(&rng))</head>\n"
      for _ in 0..<150 {
        utterance += 1
        let speaker = utterance % 4 == 1 ? "I" : "R\(Int(rng.next() % 11) + 1)"
        var text = ""
        for s in 0..<(Int(rng.next() % 4) + 1) {
          if s > 0 {
            switch rng.next() % 10 {
            case 0: text += " <pause dur=\"PT2S\"/> "
            case 1: text += " <incident><desc>lacht</desc></incident> "
            case 2: text += " &amp; "
            default: text += "\n      "
            }
          }
          text += sentence(&rng)
        }
        body += "    <u xml:id=\"u\(utterance)\" who=\"#\(speaker)\" start=\"#T\(utterance - 1)\" end=\"#T\(utterance)\">\(text)</u>\n"
      }
      body += "</div>\n"
    }
    var people = "<person xml:id=\"I\" role=\"interviewer\"><persName>Gespreksleider</persName></person>\n"
    for r in 1...11 { people += "<person xml:id=\"R\(r)\" role=\"respondent\"><persName>Deelnemer \(r)</persName></person>\n" }
    var timeline = "<timeline unit=\"s\" origin=\"#T0\"><when xml:id=\"T0\" absolute=\"09:00:00\"/>\n"
    var seconds = 0.0
    for index in 1...max(utterance, 1) {
      seconds += Double(rng.next() % 300) / 10 + 1
      timeline += "<when xml:id=\"T\(index)\" interval=\"\(seconds)\" since=\"#T0\"/>\n"
    }
    timeline += "</timeline>\n"
    let document = """
      <?xml version="1.0" encoding="UTF-8"?>
      <TEI xmlns="http://www.tei-c.org/ns/1.0">
      <teiHeader><fileDesc><titleStmt><title>Focusgroep (gegenereerd)</title></titleStmt></fileDesc>
      <profileDesc><particDesc><listPerson>
      \(people)</listPerson></particDesc></profileDesc></teiHeader>
      <text><front>\(timeline)</front><body>
      \(body)</body></text></TEI>

      """
    return Data(document.utf8)
  }
}
