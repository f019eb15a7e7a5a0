import Foundation
import ThemaIngest

/// Turns the paths a researcher names into import items: folders are walked (in name order) with their
/// manifest, files are taken as they are.
///
/// A document's name is its path relative to the folder that was added (`notulen/overleg.md`), or its
/// file name when a single file is added. Attributes come from the manifest's defaults, then its entry
/// for the file, then the attributes given on the command line (the last wins).
///
/// ```swift
/// let items = try ImportPlan.items(for: ["Corpora/mli"], attributes: ["study": "MLI"], format: nil)
/// ```
public enum ImportPlan {
  /// Manifest file names, never imported as documents.
  static let manifestNames: Set<String> = ["thema.yaml", "thema.yml", "thema.csv"]

  public static func items(
    for paths: [String], attributes: [String: String], format: DocumentFormat?
  ) throws -> [ImportItem] {
    var items: [ImportItem] = []
    let fileManager = FileManager.default
    for path in paths {
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
        throw StoreError.unreadable(path: path, reason: "no such file or folder")
      }
      let url = URL(fileURLWithPath: path).standardizedFileURL
      if isDirectory.boolValue {
        items += try folderItems(url, attributes: attributes, format: format)
      } else {
        let folder = url.deletingLastPathComponent()
        let manifest = try Manifest.load(directory: folder)
        let name = url.lastPathComponent
        items.append(
          ImportItem(
            url: url, name: name,
            attributes: (manifest?.attributes(for: name) ?? [:]).merging(attributes) { $1 },
            format: format ?? manifest?.format(for: name)))
      }
    }
    return items
  }

  private static func folderItems(
    _ folder: URL, attributes: [String: String], format: DocumentFormat?
  ) throws -> [ImportItem] {
    let manifest = try Manifest.load(directory: folder)
    guard
      let enumerator = FileManager.default.enumerator(
        at: folder, includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { throw StoreError.unreadable(path: folder.path, reason: "cannot list the folder") }
    let base = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
    var found: [(String, URL)] = []
    for case let url as URL in enumerator {
      guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else {
        continue
      }
      let path = url.standardizedFileURL.path
      guard path.hasPrefix(base) else { continue }
      let relative = String(path.dropFirst(base.count))
      if relative.split(separator: "/").count == 1 && manifestNames.contains(relative) { continue }
      if manifest?.isIgnored(relative) == true { continue }
      found.append((relative, url))
    }
    return found.sorted { $0.0 < $1.0 }.map { relative, url in
      ImportItem(
        url: url, name: relative,
        attributes: (manifest?.attributes(for: relative) ?? [:]).merging(attributes) { $1 },
        format: format ?? manifest?.format(for: relative))
    }
  }
}
