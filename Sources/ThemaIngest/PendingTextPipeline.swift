// TEMPORARY, removed when the text-pipeline branch is merged (it defines the real `Manifest` and
// `SampleText`). Until then: no manifest is read, and the import benchmark has no generator.
import Foundation

public struct Manifest {
  public static func load(directory: URL) throws -> Manifest? { nil }
  public func attributes(for path: String) -> [String: String] { [:] }
  public func isIgnored(_ path: String) -> Bool { false }
  public func format(for path: String) -> DocumentFormat? { nil }
}

public enum SampleText {
  public static func dutchMinutes(bytes: Int, seed: UInt64) -> String { "" }
}
