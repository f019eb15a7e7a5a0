import Foundation
import ThemaIngest

/// Stores an `OffsetMap` as a compact blob: four little-endian UInt32 per run (view start, original
/// start, view length, original length). Written by hand because maps are written for every segment on
/// the import hot path, where a JSON encoder costs more than the segmentation itself.
enum BinaryOffsetMap {
  static func encode(_ map: OffsetMap) -> Data {
    var words: [UInt32] = []
    words.reserveCapacity(map.runs.count * 4)
    for run in map.runs {
      words.append(UInt32(truncatingIfNeeded: run.viewStart).littleEndian)
      words.append(UInt32(truncatingIfNeeded: run.originalStart).littleEndian)
      words.append(UInt32(truncatingIfNeeded: run.viewLength).littleEndian)
      words.append(UInt32(truncatingIfNeeded: run.originalLength).littleEndian)
    }
    return words.withUnsafeBytes { Data($0) }
  }

  static func decode(_ data: Data) -> OffsetMap {
    var runs: [OffsetMap.Run] = []
    runs.reserveCapacity(data.count / 16)
    data.withUnsafeBytes { raw in
      var offset = 0
      func next() -> Int {
        let value = raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
        offset += 4
        return Int(UInt32(littleEndian: value))
      }
      while offset + 16 <= raw.count {
        let (vs, os, vl, ol) = (next(), next(), next(), next())
        runs.append(
          OffsetMap.Run(viewStart: vs, originalStart: os, viewLength: vl, originalLength: ol))
      }
    }
    return OffsetMap(runs: runs)
  }
}
