import Foundation
import ThemaIngest

/// Wall-clock and CPU time (user + system, from `getrusage`) since the timer was made: benchmarks on a
/// shared machine report both, because the wall clock alone depends on the other processes.
///
/// ```swift
/// let timer = RunTimer()
/// work()
/// print(timer.seconds, timer.cpuSeconds)
/// ```
public struct RunTimer: Sendable {
  private let wallStart = ContinuousClock.now
  private let cpuStart = RunTimer.processCPUSeconds()

  public init() {}

  /// Wall-clock seconds since the timer was made.
  public var seconds: Double {
    let elapsed = ContinuousClock.now - wallStart
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// CPU seconds (user + system) the process used since the timer was made.
  public var cpuSeconds: Double { RunTimer.processCPUSeconds() - cpuStart }

  /// `totals` plus this timer's wall and CPU seconds.
  public func adding(to totals: (Double, Double)) -> (Double, Double) {
    (totals.0 + seconds, totals.1 + cpuSeconds)
  }

  /// User + system CPU seconds of the whole process so far.
  public static func processCPUSeconds() -> Double { ResourceUsage.cpuSeconds() }
}
