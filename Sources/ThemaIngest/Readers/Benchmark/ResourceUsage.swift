import Foundation

/// The process's resource figures every benchmark reports: peak and current resident memory (from
/// /proc on Linux), CPU time and the machine's load. Written by hand: no listed package reports peak
/// resident memory on Linux. The one place these are read (the reader benchmark, ThemaCoding's
/// `RunTimer` and `thema bench` use it).
///
/// ```swift
/// let cpu = ResourceUsage.cpuSeconds()
/// work()
/// print(ResourceUsage.cpuSeconds() - cpu, ResourceUsage.megabytes(ResourceUsage.peakResidentBytes() ?? 0))
/// ```
public enum ResourceUsage {
  // MARK: - Memory

  /// Peak resident set size (VmHWM) in bytes, or nil where /proc is not available.
  public static func peakResidentBytes() -> Int? { status("VmHWM:") }

  /// Current resident set size (VmRSS) in bytes, or nil where /proc is not available.
  public static func residentBytes() -> Int? { status("VmRSS:") }

  /// Resets the peak mark to the current resident size (writing 5 to /proc/self/clear_refs, Linux ≥ 4.0),
  /// so that the next reading measures only what follows.
  public static func resetPeak() {
    guard let handle = FileHandle(forWritingAtPath: "/proc/self/clear_refs") else { return }
    handle.write(Data("5".utf8))
    try? handle.close()
  }

  /// The value of a `kB` line of /proc/self/status, in bytes.
  private static func status(_ key: String) -> Int? {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix(key) {
      return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }.map { $0 * 1024 }
    }
    return nil
  }

  // MARK: - Time and load

  /// CPU time the process has used so far (user + system, from getrusage), in seconds. On a machine
  /// shared with other work this, not the wall clock, is the fair measure of "one core".
  public static func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)  // Glibc imports RUSAGE_SELF as an enum case
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// The 1, 5 and 15 minute load averages as /proc/loadavg gives them ("1.02 0.80 0.55"), or "unknown".
  public static func loadAverage() -> String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  // MARK: - Formatting

  /// "123.4 MB" for a byte count.
  public static func megabytes(_ bytes: Int) -> String {
    String(format: "%.1f MB", Double(bytes) / 1_000_000)
  }
}
