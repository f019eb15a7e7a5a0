import Foundation

/// One line that opens a speaker turn in a plain-text transcript.
///
/// Recognised: `I:`, `R1:`, `R 2:`, `Interviewer:`, `Deelnemer 3:`, `Docent A:`, a first name or a full
/// name (`Marije:`, `Jan de Vries:`) followed by a colon, with an optional timestamp before the label
/// (`[00:12:31] R1:`, `(12:31) R1:`, `00:12:31 - R1:`), between label and colon (`R1 [00:12:31]:`), or
/// right after the colon (`R1: (12:31) Ja…`). A colon inside a sentence is not a turn: every word of a
/// name starts with a capital (Dutch particles such as "van der" excepted), so "de vraag was: hoe…" and
/// "Marije zei: …" are text; labels minutes use ("Aanwezig:", "Actie:", "Besluit:") are never speakers.
///
/// ```swift
/// let turn = TurnLine.parse("[00:12:31] R 2: Dat klopt.")
/// turn?.speakerID   // "R2"
/// turn?.seconds     // 751
/// ```
struct TurnLine: Equatable {
  /// The label as written ("R 2", "Jan de Vries").
  var label: String
  /// The time the line names, in seconds.
  var seconds: Double?
  /// Offset in UTF-8 bytes of the line where the turn's text begins.
  var textOffset: Int

  /// A stable id for the speaker ("R 2" and "R2" are the same speaker).
  var speakerID: String {
    let words = label.split(whereSeparator: \.isWhitespace)
    if words.count == 2, words[1].allSatisfy(\.isNumber), words[0].count <= 3 {
      return words.joined()
    }
    return words.joined(separator: " ")
  }

  /// The speaker's role when the label is a role or a code; `nil` for a name.
  var role: String? {
    let first = label.split(whereSeparator: \.isWhitespace).first.map { $0.lowercased() } ?? ""
    let code = first.prefix { $0.isLetter }
    if Self.interviewerWords.contains(first) || ["i", "int", "v"].contains(code) { return "interviewer" }
    if Self.respondentWords.contains(first) || code == "r" { return "respondent" }
    if Self.participantWords.contains(first) || ["d", "p"].contains(code) && label.contains(where: \.isNumber) {
      return "participant"
    }
    return nil
  }

  /// The display name: the label when it is a person's name, else `nil`.
  var name: String? {
    if role != nil { return nil }
    if label.contains(where: \.isNumber) || (label.count <= 3 && label.allSatisfy(\.isUppercase)) { return nil }
    return label
  }

  static let interviewerWords: Set<String> = [
    "interviewer", "interviewster", "gespreksleider", "moderator", "onderzoeker", "interviewer:",
    "facilitator", "vraag",
  ]
  static let respondentWords: Set<String> = ["respondent", "geïnterviewde", "antwoord"]
  static let participantWords: Set<String> = ["deelnemer", "participant", "spreker", "docent", "student"]

  /// Labels that minutes, reports and notes use before a colon: never speakers.
  static let notSpeakers: Set<String> = [
    "aanwezig", "aanwezigen", "afwezig", "afwezigen", "afmelding", "afmeldingen", "datum", "tijd", "plaats",
    "locatie", "notulist", "notulen", "voorzitter", "actie", "acties", "actiepunt", "actiepunten", "besluit",
    "besluiten", "onderwerp", "agenda", "agendapunt", "opmerking", "opmerkingen", "conclusie", "conclusies",
    "toelichting", "doel", "doelen", "bijlage", "bijlagen", "afspraak", "afspraken", "vervolg", "stelling",
    "thema", "titel", "verslag", "aanleiding", "samenvatting", "tip", "tips", "noot", "bron", "bronnen",
    "deelnemers", "gasten", "wie", "wat", "wanneer", "waar", "hoe", "waarom", "resultaat", "resultaten",
    "planning", "status", "programma", "opleiding", "groep", "context", "dimensie", "uitspraak", "kernpunt",
    "kernpunten", "vragen", "punten", "inleiding", "rondvraag", "sluiting", "opening", "mededelingen",
    "ideeën", "suggesties", "voorbeeld", "citaat", "let", "nb", "ps", "ok", "btw", "ter", "zie", "tel",
    "e-mail", "email", "website", "url", "note", "notes", "date", "time", "action", "present", "absent",
    "subject", "topic", "re", "fwd", "van", "aan", "cc", "bcc", "tijdstip", "duur", "transcript",
    "interview", "focusgroep", "opname", "bestand", "project", "code", "codes", "studie", "cyclus", "fase",
    "stap", "week", "dag", "maand", "jaar", "versie", "pagina", "hoofdstuk", "paragraaf", "tabel", "figuur",
    "kolom", "rij", "totaal", "gemiddelde", "score", "niveau", "sector", "rol", "functie", "school",
  ]

  private static let time = #"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?"#
  private static let bracketed = #"\[\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\]|\(\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?\)"#
  private static let particles = "van|de|der|den|het|ten|ter|te|'t|in|op|la|le|von|du|da|di|el|dos|das|del"
  private static let label =
    #"\p{Lu}[\p{Ll}\p{Lu}'’\-]*\.?(?:[ \t]+(?:(?:"# + particles + #")[ \t]+)*\p{Lu}[\p{Ll}'’\-]*\.?){0,3}"#
    + #"|\p{Lu}{1,3}[ \t]?\d{1,2}|\p{Lu}\p{Ll}+[ \t]\d{1,2}|\p{Lu}\p{Ll}+[ \t]\p{Lu}"#
  nonisolated(unsafe) private static let pattern = try! Regex(
    #"^[ \t]*(?:(?<ts1>"# + bracketed + "|" + time + #")[ \t]*[-–]?[ \t]*)?"#
      + #"(?<label>"# + label + #")[ \t]*(?:(?<ts2>"# + bracketed + #")[ \t]*)?:(?:[ \t]+|$)"#
      + #"(?:(?<ts3>"# + bracketed + "|" + time + #")[ \t]*[-–]?[ \t]*)?"#)

  /// The turn a line opens, or `nil` when the line is text.
  static func parse(_ line: Substring) -> TurnLine? {
    guard line.contains(":"), let match = try? pattern.prefixMatch(in: line) else { return nil }
    guard let labelRange = match.output["label"]?.range else { return nil }
    let label = String(line[labelRange])
    let words = label.split(whereSeparator: \.isWhitespace)
    guard label.count <= 40, let first = words.first?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")),
      !notSpeakers.contains(first), !notSpeakers.contains(label.lowercased())
    else { return nil }
    var seconds: Double?
    for name in ["ts1", "ts2", "ts3"] {
      if let range = match.output[name]?.range { seconds = seconds ?? TimeCode.seconds(String(line[range])) }
    }
    let offset = line.utf8.distance(from: line.startIndex, to: match.range.upperBound)
    return TurnLine(label: label, seconds: seconds, textOffset: offset)
  }
}
