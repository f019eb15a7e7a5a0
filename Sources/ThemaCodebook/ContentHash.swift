import Crypto

/// SHA-256 of a text, in lower-case hex (swift-crypto).
enum ContentHash {
  static func sha256Hex(of text: String) -> String {
    let digest = SHA256.hash(data: Array(text.utf8))
    return digest.map { byte in
      let hex = String(byte, radix: 16)
      return byte < 16 ? "0" + hex : hex
    }.joined()
  }
}
