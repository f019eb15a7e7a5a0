import Crypto
import Foundation

extension Data {
  /// SHA-256 of the bytes as lower-case hex: how the project identifies originals, codebooks and surveys.
  ///
  /// ```swift
  /// Data("abc".utf8).sha256Hex   // "ba7816bf…"
  /// ```
  public var sha256Hex: String {
    SHA256.hash(data: self).map { String(format: "%02x", $0) }.joined()
  }
}
