import Foundation
import Yams

/// Reads a YAML file as text and composes YAML text into nodes (which keep their line and column), with
/// every failure described one way: what each YAML reader of Thema (codebooks, gold standards,
/// manifests, XML and survey mappings) does before it walks the nodes into its own model.
///
/// ```swift
/// let text = try YAMLText.read(contentsOf: "Codebooks/mli.yaml")
/// let root = try YAMLText.compose(text)   // throws a YAMLProblem with the line and column
/// ```
public enum YAMLText {
  /// Why a YAML file could not be read as text.
  public struct Unreadable: Error, Sendable, Hashable {
    /// What went wrong ("not UTF-8 text", or the system's reason).
    public var reason: String

    public init(reason: String) { self.reason = reason }
  }

  /// The UTF-8 text of the file at `path`.
  public static func read(contentsOf path: String) throws(Unreadable) -> String {
    let data: Data
    do {
      data = try Data(contentsOf: URL(fileURLWithPath: path))
    } catch {
      throw Unreadable(reason: error.localizedDescription)
    }
    guard let text = String(data: data, encoding: .utf8) else { throw Unreadable(reason: "not UTF-8 text") }
    return text
  }

  /// The node tree of `yaml` (nil for an empty document).
  public static func compose(_ yaml: String) throws(YAMLProblem) -> Node? {
    do {
      return try Yams.compose(yaml: yaml)
    } catch let error as YamlError {
      throw YAMLProblem(error)
    } catch {
      throw YAMLProblem(reason: String(describing: error))
    }
  }
}
