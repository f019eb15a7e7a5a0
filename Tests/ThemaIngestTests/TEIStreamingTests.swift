import Foundation
import PropertyBased
import Testing

@testable import ThemaIngest

/// The streaming path of ``TEIReader``: segments handed over as they complete equal the whole read, a
/// timeline after the utterances is read first (the reader starts again, nothing is held back) and still
/// gives the same times, and the consumer can stop the reading.
@Suite struct TEIStreamingTests {
  // MARK: - Helpers

  /// The segments handed over one by one, and the document returned beside them.
  static func streamed(_ data: Data, name: String) throws -> (segments: [Segment], document: IngestedDocument) {
    var segments: [Segment] = []
    let document = try TEIReader().read(data, name: name) { segments.append($0) }
    return (segments, document)
  }

  /// Expects the streamed read of `data` to equal the whole read.
  static func expectStreamedEqualsWhole(_ data: Data, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let whole = try TEIReader().read(data, name: name)
    let (segments, document) = try streamed(data, name: name)
    #expect(document.segments.isEmpty, sourceLocation: sourceLocation)
    #expect(segments.count == whole.segments.count, sourceLocation: sourceLocation)
    #expect(segments == whole.segments, sourceLocation: sourceLocation)
    #expect(document.speakers == whole.speakers, sourceLocation: sourceLocation)
    #expect(document.warnings == whole.warnings, sourceLocation: sourceLocation)
    #expect(document.format == .tei, sourceLocation: sourceLocation)
  }

  /// `xml` with its `<front>` (the timeline) moved after `</body>`, into a `<back>`.
  static func timelineLast(_ xml: String) throws -> String {
    let front = try #require(xml.range(of: "<front>")?.lowerBound)
    let frontEnd = try #require(xml.range(of: "</front>")?.upperBound)
    let timeline = xml[front..<frontEnd].replacingOccurrences(of: "front>", with: "back>")
    var moved = xml
    moved.removeSubrange(front..<frontEnd)
    let bodyEnd = try #require(moved.range(of: "</body>")?.upperBound)
    moved.insert(contentsOf: timeline, at: bodyEnd)
    return moved
  }

  /// What a segment says, apart from where it stands in the file.
  struct Content: Equatable {
    var kind: Segment.Kind
    var text: String
    var headingPath: [String]
    var speaker: Speaker?
    var startTime: Double?
    var endTime: Double?
    var notes: [String]

    init(_ segment: Segment) {
      kind = segment.kind
      text = segment.text
      headingPath = segment.headingPath
      speaker = segment.speaker
      startTime = segment.startTime
      endTime = segment.endTime
      notes = segment.notes
    }
  }

  struct Stop: Error {}

  // MARK: - Fixtures

  @Test func fixturesStreamAsTheyReadWhole() throws {
    let interview = TEIReaderTests.interview
    try Self.expectStreamedEqualsWhole(Data(interview.utf8), name: "interview.tei")
    let withoutNamespace = interview.replacingOccurrences(of: " xmlns=\"http://www.tei-c.org/ns/1.0\"", with: "")
    try Self.expectStreamedEqualsWhole(Data(withoutNamespace.utf8), name: "zonder-ns.tei")
    let unknown = interview.replacingOccurrences(of: "<u who=\"#R2\"", with: "<u who=\"#R9\"")
    try Self.expectStreamedEqualsWhole(Data(unknown.utf8), name: "onbekend.tei")
  }

  @Test func generatedTranscriptStreamsAsItReadsWhole() throws {
    let data = SampleTranscripts.tei(bytes: 400_000, seed: 41)
    try Self.expectStreamedEqualsWhole(data, name: "groot.tei")
    let (segments, _) = try Self.streamed(data, name: "groot.tei")
    #expect(segments.filter { $0.kind == .turn }.count > 1_000)
    #expect(segments.filter { $0.kind == .turn }.allSatisfy { $0.startTime != nil && $0.endTime != nil })
    TraceCheck.verify(Array(segments.prefix(200)), original: data)
  }

  // MARK: - Timeline after the utterances

  @Test func timelineAfterUtterancesGivesTheSameTimes() throws {
    let xml = try Self.timelineLast(TEIReaderTests.interview)
    try Self.expectStreamedEqualsWhole(Data(xml.utf8), name: "tijdlijn-achteraan.tei")
    let (segments, document) = try Self.streamed(Data(xml.utf8), name: "tijdlijn-achteraan.tei")
    let before = try TEIReader().read(Data(TEIReaderTests.interview.utf8), name: "interview.tei")
    #expect(segments.map(Content.init) == before.segments.map(Content.init))
    #expect(segments.filter { $0.kind == .turn }.map(\.startTime) == [0, 12.5, 61])
    #expect(document.warnings.isEmpty)
    TraceCheck.verify(segments, original: Data(xml.utf8))
  }

  @Test func generatedTranscriptWithTimelineLastKeepsOrderAndTimes() throws {
    let original = SampleTranscripts.tei(bytes: 200_000, seed: 5)
    let xml = try Self.timelineLast(String(decoding: original, as: UTF8.self))
    let data = Data(xml.utf8)
    try Self.expectStreamedEqualsWhole(data, name: "achteraan.tei")
    let (segments, _) = try Self.streamed(data, name: "achteraan.tei")
    let reference = try TEIReader().read(original, name: "vooraan.tei")
    #expect(segments.map(Content.init) == reference.segments.map(Content.init))
  }

  /// Property: wherever the timeline stands, streaming gives the whole read's segments with the times
  /// of the same transcript whose timeline comes first.
  @Test func timelinePositionDoesNotChangeTheSegments() async {
    await propertyCheck(count: 20, input: Gen.int(in: 0..<1_000_000)) { seed in
      let original = SampleTranscripts.tei(bytes: 20_000, seed: UInt64(seed))
      guard let xml = try? Self.timelineLast(String(decoding: original, as: UTF8.self)),
        let whole = try? TEIReader().read(Data(xml.utf8), name: "p.tei"),
        let (segments, _) = try? Self.streamed(Data(xml.utf8), name: "p.tei"),
        let reference = try? TEIReader().read(original, name: "q.tei")
      else {
        Issue.record("seed \(seed) did not read")
        return
      }
      #expect(segments == whole.segments, "seed \(seed)")
      #expect(segments.map(Content.init) == reference.segments.map(Content.init), "seed \(seed)")
    }
  }

  /// Reads `data` streaming and says whether the reader had to read the file again.
  static func restarted(_ data: Data, name: String) throws -> (segments: [Segment], restarted: Bool) {
    var segments: [Segment] = []
    var restarted = false
    _ = try TEIReader().read(data, name: name, restarted: &restarted) { segments.append($0) }
    return (segments, restarted)
  }

  @Test func aLateTimelineMakesTheReaderReadAgainInsteadOfHoldingTurns() throws {
    let original = SampleTranscripts.tei(bytes: 100_000, seed: 12)
    let first = try Self.restarted(original, name: "vooraan.tei")
    #expect(!first.restarted)
    let late = Data(try Self.timelineLast(original.asString).utf8)
    let second = try Self.restarted(late, name: "achteraan.tei")
    #expect(second.restarted)
    // Every segment once, in order, with the times of the timeline-first file.
    #expect(second.segments.map(Content.init) == first.segments.map(Content.init))
    TraceCheck.verify(Array(second.segments.prefix(100)), original: late)
  }

  @Test func literalTimesWithoutATimelineAreTakenAsTheyAre() throws {
    let xml = """
      <TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader/><text><body>
      <head>Gesprek</head>
      <u who="#A" start="00:00:05" end="12.5">Eerst een vraag over het team.</u>
      <u who="#B" start="13" end="20">Dan het antwoord.</u>
      </body></text></TEI>
      """
    let (segments, restarted) = try Self.restarted(Data(xml.utf8), name: "letterlijk.tei")
    #expect(restarted)
    #expect(segments.map(\.kind) == [.heading, .turn, .turn])
    #expect(segments.filter { $0.kind == .turn }.map(\.startTime) == [5, 13])
    #expect(segments.filter { $0.kind == .turn }.map(\.endTime) == [12.5, 20])
    try Self.expectStreamedEqualsWhole(Data(xml.utf8), name: "letterlijk.tei")
  }

  // MARK: - Handing over early, and stopping

  @Test func segmentsAreHandedOverBeforeTheEndOfTheFile() throws {
    // Cut off near the end: the reading fails there, after the earlier segments were handed over.
    let data = SampleTranscripts.tei(bytes: 200_000, seed: 8)
    let cut = data.prefix(data.count - 500)
    var received = 0
    #expect(throws: IngestError.self) {
      try TEIReader().read(Data(cut), name: "afgebroken.tei") { _ in received += 1 }
    }
    #expect(received > 500)
  }

  @Test func aFileCutBeforeItsLateTimelineFailsWithTheXMLError() throws {
    // Timeline last and the file cut before it: the first timed turn makes the reader look for the
    // timeline; there is none (no <when> at all), so it reads again without times and fails at the cut.
    let xml = try Self.timelineLast(SampleTranscripts.tei(bytes: 100_000, seed: 8).asString)
    let cut = Data(xml[..<(try #require(xml.range(of: "<back>")).lowerBound)].utf8)
    var received: [Segment] = []
    #expect(throws: IngestError.self) {
      try TEIReader().read(Data(cut), name: "afgebroken.tei") { received.append($0) }
    }
    #expect(received.first?.kind == .heading)
    #expect(received.filter { $0.kind == .turn }.allSatisfy { $0.startTime == nil })
  }

  @Test func anErrorOfTheConsumerStopsTheReading() throws {
    let data = SampleTranscripts.tei(bytes: 100_000, seed: 3)
    var received = 0
    #expect(throws: Stop.self) {
      try TEIReader().read(data, name: "stop.tei") { _ in
        received += 1
        if received == 3 { throw Stop() }
      }
    }
    #expect(received == 3)
  }

  @Test func anErrorOfTheConsumerStopsTheSecondReading() throws {
    let xml = try Self.timelineLast(TEIReaderTests.interview)
    var received = 0
    #expect(throws: Stop.self) {
      try TEIReader().read(Data(xml.utf8), name: "stop.tei") { _ in
        received += 1
        if received == 2 { throw Stop() }
      }
    }
    #expect(received == 2)
  }
}

extension Data {
  fileprivate var asString: String { String(decoding: self, as: UTF8.self) }
}
