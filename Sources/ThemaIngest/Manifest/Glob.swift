// MARK: - Glob

/// Matches one path component against a pattern with '*' (any run of characters) and '?' (one
/// character). Written by hand: Foundation's `fnmatch` differs between platforms and the patterns
/// are tiny.
///
/// ```swift
/// Glob.matches("verslag-2019.txt", pattern: "verslag-*.txt")   // true
/// ```
enum Glob {
  static func matches(_ name: String, pattern: String) -> Bool {
    let n = Array(name.unicodeScalars)
    let p = Array(pattern.unicodeScalars)
    var ni = 0
    var pi = 0
    var starP = -1
    var starN = 0
    while ni < n.count {
      if pi < p.count, p[pi] == "?" || p[pi] == n[ni] {
        ni += 1
        pi += 1
      } else if pi < p.count, p[pi] == "*" {
        starP = pi
        starN = ni
        pi += 1
      } else if starP >= 0 {
        pi = starP + 1
        starN += 1
        ni = starN
      } else {
        return false
      }
    }
    while pi < p.count, p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
