import Foundation
import ThemaXML

/// Reads Transcriber (`.trs`) files.
///
/// - Speakers from `<Speakers>/<Speaker id name>`; topics from `<Topics>/<Topic id desc>` give the
///   heading of a `<Section topic>`.
/// - Each `<Turn speaker startTime endTime>` is split at every `<Sync time>` into timed parts; a part
///   ends at the next `<Sync>` or at the turn's `endTime`. With `turns: .whole` a turn stays one segment
///   (from its `startTime` to its `endTime`), its `<Sync>` times kept in the attribute `syncTimes`.
/// - Overlapping speech (`speaker="spk1 spk2"`) is split per speaker at `<Who nb="1">`, `<Who nb="2">`:
///   each speaker's part becomes its own turn with the same times, marked with the attribute
///   `overlap` = "true".
/// - `<Event>` and `<Background>` are left out of the text (they stay in the original); `<Comment desc>`
///   becomes a note of the turn.
/// - Documented fallback: a turn naming an unknown speaker id keeps the id as speaker, with a warning.
///
/// ```swift
/// let document = try TranscriberReader().read(data, name: "focusgroep.trs")
/// document.segments.map { ($0.speaker?.name, $0.startTime) }
/// ```
public struct TranscriberReader: DocumentReader {
  /// How a `<Turn>` becomes segments.
  public enum TurnSegments: String, Sendable, Hashable, CaseIterable, Codable {
    /// A segment per `<Sync>` part (the finest times; one answer may span several segments).
    case sync
    /// A segment per turn and speaker (what a coder reads as one answer).
    case whole
  }

  /// How a turn becomes segments (default: a segment per `<Sync>` part).
  public var turns: TurnSegments

  public init(turns: TurnSegments = .sync) { self.turns = turns }

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    var state = TranscriberState(name: name, splitsAtSync: turns == .sync)
    do {
      try XMLStreamReader.read(data, name: name) { event in try state.handle(event) }
    } catch let error as XMLParseError {
      throw IngestError(error)
    }
    return state.finish()
  }
}

private struct TranscriberState {
  let name: String
  var sawRoot = false
  var speakers: [String: Speaker] = [:]
  var speakerOrder: [String] = []
  var topics: [String: String] = [:]
  var heading: [String] = []
  var turnSpeakers: [String] = []
  var turnEnd: Double?
  var turnLine = 0
  var inTurn = false
  var syncTime: Double?
  var currentSpeaker: String?
  var builder = SegmentTextBuilder(collapsesWhitespace: true)
  var partNotes: [String] = []
  var openParts: [Int] = []
  var segments: [Segment] = []
  var warnings: [String] = []
  var unknown: Set<String> = []
  var used: [String] = []
  var unlocated = false
  var skipDepth = 0
  /// False for `turns: .whole`: a `<Sync>` inside a turn only notes its time.
  let splitsAtSync: Bool
  /// The `<Sync>` times of the current part (whole turns only).
  var syncTimes: [String] = []

  init(name: String, splitsAtSync: Bool) {
    self.name = name
    self.splitsAtSync = splitsAtSync
  }

  mutating func handle(_ event: XMLEvent) throws {
    switch event {
    case .start(let tag):
      if !sawRoot {
        sawRoot = true
        guard tag.localName == "Trans" else {
          throw IngestError.invalid(file: name, reason: "the root element is <\(tag.localName)>, not a Transcriber file (<Trans>)")
        }
      }
      if skipDepth > 0 {
        skipDepth += 1
        return
      }
      start(tag)
    case .end(let local, _, _):
      if skipDepth > 0 {
        skipDepth -= 1
        return
      }
      end(local)
    case .text(let text):
      if inTurn, skipDepth == 0 { builder.append(text) }
    case .entityReference(let entity):
      warnings.append("\(name): entity reference &\(entity); left unexpanded.")
    }
  }

  private mutating func start(_ tag: XMLStartTag) {
    switch tag.localName {
    case "Speaker":
      guard let id = tag.attribute("id") else { return }
      // Transcriber's `type` (male, female, child) is not a role, so the role stays empty.
      let speaker = Speaker(id: id, name: tag.attribute("name"), role: nil)
      if speakers[id] == nil { speakerOrder.append(id) }
      speakers[id] = speaker
    case "Topic":
      if let id = tag.attribute("id") { topics[id] = tag.attribute("desc") }
    case "Section":
      heading = tag.attribute("topic").flatMap { topics[$0] }.map { [$0] } ?? []
    case "Turn":
      inTurn = true
      turnSpeakers = (tag.attribute("speaker") ?? "").split(separator: " ").map(String.init)
      turnEnd = tag.attribute("endTime").flatMap(Double.init)
      turnLine = tag.line
      syncTime = tag.attribute("startTime").flatMap(Double.init)
      currentSpeaker = turnSpeakers.first
      builder = SegmentTextBuilder(collapsesWhitespace: true)
      syncTimes = []
    case "Sync" where inTurn && !splitsAtSync:
      builder.wordBreak()
      if let time = tag.attribute("time") { syncTimes.append(time) }
    case "Sync" where inTurn:
      flushPart()
      closeParts(at: tag.attribute("time").flatMap(Double.init))
      syncTime = tag.attribute("time").flatMap(Double.init) ?? syncTime
    case "Who" where inTurn:
      flushPart()
      if let nb = tag.attribute("nb").flatMap(Int.init), nb >= 1, nb <= turnSpeakers.count {
        currentSpeaker = turnSpeakers[nb - 1]
      } else {
        warnings.append("\(name):\(tag.line): <Who nb=\"\(tag.attribute("nb") ?? "")\"> names no speaker of the turn (\(turnSpeakers.joined(separator: " "))).")
      }
    case "Comment" where inTurn:
      if let desc = tag.attribute("desc"), !desc.isEmpty { partNotes.append(desc) }
    case "Event", "Background":
      builder.wordBreak()
    default:
      break
    }
  }

  private mutating func end(_ local: String) {
    guard local == "Turn", inTurn else { return }
    flushPart()
    closeParts(at: turnEnd)
    inTurn = false
  }

  /// Makes a turn segment of the text since the last `<Sync>` or `<Who>`.
  private mutating func flushPart() {
    defer {
      builder = SegmentTextBuilder(collapsesWhitespace: true)
    }
    guard let (segment, lost) = builder.segment(kind: .turn, headingPath: heading) else { return }
    unlocated = unlocated || lost
    var part = segment
    part.startTime = syncTime
    part.notes = partNotes
    partNotes = []
    if !syncTimes.isEmpty {
      part.attributes["syncTimes"] = syncTimes.joined(separator: " ")
      syncTimes = []
    }
    if let id = currentSpeaker {
      if let speaker = speakers[id] {
        part.speaker = speaker
      } else {
        part.speaker = Speaker(id: id)
        if unknown.insert(id).inserted {
          warnings.append("\(name):\(turnLine): turn by speaker '\(id)', who is not in <Speakers>; kept as speaker '\(id)' without name.")
        }
      }
      if !used.contains(id) { used.append(id) }
    } else {
      warnings.append("\(name):\(turnLine): text in a turn without speaker; kept without speaker.")
    }
    if turnSpeakers.count > 1 { part.attributes["overlap"] = "true" }
    openParts.append(segments.count)
    segments.append(part)
  }

  private mutating func closeParts(at time: Double?) {
    for index in openParts { segments[index].endTime = time }
    openParts = []
  }

  func finish() -> IngestedDocument {
    var ordered: [Speaker] = used.map { speakers[$0] ?? Speaker(id: $0) }
    ordered += speakerOrder.filter { !used.contains($0) }.compactMap { speakers[$0] }
    var warnings = warnings
    if unlocated {
      warnings.append("\(name): some text could not be located in the original (not UTF-8?); its offsets point at the nearest known position.")
    }
    return IngestedDocument(format: .transcriber, encoding: nil, segments: segments, speakers: ordered, warnings: warnings)
  }
}
