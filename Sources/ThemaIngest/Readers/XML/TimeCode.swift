/// Parses the time notations transcripts use into seconds: `12.5`, `00:12:31`, `12:31`, `1:02:03.250`,
/// optionally with a unit suffix `s` or `ms` (TEI intervals).
///
/// ```swift
/// TimeCode.seconds("00:12:31")   // 751
/// TimeCode.seconds("(12:31)")    // 751: brackets are ignored
/// ```
enum TimeCode {
  static func seconds(_ raw: String) -> Double? {
    var text = raw.trimmingCharacters(in: .whitespaces)
    text = text.trimmingCharacters(in: CharacterSet(charactersIn: "[]()#"))
    if text.hasSuffix("ms"), let value = Double(text.dropLast(2)) { return value / 1000 }
    if text.hasSuffix("s"), let value = Double(text.dropLast()) { return value }
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard (1...3).contains(parts.count) else { return nil }
    var total = 0.0
    for (index, part) in parts.enumerated() {
      guard let value = Double(part.replacingOccurrences(of: ",", with: ".")), value >= 0 else { return nil }
      if index < parts.count - 1, value != value.rounded() { return nil }
      total = total * 60 + value
    }
    return total
  }
}

import Foundation
