import Foundation
import ThemaXML

/// Reads TEI P5 transcriptions of speech (the "spoken" module), with or without the TEI namespace.
///
/// - `<u who="#R1">` inside `<text>` becomes a turn; the speaker comes from `<particDesc>`'s
///   `<person xml:id="R1" role="…">` with its `<persName>`.
/// - Times: `start`/`end` on the utterance, or `<anchor synch="#T3"/>` at its start or end, resolved
///   against `<timeline>`'s `<when xml:id absolute | interval since>`; seconds from the timeline origin.
///   A `start`/`end` that names no `<when>` but is itself a time ("12.5", "00:01:05") is taken as is.
///   A turn read before any `<timeline>` has closed is resolved against the first timeline to close (or,
///   without one, the file's `<when>`s); a turn read after it, against the timelines closed so far.
/// - `<div>`/`<head>` give the heading path; `<p>` outside utterances becomes a paragraph.
/// - `<pause/>`, `<incident>`, `<vocal>`, `<kinesic>`, `<gap>` are left out of the text (they stay in the
///   original); `<note>` inside an utterance becomes a note of the turn.
/// - Documented fallback: a `who` that names no `<person>` keeps the reference as the speaker id, with a
///   warning; a missing `who` gives a turn without speaker, with a warning.
///
/// ```swift
/// let document = try TEIReader().read(data, name: "interview-03.tei")
/// document.segments[0].speaker?.name   // "Marije"
/// ```
public struct TEIReader: DocumentReader {
  public init() {}

  /// Elements whose content is left out of the text of an utterance.
  static let skipped: Set<String> = ["incident", "vocal", "kinesic", "gap", "pause", "desc", "shift", "writing"]

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    var segments: [Segment] = []
    // Sized once: a large transcript's array would otherwise grow by doubling (see ElementCounter).
    segments.reserveCapacity(ElementCounter.count(data, names: ["u", "head", "p"]))
    var document = try read(data, name: name) { segments.append($0) }
    document.segments = segments
    return document
  }

  /// Streams the segments: each heading, paragraph and turn goes to `consume` as soon as its end tag is
  /// read, and none is kept (see ``DocumentReader/read(_:name:segments:)``).
  ///
  /// A `<timeline>` after the utterances: when the first turn that refers to it is read, the reading
  /// stops, a first pass reads only the timeline (the turns are not kept), and the reading starts again
  /// with the times known, handing on from the segment after the ones already handed over. The file is
  /// parsed up to twice, but no segment is held back, so memory stays that of the file.
  ///
  /// ```swift
  /// let document = try TEIReader().read(data, name: "focusgroep.tei") { segment in try store(segment) }
  /// document.speakers.map(\.id)   // ["I", "R1", …]
  /// ```
  public func read(_ data: Data, name: String, segments consume: (Segment) throws -> Void) throws -> IngestedDocument {
    var restarted = false
    return try read(data, name: name, restarted: &restarted, segments: consume)
  }

  /// The streaming read; `restarted` tells whether a late timeline made it read the file again.
  func read(
    _ data: Data, name: String, restarted: inout Bool, segments consume: (Segment) throws -> Void
  ) throws -> IngestedDocument {
    try withoutActuallyEscaping(consume) { consume in
      var handedOver = 0
      var state = TEIState(name: name, mode: .restartOnLateTimeline) { segment in
        try consume(segment)
        handedOver += 1
      }
      do {
        try Self.parse(data, name: name, into: &state)
        return try state.finish()
      } catch is TEILateTimeline {
        // Read the timeline alone, then read again from the start, skipping what was handed over.
        let times = try Self.timelineTimes(data, name: name)
        let skip = handedOver
        var seen = 0
        var again = TEIState(name: name, mode: .knownTimes(times)) { segment in
          seen += 1
          if seen > skip { try consume(segment) }
        }
        restarted = true
        try Self.parse(data, name: name, into: &again)
        return try again.finish()
      }
    }
  }

  /// Feeds every event of `data` to `state`, with XML errors as ingest errors.
  private static func parse(_ data: Data, name: String, into state: inout TEIState) throws {
    do {
      try XMLStreamReader.read(data, name: name) { event in try state.handle(event) }
    } catch let error as XMLParseError {
      throw IngestError(error)
    }
  }

  /// The seconds of every `<when>` as the first `<timeline>` to close gives them (or, when none closes,
  /// as the file's `<when>`s give them at its end): the times a turn read before the timeline is given.
  private static func timelineTimes(_ data: Data, name: String) throws -> [String: Double] {
    // Without the bytes "when" there is no <when> element (entities are not expanded): nothing to read.
    guard data.range(of: Data("when".utf8)) != nil else { return [:] }
    var state = TEIState(name: name, mode: .timelineOnly) { _ in }
    do {
      try parse(data, name: name, into: &state)
    } catch is TEITimelineRead {
      return state.timeOf
    }
    return state.finishedTimes()
  }
}

/// Stops the first pass at a turn that refers to a `<timeline>` not read yet.
private struct TEILateTimeline: Error {}

/// Stops the timeline pass when the first `<timeline>` has closed.
private struct TEITimelineRead: Error {}

/// The streaming state of ``TEIReader``.
private struct TEIState {
  struct Person {
    var id: String
    var name: String?
    var role: String?
  }
  struct When {
    var absolute: Double?
    var interval: Double?
    var since: String?
  }

  /// What the state does with a turn that refers to a timeline not read yet.
  enum Mode {
    /// Throws `TEILateTimeline` (the reader then reads the timeline first and starts again).
    case restartOnLateTimeline
    /// The times of the first timeline are known from a first pass.
    case knownTimes([String: Double])
    /// Reads only the timeline: hands nothing over and stops when the first timeline closes.
    case timelineOnly
  }

  let name: String
  let mode: Mode
  var stack: [String] = []
  var sawRoot = false
  var persons: [String: Person] = [:]
  var personOrder: [String] = []
  var currentPerson: Person?
  var personText: String?
  var personTextKind: String?
  var whens: [String: When] = [:]
  /// Seconds of every `<when>`, computed when the timeline closes (then `whens` is freed).
  var timeOf: [String: Double] = [:]
  var timelineDone = false
  var speakers: [Speaker] = []
  var seenSpeakers: Set<String> = []
  var unknownSpeakers: Set<String> = []
  var timelineUnitScale = 1.0
  var timelineOrigin: String?
  var headings: [String?] = [] {  // one slot per open <div>
    didSet { headingPath = headings.compactMap { $0 } }
  }
  /// The heading path, shared by the segments under it (not rebuilt per segment).
  var headingPath: [String] = []
  var headBuilder: SegmentTextBuilder?
  var turnBuilder: SegmentTextBuilder?
  var turnAttributes: (who: [String], start: String?, end: String?, line: Int)?
  var anchors: [(ref: String, at: Int)] = []
  var notes: [String] = []
  var noteText: String?
  var skipDepth = 0
  var paragraphBuilder: SegmentTextBuilder?
  /// Receives the finished segments in document order.
  let consumer: (Segment) throws -> Void
  var warnings: [String] = []
  var unlocated = false
  var entityReferences = 0

  init(name: String, mode: Mode, consumer: @escaping (Segment) throws -> Void) {
    self.name = name
    self.mode = mode
    self.consumer = consumer
    if case .knownTimes(let times) = mode {
      timeOf = times
      timelineDone = true
    }
  }

  var inText: Bool { stack.contains("text") }

  // MARK: - Events

  mutating func handle(_ event: XMLEvent) throws {
    switch event {
    case .start(let tag): try start(tag)
    case .end(let localName, _, _): try end(localName)
    case .text(let text): characters(text)
    case .entityReference(let name):
      entityReferences += 1
      if entityReferences == 1 { warnings.append("\(self.name): entity reference &\(name); left unexpanded.") }
    }
  }

  private mutating func start(_ tag: XMLStartTag) throws {
    if !sawRoot {
      sawRoot = true
      guard tag.localName == "TEI" || tag.localName == "teiCorpus" else {
        throw IngestError.invalid(file: name, reason: "the root element is <\(tag.localName)>, not a TEI document (<TEI>)")
      }
      if let ns = tag.namespace, ns != XMLNamespace.tei {
        throw IngestError.invalid(
          file: name,
          reason: "the root element <TEI> is in namespace '\(ns)', not TEI P5 (\(XMLNamespace.tei)) or none")
      }
    }
    let local = tag.localName
    stack.append(local)
    if skipDepth > 0 {
      skipDepth += 1
      return
    }
    if noteText != nil { return }
    switch local {
    case "person" where stack.contains("particDesc"):
      let id = tag.attribute("id", namespace: XMLNamespace.xml) ?? tag.attribute("id") ?? "person\(personOrder.count + 1)"
      currentPerson = Person(id: id, name: tag.attribute("n"), role: tag.attribute("role"))
    case "persName" where currentPerson != nil, "name" where currentPerson != nil,
      "roleName" where currentPerson != nil:
      personText = ""
      personTextKind = local == "roleName" ? "role" : "name"
    case "timeline":
      timelineOrigin = tag.attribute("origin").map(Self.reference)
      switch tag.attribute("unit") {
      case "ms": timelineUnitScale = 0.001
      case "min": timelineUnitScale = 60
      case "h": timelineUnitScale = 3600
      default: timelineUnitScale = 1
      }
    case "when":
      if let id = tag.attribute("id", namespace: XMLNamespace.xml) ?? tag.attribute("id") {
        whens[id] = When(
          absolute: tag.attribute("absolute").flatMap(Self.clockTime),
          interval: tag.attribute("interval").flatMap(Double.init).map { $0 * timelineUnitScale },
          since: tag.attribute("since").map(Self.reference))
      }
    case "div" where inText:
      headings.append(nil)
    case "head" where inText && turnBuilder == nil:
      headBuilder = SegmentTextBuilder(collapsesWhitespace: true)
    case "u" where inText:
      let who = (tag.attribute("who") ?? "").split(whereSeparator: \.isWhitespace).map { Self.reference(String($0)) }
      turnAttributes = (who, tag.attribute("start").map(Self.reference), tag.attribute("end").map(Self.reference), tag.line)
      turnBuilder = SegmentTextBuilder(collapsesWhitespace: true)
      anchors = []
      notes = []
    case "anchor" where turnBuilder != nil:
      if let synch = tag.attribute("synch") { anchors.append((Self.reference(synch), turnBuilder!.count)) }
    case "note" where turnBuilder != nil:
      noteText = ""
    case "p" where inText && turnBuilder == nil && headBuilder == nil:
      paragraphBuilder = SegmentTextBuilder(collapsesWhitespace: true)
    default:
      if TEIReader.skipped.contains(local), turnBuilder != nil || paragraphBuilder != nil {
        turnBuilder?.wordBreak()
        paragraphBuilder?.wordBreak()
        if local != "pause" { skipDepth = 1 }
      } else if local == "lb" {
        turnBuilder?.wordBreak()
        paragraphBuilder?.wordBreak()
      }
    }
  }

  private mutating func end(_ local: String) throws {
    defer { stack.removeLast() }
    if skipDepth > 0 {
      skipDepth -= 1
      return
    }
    if noteText != nil {
      if local == "note" {
        let note = noteText!.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !note.isEmpty { notes.append(note) }
        noteText = nil
        turnBuilder?.wordBreak()
      }
      return
    }
    switch local {
    case "persName" where personText != nil, "name" where personText != nil,
      "roleName" where personText != nil:
      let value = personText!.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      if !value.isEmpty {
        if personTextKind == "role" {
          if currentPerson?.role == nil { currentPerson?.role = value }
        } else if currentPerson?.name == nil || local == "persName" {
          currentPerson?.name = value
        }
      }
      personText = nil
    case "person":
      if let person = currentPerson {
        if persons[person.id] == nil { personOrder.append(person.id) }
        persons[person.id] = person
      }
      currentPerson = nil
    case "timeline":
      for id in whens.keys { timeOf[id] = time(ofWhen: id) }
      whens = [:]
      timelineDone = true
      if case .timelineOnly = mode { throw TEITimelineRead() }
    case "div" where inText && !headings.isEmpty:
      headings.removeLast()
    case "head" where headBuilder != nil:
      if let built = headBuilder!.build() {
        if headings.isEmpty { headings.append(nil) }
        headings[headings.count - 1] = built.text
        var segment = Segment(
          kind: .heading, headingPath: headingPath, text: built.text, start: built.start, end: built.end,
          byteStart: built.byteStart, byteEnd: built.byteEnd, map: built.map)
        segment.listLevel = 0
        unlocated = unlocated || built.hasUnlocatedText
        try append(segment)
      }
      headBuilder = nil
    case "p" where paragraphBuilder != nil:
      if let (segment, lost) = paragraphBuilder!.segment(kind: .paragraph, headingPath: headingPath) {
        unlocated = unlocated || lost
        try append(segment)
      }
      paragraphBuilder = nil
    case "u" where turnBuilder != nil:
      try finishTurn()
    default:
      break
    }
  }

  private mutating func characters(_ text: XMLText) {
    if skipDepth > 0 { return }
    if noteText != nil {
      noteText! += text.text
    } else if personText != nil {
      personText! += text.text
    } else if headBuilder != nil {
      headBuilder!.append(text)
    } else if turnBuilder != nil {
      turnBuilder!.append(text)
    } else if paragraphBuilder != nil {
      paragraphBuilder!.append(text)
    }
  }

  // MARK: - Handing over

  /// Hands `segment` over (in a timeline-only pass, drops it).
  private mutating func append(_ segment: Segment) throws {
    if case .timelineOnly = mode { return }
    try consumer(segment)
  }

  private mutating func finishTurn() throws {
    guard let builder = turnBuilder, let attributes = turnAttributes else { return }
    turnBuilder = nil
    turnAttributes = nil
    guard let (segment, lost) = builder.segment(kind: .turn, headingPath: headingPath) else {
      return  // an utterance without words (only a pause or an incident): nothing to analyse
    }
    unlocated = unlocated || lost
    var turn = segment
    turn.notes = notes
    var startRef = attributes.start
    var endRef = attributes.end
    if startRef == nil, let first = anchors.first, first.at == 0 { startRef = first.ref }
    if endRef == nil, let last = anchors.last, last.at == builder.count, last.at > 0 || anchors.count > 1 {
      endRef = last.ref
    }
    assignSpeaker(&turn, who: attributes.who, line: attributes.line)
    if case .timelineOnly = mode { return }
    if !timelineDone && (startRef != nil || endRef != nil) {
      // The timeline comes later (or not at all): the reader reads it first and starts again.
      throw TEILateTimeline()
    }
    turn.startTime = startRef.flatMap { time(ofReference: $0, line: attributes.line) }
    turn.endTime = endRef.flatMap { time(ofReference: $0, line: attributes.line) }
    try append(turn)
  }

  // MARK: - Finishing

  /// Sets the speaker of a turn from its `who` references (documented fallback for unknown ids).
  private mutating func assignSpeaker(_ segment: inout Segment, who: [String], line: Int) {
    guard let id = who.first else {
      warnings.append("\(name):\(line): utterance without 'who'; kept without speaker.")
      return
    }
    let speaker: Speaker
    if let person = persons[id] {
      speaker = Speaker(id: person.id, name: person.name, role: person.role)
    } else {
      speaker = Speaker(id: id)
      if unknownSpeakers.insert(id).inserted {
        warnings.append(
          "\(name):\(line): utterance by '#\(id)', who is not a <person> in <particDesc>; kept as speaker '\(id)' without name.")
      }
    }
    segment.speaker = speaker
    if seenSpeakers.insert(speaker.id).inserted { speakers.append(speaker) }
    if who.count > 1 {
      segment.attributes["speakers"] = who.joined(separator: " ")
      warnings.append(
        "\(name):\(line): utterance with several speakers (\(who.joined(separator: ", "))); attributed to '\(id)', all listed in the attribute 'speakers'.")
    }
  }

  /// Returns the document without its segments (they were handed over).
  mutating func finish() throws -> IngestedDocument {
    guard sawRoot else { throw IngestError.invalid(file: name, reason: "the file has no root element") }
    var speakers = speakers
    for id in personOrder where !seenSpeakers.contains(id) {
      let person = persons[id]!
      speakers.append(Speaker(id: person.id, name: person.name, role: person.role))
    }
    if unlocated {
      warnings.append("\(name): some text could not be located in the original (not UTF-8?); its offsets point at the nearest known position.")
    }
    if entityReferences > 1 {
      warnings.append("\(name): \(entityReferences) entity references left unexpanded.")
    }
    return IngestedDocument(format: .tei, encoding: nil, segments: [], speakers: speakers, warnings: warnings)
  }

  /// The times known at the end of the file: those of the timelines closed so far or, when none closed,
  /// those of the `<when>`s read.
  func finishedTimes() -> [String: Double] {
    guard !timelineDone else { return timeOf }
    var times = timeOf
    for id in whens.keys { times[id] = time(ofWhen: id) }
    return times
  }

  /// Seconds of the time reference `ref` (a `<when>` id, after the timeline is read). Documented
  /// fallback: a value that names no `<when>` but is itself a time ("12.5", "00:01:05") is taken as is.
  private mutating func time(ofReference ref: String, line: Int) -> Double? {
    if let known = timeOf[ref] { return known }
    if let literal = TimeCode.seconds(ref) { return literal }
    warnings.append("\(name):\(line): time reference '#\(ref)' has no resolvable <when> in the <timeline>; left without time.")
    return nil
  }

  /// Seconds of the `<when>` with id `id` from the timeline origin, following `since` chains.
  private func time(ofWhen id: String) -> Double? {
    var visited: Set<String> = []
    func time(_ id: String) -> Double? {
      guard visited.insert(id).inserted, let when = whens[id] else { return nil }
      if let interval = when.interval {
        guard let since = when.since ?? (id == timelineOrigin ? nil : timelineOrigin) else { return interval }
        return time(since).map { $0 + interval }
      }
      if let absolute = when.absolute {
        if let origin = timelineOrigin, origin != id, let originAbsolute = whens[origin]?.absolute {
          return absolute - originAbsolute
        }
        return id == timelineOrigin ? 0 : absolute
      }
      return id == timelineOrigin || when.since == nil ? 0 : nil
    }
    return time(id)
  }

  static func reference(_ raw: String) -> String {
    raw.hasPrefix("#") ? String(raw.dropFirst()) : raw
  }

  /// `absolute` values: a clock time ("10:15:00", "2019-03-12T10:15:00") in seconds of the day.
  static func clockTime(_ raw: String) -> Double? {
    let time = raw.split(separator: "T").last.map(String.init) ?? raw
    return TimeCode.seconds(String(time.prefix { $0 != "+" && $0 != "Z" }))
  }
}
