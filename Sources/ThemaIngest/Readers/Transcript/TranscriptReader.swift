import Foundation

/// Reads plain-text interview and focus-group transcripts into speaker turns (see ``TurnLine`` for the
/// forms of turn lines).
///
/// - A turn runs from its turn line to the next one: continuation lines belong to it (a single line
///   break becomes a space, a blank line a "\n", each mapping to the original line ends).
/// - A timestamp on the turn line is the turn's start time; its end time is the start time of the next
///   turn when that has one (transcripts mark where turns begin, not where they end).
/// - Lines before the first turn (title, date, participants) become paragraphs.
/// - A text with no turn lines at all is read as ordinary text (``PlainTextReader``), with a warning.
///
/// Decoding (UTF-8, UTF-16, Windows-1252) and byte offsets come from ``TextDecoder``.
///
/// ```swift
/// let document = try TranscriptReader().read(data, name: "focusgroep-1.txt")
/// document.segments.first?.speaker?.id   // "I"
/// ```
public struct TranscriptReader: DocumentReader {
  public init() {}

  public func read(_ data: Data, name: String) throws -> IngestedDocument {
    let decoded = try TextDecoder.decode(data, name: name)
    let lines = Self.lines(decoded.utf8)
    var turns: [(line: Int, turn: TurnLine)] = []
    decoded.utf8.withUnsafeBufferPointer { buffer in
      for (number, line) in lines.enumerated() {
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)
        if let turn = TurnLine.parse(Substring(text)) { turns.append((number, turn)) }
      }
    }
    guard !turns.isEmpty else {
      var document = try PlainTextReader().read(data, name: name)
      document.warnings.append("\(name): no speaker turns found (such as \"R1:\" or \"Interviewer:\"); read as ordinary text.")
      return document
    }
    var segments: [Segment] = []
    var speakers: [Speaker] = []
    var seen: Set<String> = []
    // Paragraphs before the first turn.
    var paragraph: [Range<Int>] = []
    for index in 0..<turns[0].line {
      if Self.isBlank(lines[index], decoded.utf8) {
        if let segment = Self.segment(paragraph, kind: .paragraph, decoded) { segments.append(segment) }
        paragraph = []
      } else {
        paragraph.append(lines[index])
      }
    }
    if let segment = Self.segment(paragraph, kind: .paragraph, decoded) { segments.append(segment) }
    // Turns.
    for (position, entry) in turns.enumerated() {
      let end = position + 1 < turns.count ? turns[position + 1].line : lines.count
      let first = lines[entry.line]
      var ranges = [(first.lowerBound + entry.turn.textOffset)..<first.upperBound]
      ranges += (entry.line + 1..<end).map { lines[$0] }
      let speaker = Speaker(id: entry.turn.speakerID, name: entry.turn.name, role: entry.turn.role)
      if seen.insert(speaker.id).inserted { speakers.append(speaker) }
      var segment =
        Self.segment(ranges, kind: .turn, decoded)
        ?? Self.emptyTurn(at: first.lowerBound + entry.turn.textOffset, decoded)
      segment.speaker = speaker
      segment.startTime = entry.turn.seconds
      if position + 1 < turns.count { segment.endTime = turns[position + 1].turn.seconds }
      segments.append(segment)
    }
    return IngestedDocument(
      format: .transcript, encoding: decoded.encoding, segments: segments, speakers: speakers,
      warnings: decoded.warnings)
  }

  // MARK: - Detection

  /// Whether a .txt file is a transcript: in its first 64 KB at least three turn lines, by at least two
  /// speakers, one of whom speaks more than once, and turn lines make up at least 15% of the non-blank
  /// lines (so minutes with an occasional "Marije: …" stay minutes).
  public static func looksLikeTranscript(_ data: Data) -> Bool {
    let head = String(decoding: data.prefix(16_384), as: UTF8.self)  // a transcript shows its turns early
    var turns = 0
    var nonBlank = 0
    var counts: [String: Int] = [:]
    for line in head.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) {
      if line.allSatisfy(\.isWhitespace) { continue }
      nonBlank += 1
      if let turn = TurnLine.parse(line) {
        turns += 1
        counts[turn.speakerID, default: 0] += 1
      }
    }
    return turns >= 3 && counts.count >= 2 && counts.values.contains { $0 >= 2 } && turns * 100 >= nonBlank * 15
  }

  // MARK: - Building segments

  /// Line ranges (UTF-8 offsets, line ends excluded), splitting at "\n", "\r\n" and "\r".
  static func lines(_ utf8: [UInt8]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < utf8.count {
      if utf8[i] == 0x0A || utf8[i] == 0x0D {
        result.append(start..<i)
        if utf8[i] == 0x0D, i + 1 < utf8.count, utf8[i + 1] == 0x0A { i += 1 }
        start = i + 1
      }
      i += 1
    }
    if start < utf8.count { result.append(start..<utf8.count) }
    return result
  }

  static func isBlank(_ range: Range<Int>, _ utf8: [UInt8]) -> Bool {
    utf8[range].allSatisfy { $0 == 0x20 || $0 == 0x09 }
  }

  /// A segment of the given lines: each line's text trimmed, joined by a space (line break) or "\n"
  /// (blank lines), every joint mapped to the original stretch it replaces.
  static func segment(_ ranges: [Range<Int>], kind: Segment.Kind, _ decoded: DecodedText) -> Segment? {
    var text = String.UnicodeScalarView()
    var map = OffsetMap()
    var lastEnd: Int?  // scalar offset after the last text
    var blankSince = false
    var first: Int?
    for range in ranges {
      var lo = range.lowerBound
      var hi = range.upperBound
      while lo < hi, decoded.utf8[lo] == 0x20 || decoded.utf8[lo] == 0x09 { lo += 1 }
      while hi > lo, decoded.utf8[hi - 1] == 0x20 || decoded.utf8[hi - 1] == 0x09 { hi -= 1 }
      if lo == hi {
        blankSince = lastEnd != nil
        continue
      }
      let start = decoded.index.scalarOffset(ofUTF8: lo)
      let end = decoded.index.scalarOffset(ofUTF8: hi)
      if let previous = lastEnd {
        text.append(blankSince ? "\n" : " ")
        map.appendReplacement(viewLength: 1, original: previous..<start)
      }
      text.append(contentsOf: String(decoding: decoded.utf8[lo..<hi], as: UTF8.self).unicodeScalars)
      map.appendVerbatim(originalStart: start, length: end - start)
      first = first ?? start
      lastEnd = end
      blankSince = false
    }
    guard let first, let lastEnd else { return nil }
    return Segment(
      kind: kind, text: String(text), start: first, end: lastEnd, byteStart: decoded.byteOffset(ofScalar: first),
      byteEnd: decoded.byteOffset(ofScalar: lastEnd), map: map)
  }

  /// A turn line with no words after the label (the speaker only laughs, say): an empty turn.
  static func emptyTurn(at utf8: Int, _ decoded: DecodedText) -> Segment {
    let scalar = decoded.index.scalarOffset(ofUTF8: utf8)
    let byte = decoded.byteOffset(ofScalar: scalar)
    return Segment(kind: .turn, text: "", start: scalar, end: scalar, byteStart: byte, byteEnd: byte, map: OffsetMap())
  }
}
