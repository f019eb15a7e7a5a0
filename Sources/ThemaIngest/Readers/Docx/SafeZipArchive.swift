import Foundation
import ZIPFoundation

/// A ZIP container (.docx) opened for reading with the guards Thema needs against hostile files.
///
/// - Path traversal: an entry whose path is absolute or has a `..` component (`../../etc/x`) makes the
///   whole file refused. Thema never writes entries to disk, but such an entry only exists to attack
///   tools that do, so the file is not trusted.
/// - Decompression bombs: an entry whose declared uncompressed size exceeds ``maxEntryBytes``, whose
///   compression ratio exceeds ``maxRatio`` (above 1 MB), or a total above ``maxTotalBytes`` is refused
///   before anything is inflated; while inflating (chunk by chunk, see ``inflate(_:bufferSize:_:)``), an
///   entry that yields more bytes than it declared, or passes those limits, is refused at that chunk
///   (the header lied).
///
/// ```swift
/// let zip = try SafeZipArchive(data, name: "verslag.docx")
/// let styles = try zip.contents(of: "word/styles.xml")
/// try zip.inflate("word/document.xml") { chunk in try session.feed(chunk) }
/// ```
struct SafeZipArchive {
  /// Largest uncompressed entry accepted (1 GiB).
  static let maxEntryBytes: UInt64 = 1 << 30
  /// Largest sum of uncompressed entries accepted (2 GiB).
  static let maxTotalBytes: UInt64 = 2 << 30
  /// Largest compression ratio accepted for an entry above 1 MB. Word XML compresses about 5–20×;
  /// zip bombs thousands of times.
  static let maxRatio: UInt64 = 200

  let name: String
  private let archive: Archive
  /// Entry paths in the archive.
  let paths: Set<String>

  init(_ data: Data, name: String) throws {
    self.name = name
    let archive: Archive
    do {
      archive = try Archive(data: data, accessMode: .read)
    } catch {
      throw IngestError.invalid(file: name, reason: "not a ZIP container (a .docx is one); \(error)")
    }
    var total: UInt64 = 0
    var paths: Set<String> = []
    for entry in archive {
      let path = entry.path
      let components = path.replacingOccurrences(of: "\\", with: "/").split(separator: "/")
      if path.hasPrefix("/") || path.hasPrefix("\\") || components.contains("..") || path.contains(":") {
        throw IngestError.unsafe(file: name, reason: "the archive entry '\(path)' points outside the archive (path traversal)")
      }
      let size = entry.uncompressedSize
      if size > Self.maxEntryBytes {
        throw IngestError.unsafe(
          file: name, reason: "the archive entry '\(path)' would decompress to \(size) bytes (more than \(Self.maxEntryBytes))")
      }
      if size > 1 << 20, size / max(entry.compressedSize, 1) > Self.maxRatio {
        throw IngestError.unsafe(
          file: name,
          reason: "the archive entry '\(path)' has a compression ratio of \(size / max(entry.compressedSize, 1)):1 (a decompression bomb?)")
      }
      total += size
      if total > Self.maxTotalBytes {
        throw IngestError.unsafe(file: name, reason: "the archive would decompress to more than \(Self.maxTotalBytes) bytes")
      }
      paths.insert(path)
    }
    self.archive = archive
    self.paths = paths
  }

  /// The uncompressed bytes of the entry at `path`, `nil` when there is none. For small parts; stream
  /// large ones with ``inflate(_:bufferSize:_:)``.
  func contents(of path: String) throws -> Data? {
    guard let entry = archive[path] else { return nil }
    var data = Data()
    data.reserveCapacity(Int(entry.uncompressedSize))
    _ = try inflate(path) { chunk in data.append(chunk) }
    return data
  }

  /// Inflates the entry at `path` chunk by chunk (at most `bufferSize` bytes each) into `consumer`,
  /// without ever holding the whole entry; `false` when there is no such entry. The guards hold while
  /// streaming: an entry that yields more than it declared, more than ``maxEntryBytes``, or more than
  /// ``maxRatio`` times its compressed size (above 1 MB) is refused as soon as it does. Errors thrown by
  /// `consumer` are rethrown as they are.
  ///
  /// ```swift
  /// try zip.inflate("word/document.xml") { chunk in try session.feed(chunk) }
  /// ```
  @discardableResult
  func inflate(_ path: String, bufferSize: Int = 1 << 16, _ consumer: (Data) throws -> Void) throws -> Bool {
    guard let entry = archive[path] else { return false }
    let declared = UInt64(entry.uncompressedSize)
    let compressed = max(UInt64(entry.compressedSize), 1)
    var produced: UInt64 = 0
    var consumerError: (any Error)?
    do {
      _ = try archive.extract(entry, bufferSize: bufferSize, skipCRC32: false) { chunk in
        produced += UInt64(chunk.count)
        if produced > declared {
          throw IngestError.unsafe(
            file: name, reason: "the archive entry '\(path)' decompresses to more than the \(declared) bytes it declares")
        }
        if produced > Self.maxEntryBytes {
          throw IngestError.unsafe(
            file: name, reason: "the archive entry '\(path)' decompresses to more than \(Self.maxEntryBytes) bytes")
        }
        if produced > 1 << 20, produced / compressed > Self.maxRatio {
          throw IngestError.unsafe(
            file: name,
            reason: "the archive entry '\(path)' has a compression ratio above \(Self.maxRatio):1 (a decompression bomb?)")
        }
        do {
          try consumer(chunk)
        } catch {
          consumerError = error
          throw error
        }
      }
    } catch let error as IngestError {
      throw error
    } catch {
      if let consumerError { throw consumerError }
      throw IngestError.invalid(file: name, reason: "the archive entry '\(path)' cannot be decompressed: \(error)")
    }
    return true
  }
}
