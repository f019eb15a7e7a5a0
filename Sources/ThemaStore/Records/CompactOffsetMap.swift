import Foundation
import ThemaIngest

/// Stores a segment's `OffsetMap` in column `segment.mapRuns` (migration `v5-compact-maps`), relative
/// to the segment's own `start` and `end`.
///
/// - An **empty blob** stands for the map most segments have: one verbatim run from `start` to `end`
///   (no map at all when `start == end`). It is derived on read, so nothing is stored for it.
/// - Otherwise the blob is a format byte (`1`) followed by four zigzag LEB128 varints per run, each a
///   difference to what the previous run leads one to expect: view start minus the view covered so far,
///   original start minus the original covered so far (beginning at `start`), view length, and
///   original length minus view length. A typical run takes 4–6 bytes instead of the 16 of
///   `BinaryOffsetMap`, which older rows keep using (their `mapRuns` is NULL).
///
/// Written by hand because it runs for every segment on the import hot path; no listed package
/// encodes varints.
///
/// ```swift
/// let blob = CompactOffsetMap.encode(segment.map, start: segment.start, end: segment.end)
/// let map = CompactOffsetMap.decode(blob, start: segment.start, end: segment.end)
/// ```
enum CompactOffsetMap {
  /// The first byte of an explicitly stored map.
  static let formatByte: UInt8 = 1

  // MARK: - The derived map

  /// The map stored as an empty blob: one verbatim run over `start..<end`, or none when empty.
  static func verbatim(start: Int, end: Int) -> OffsetMap {
    guard end > start else { return OffsetMap() }
    return OffsetMap(runs: [
      OffsetMap.Run(viewStart: 0, originalStart: start, viewLength: end - start, originalLength: end - start)
    ])
  }

  /// Whether `map` is exactly the one `verbatim(start:end:)` derives, so that it need not be stored.
  static func isVerbatim(_ map: OffsetMap, start: Int, end: Int) -> Bool {
    let runs = map.runs
    if runs.isEmpty { return end == start }
    guard runs.count == 1, end > start else { return false }
    let run = runs[0]
    return run.viewStart == 0 && run.originalStart == start && run.viewLength == end - start
      && run.originalLength == end - start
  }

  // MARK: - Encoding

  /// Appends the encoding of `map` to `bytes` (nothing when the map is derived from start and end).
  static func encode(_ map: OffsetMap, start: Int, end: Int, appendingTo bytes: inout [UInt8]) {
    if isVerbatim(map, start: start, end: end) { return }
    bytes.append(formatByte)
    var view = 0
    var original = start
    for run in map.runs {
      appendVarint(zigzag(run.viewStart - view), to: &bytes)
      appendVarint(zigzag(run.originalStart - original), to: &bytes)
      appendVarint(zigzag(run.viewLength), to: &bytes)
      appendVarint(zigzag(run.originalLength - run.viewLength), to: &bytes)
      view = run.viewStart &+ run.viewLength
      original = run.originalStart &+ run.originalLength
    }
  }

  /// The encoding of `map` as `Data` (for callers off the hot path).
  static func encode(_ map: OffsetMap, start: Int, end: Int) -> Data {
    var bytes: [UInt8] = []
    encode(map, start: start, end: end, appendingTo: &bytes)
    return Data(bytes)
  }

  private static func zigzag(_ value: Int) -> UInt64 {
    let v = Int64(truncatingIfNeeded: value)
    return UInt64(bitPattern: (v << 1) ^ (v >> 63))
  }

  private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  // MARK: - Decoding

  /// The map stored in `bytes` for a segment over `start..<end`. Stops at the first incomplete run
  /// of a damaged blob (never reads past its end).
  static func decode(_ bytes: UnsafeRawBufferPointer, start: Int, end: Int) -> OffsetMap {
    guard let first = bytes.first else { return verbatim(start: start, end: end) }
    guard first == formatByte else { return OffsetMap() }
    var position = 1
    func next() -> Int? {
      var result: UInt64 = 0
      var shift: UInt64 = 0
      while position < bytes.count, shift < 64 {
        let byte = bytes[position]
        position += 1
        result |= UInt64(byte & 0x7F) << shift
        if byte < 0x80 {
          let signed = Int64(bitPattern: result >> 1) ^ -Int64(bitPattern: result & 1)
          return Int(truncatingIfNeeded: signed)
        }
        shift += 7
      }
      return nil
    }
    var runs: [OffsetMap.Run] = []
    var view = 0
    var original = start
    while position < bytes.count {
      guard let viewDelta = next(), let originalDelta = next(), let viewLength = next(),
        let lengthDelta = next()
      else { break }
      let run = OffsetMap.Run(
        viewStart: view &+ viewDelta, originalStart: original &+ originalDelta, viewLength: viewLength,
        originalLength: viewLength &+ lengthDelta)
      runs.append(run)
      view = run.viewStart &+ run.viewLength
      original = run.originalStart &+ run.originalLength
    }
    return OffsetMap(runs: runs)
  }

  /// The map stored in `data` for a segment over `start..<end`.
  static func decode(_ data: Data, start: Int, end: Int) -> OffsetMap {
    data.withUnsafeBytes { decode($0, start: start, end: end) }
  }
}
