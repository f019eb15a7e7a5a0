import Foundation

/// Reads the process's memory figures from /proc (Linux). Written by hand: no listed package reports
/// peak resident memory on Linux.
enum ResourceUsage {
  /// Peak resident set size in bytes (VmHWM), or nil where /proc is not available.
  static func peakResidentBytes() -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else {
      return nil
    }
    for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
      return digits.map { $0 * 1024 }
    }
    return nil
  }

  /// CPU time the process has used so far (user + system, from getrusage), in seconds. On a machine
  /// shared with other work this, not the wall clock, is the fair measure of "one core".
  static func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)  // Glibc imports RUSAGE_SELF as an enum case
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The machine's load averages over 1, 5 and 15 minutes as `uptime` prints them, or nil.
  static func loadAverage() -> String? {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
    return text.split(separator: " ").prefix(3).joined(separator: ", ")
  }

  /// "123.4 MB" for a byte count.
  static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_000_000)
  }
}

extension ResourceUsage {
  /// The 1, 5 and 15 minute load averages as /proc/loadavg gives them ("1.02 0.80 0.55"), or "unknown".
  static func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }
}
