import Foundation
import ThemaReview
import ThemaStore

/// The interactive review loop: shows one suggestion, reads one key, records the decision.
/// Visited suggestions are remembered so that "back" can return to them; decisions are saved the
/// moment they are made.
struct ReviewSession {
  let project: Project
  let queue: ReviewQueue
  let coder: String
  let terminal: RawTerminal
  let colour: Bool

  private var visited: [(id: Int64, cursor: ReviewQueue.Cursor)] = []
  private var position = -1
  private var total = 0
  private var decided = 0
  private var skipped = 0

  init(project: Project, queue: ReviewQueue, coder: String, terminal: RawTerminal, colour: Bool) {
    self.project = project
    self.queue = queue
    self.coder = coder
    self.terminal = terminal
    self.colour = colour
  }

  // MARK: - Loop

  mutating func run() throws {
    total = try queue.count()
    guard total > 0 else {
      terminal.write("No open suggestions\(queue.concept.map { " for \($0)" } ?? "") to review.\n")
      return
    }
    terminal.write("Reviewing \(total) open suggestion\(total == 1 ? "" : "s") as \(coder). Press ? for help.\n")
    guard try forward() else { return finish() }
    while true {
      let id = visited[position].id
      try show(id)
      guard let key = terminal.key() else { return finish() }
      do {
        switch key {
        case UInt8(ascii: "a"):
          try record(project.accept(id, coder: coder))
          guard try forward() else { return finish() }
        case UInt8(ascii: "r"):
          let reason = terminal.line(prompt: "Reason (Enter for none): ")
          try record(project.reject(id, coder: coder, reason: reason))
          guard try forward() else { return finish() }
        case UInt8(ascii: "c"):
          guard let concept = terminal.line(prompt: "Recode to concept: "), !concept.isEmpty else { continue }
          try record(project.recode(id, to: concept, coder: coder))
          guard try forward() else { return finish() }
        case UInt8(ascii: "j"):
          guard let answer = terminal.line(prompt: "New span START END: ") else { continue }
          let numbers = answer.split(separator: " ").compactMap { Int($0) }
          guard numbers.count == 2 else {
            terminal.write("Give two numbers, e.g. 12 30.\n")
            continue
          }
          try record(project.adjust(id, start: numbers[0], end: numbers[1], coder: coder))
          guard try forward() else { return finish() }
        case UInt8(ascii: "m"):
          guard let text = terminal.line(prompt: "Memo on this coding: "), !text.isEmpty else { continue }
          let event = try project.memo(on: .coding(id), text: text, coder: coder)
          terminal.write("Memo saved (event \(event.id)).\n")
        case UInt8(ascii: "s"), UInt8(ascii: " "), UInt8(ascii: "n"):
          skipped += 1
          guard try forward() else { return finish() }
        case UInt8(ascii: "b"):
          if position > 0 { position -= 1 } else { terminal.write("This is the first one.\n") }
        case UInt8(ascii: "q"), 3, 4:
          return finish()
        case UInt8(ascii: "?"), UInt8(ascii: "h"):
          terminal.write(Self.help)
        default:
          continue
        }
      } catch {
        terminal.write("\(paint("!", "31")) \((error as? LocalizedError)?.errorDescription ?? "\(error)")\n")
      }
    }
  }

  static let help = """
    a accept   r reject (asks a reason)   c recode to another concept   j adjust the span
    m memo     s/space skip   b back   q quit (every decision is already saved)

    """

  /// Moves to the next suggestion: the one after the current in the visited list, else the next
  /// open one in the queue. False at the end.
  private mutating func forward() throws -> Bool {
    if position + 1 < visited.count {
      position += 1
      return true
    }
    let cursor = visited.last?.cursor
    guard let next = try queue.next(after: cursor) else { return false }
    visited.append((next.coding.id, next.cursor))
    position = visited.count - 1
    return true
  }

  private mutating func record(_ event: CodingEvent?) {
    if let event {
      decided += 1
      terminal.write("\(paint("✓", "32")) \(event.action.rawValue) saved (event \(event.id)).\n")
    } else {
      terminal.write("No change.\n")
    }
  }

  private func finish() {
    let open = (try? queue.count()) ?? 0
    terminal.write(
      "\nDecided \(decided), skipped \(skipped). \(open) open suggestion\(open == 1 ? "" : "s") left. Every decision is saved.\n")
  }

  // MARK: - Screen

  private func show(_ id: Int64) throws {
    let item = try project.reviewItem(id, coder: coder)
    let segment = item.segment.segment
    var lines: [String] = []
    if colour { lines.append("\u{1B}[2J\u{1B}[H") }
    let where_ = ([item.documentName] + segment.headingPath).joined(separator: " › ")
    lines.append(paint("[\(position + 1) of \(max(total, visited.count))]", "1") + "  \(where_)  · coding \(id)")
    if let speaker = segment.speaker {
      lines.append("speaker: \(speaker.name.map { "\($0) (\(speaker.id))" } ?? speaker.id)\(speaker.role.map { ", \($0)" } ?? "")")
    }
    let label = item.conceptLabel.map { " — \($0)" } ?? ""
    lines.append(paint("concept: \(item.coding.state.concept)\(label)", "36"))
    if let definition = item.conceptDefinition { lines.append("  \(definition)") }
    lines.append("")
    lines.append(highlighted(segment.text, start: item.coding.state.start, end: item.coding.state.end))
    lines.append("")
    var status = "status: \(item.coding.state.status.rawValue)"
    if let own = item.ownDecision { status = "your decision: \(own.status.rawValue)" }
    if let form = item.coding.matchedForm { status += "  · matched \"\(form)\"" }
    if let indicator = item.coding.indicator { status += " by \(indicator)" }
    lines.append(status)
    if !item.others.isEmpty {
      lines.append("also here: " + item.others.map { "\($0.concept) (\($0.holder), \($0.status.rawValue))" }.joined(separator: "; "))
    }
    for memo in item.memos { lines.append("memo (\(memo.coder)): \(memo.text)") }
    lines.append(paint("[a]ccept [r]eject re[c]ode ad[j]ust [m]emo [s]kip [b]ack [q]uit", "2"))
    terminal.write(lines.joined(separator: "\n") + "\n")
  }

  /// The segment text with the coded span marked: reverse yellow in colour, »…« without.
  private func highlighted(_ text: String, start: Int, end: Int) -> String {
    let scalars = Array(text.unicodeScalars)
    let lo = min(max(0, start), scalars.count)
    let hi = min(max(lo, end), scalars.count)
    func string(_ slice: ArraySlice<Unicode.Scalar>) -> String { String(String.UnicodeScalarView(slice)) }
    let (open, close) = colour ? ("\u{1B}[1;30;43m", "\u{1B}[0m") : ("»", "«")
    return string(scalars[..<lo]) + open + string(scalars[lo..<hi]) + close + string(scalars[hi...])
  }

  private func paint(_ text: String, _ code: String) -> String {
    colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
