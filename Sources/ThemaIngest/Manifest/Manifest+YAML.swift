import Foundation
import ThemaYAML
import Yams

// MARK: - thema.yaml

extension Manifest {
  /// Parses the text of a `thema.yaml`; `file` names it in errors.
  public static func parse(yaml text: String, file: String) throws -> Manifest {
    let root: Node?
    do {
      root = try YAMLText.compose(text)
    } catch {
      throw ManifestError.syntax(file: file, line: error.line ?? 0, column: error.column ?? 0, reason: error.reason)
    }
    var manifest = Manifest(file: file)
    guard let root else { return manifest }
    guard let mapping = root.mapping else {
      throw structure(
        file, root, "the manifest must be a mapping with 'defaults', 'ignore' and 'documents'")
    }
    for (keyNode, value) in mapping {
      switch keyNode.string {
      case "defaults":
        manifest.defaults = try attributes(value, file: file)
      case "ignore":
        if let single = value.scalar {
          manifest.ignore = single.string.isEmpty ? [] : [single.string]
        } else if let sequence = value.sequence {
          manifest.ignore = try sequence.map { item in
            guard let s = item.scalar?.string else {
              throw structure(file, item, "each entry of 'ignore' must be a path or pattern")
            }
            return s
          }
        } else {
          throw structure(file, value, "'ignore' must be a list of paths")
        }
      case "documents":
        if value.scalar?.string.isEmpty == true { continue }
        guard let documents = value.mapping else {
          throw structure(file, value, "'documents' must map relative paths to attributes")
        }
        for (pathNode, attributesNode) in documents {
          guard let path = pathNode.scalar?.string, !path.isEmpty else {
            throw structure(file, pathNode, "a document must be named by its relative path")
          }
          let key = normalise(path)
          if manifest.documents[key] != nil {
            throw structure(file, pathNode, "'\(path)' is listed twice")
          }
          manifest.documents[key] = try attributes(attributesNode, file: file)
        }
      default:
        throw structure(
          file, keyNode,
          "unknown key '\(keyNode.string ?? "?")' (expected 'defaults', 'ignore' or 'documents')")
      }
    }
    return manifest
  }

  /// A mapping of attribute names to scalar values (an empty value means no attributes).
  static func attributes(_ node: Node, file: String) throws -> [String: String] {
    if let scalar = node.scalar, scalar.string.isEmpty || scalar.string == "~" { return [:] }
    guard let mapping = node.mapping else {
      throw structure(file, node, "attributes must be 'key: value' pairs")
    }
    var result: [String: String] = [:]
    for (keyNode, valueNode) in mapping {
      guard let key = keyNode.scalar?.string, !key.isEmpty else {
        throw structure(file, keyNode, "an attribute needs a name")
      }
      guard let value = valueNode.scalar?.string else {
        throw structure(
          file, valueNode, "the value of '\(key)' must be a single value, not a list or mapping")
      }
      if key == "format", DocumentFormat(rawValue: value) == nil {
        let known = DocumentFormat.allCases.map(\.rawValue).joined(separator: ", ")
        throw structure(file, valueNode, "unknown format '\(value)' (one of: \(known))")
      }
      if key == Manifest.transcriberTurnsKey, TranscriberReader.TurnSegments(rawValue: value) == nil {
        throw structure(file, valueNode, "unknown \(key) '\(value)' (sync or whole)")
      }
      result[key] = value
    }
    return result
  }

  static func structure(_ file: String, _ node: Node, _ reason: String) -> ManifestError {
    .structure(
      file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0, reason: reason)
  }
}
