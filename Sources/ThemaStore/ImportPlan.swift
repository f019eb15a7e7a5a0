import Foundation
import ThemaIngest

/// Turns the paths a researcher names into import items: folders are walked (in name order) with their
/// manifest, files are taken as they are.
///
/// A document's name is its path relative to the folder that was added (`notulen/overleg.md`), or its
/// file name when a single file is added. Attributes come from the manifest's defaults, then its entry
/// for the file, then the attributes given on the command line (the last wins).
///
/// An XML file with a sidecar mapping next to it (`interviews.xml.thema.yaml`, see `XMLMapping`) is
/// read as generic XML with that mapping, unless a format is given; `xmlMapping` (the command-line
/// options) replaces parts of the sidecar, or is the whole mapping of `.xml` files without one. A
/// sidecar is never imported as a document itself.
///
/// How Transcriber turns become segments: `transcriberTurns` (the command line) when given, else the
/// manifest's reserved key `transcriber-turns` (`sync` or `whole`) for the file, else per `<Sync>`.
///
/// ```swift
/// let items = try ImportPlan.items(for: ["Corpora/mli"], attributes: ["study": "MLI"], format: nil)
/// ```
public enum ImportPlan {
  /// Manifest file names, never imported as documents.
  static let manifestNames: Set<String> = ["thema.yaml", "thema.yml", "thema.csv"]

  public static func items(
    for paths: [String], attributes: [String: String], format: DocumentFormat?,
    xmlMapping: XMLMappingOverrides = XMLMappingOverrides(),
    transcriberTurns: TranscriberReader.TurnSegments? = nil
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
        items += try folderItems(
          url, attributes: attributes, format: format, xmlMapping: xmlMapping, transcriberTurns: transcriberTurns)
      } else {
        let folder = url.deletingLastPathComponent()
        let manifest = try Manifest.load(directory: folder)
        let name = url.lastPathComponent
        if XMLMapping.isSidecarName(name) {
          throw IngestError.invalid(
            file: path,
            reason: "this is the XML mapping of \(name.dropLast(".thema.yaml".count)), not a document; add that file instead")
        }
        items.append(
          try item(
            url: url, name: name,
            attributes: (manifest?.attributes(for: name) ?? [:]).merging(attributes) { $1 },
            format: format ?? manifest?.format(for: name), xmlMapping: xmlMapping,
            options: ReadingOptions(
              transcriberTurns: transcriberTurns ?? manifest?.transcriberTurns(for: name) ?? .sync)))
      }
    }
    return items
  }

  /// The item for one file, with its XML mapping (sidecar and command line) when it has one.
  private static func item(
    url: URL, name: String, attributes: [String: String], format: DocumentFormat?,
    xmlMapping: XMLMappingOverrides, options: ReadingOptions
  ) throws -> ImportItem {
    let sidecar = try XMLMapping.sidecar(forFileAt: url)
    let format = format ?? (sidecar != nil ? .xml : nil)
    let readAsXML = format == .xml || (format == nil && url.pathExtension.lowercased() == "xml")
    let mapping = readAsXML ? try xmlMapping.mapping(over: sidecar, file: url.path) : nil
    return ImportItem(
      url: url, name: name, attributes: attributes, format: format, xmlMapping: mapping, options: options)
  }

  private static func folderItems(
    _ folder: URL, attributes: [String: String], format: DocumentFormat?,
    xmlMapping: XMLMappingOverrides, transcriberTurns: TranscriberReader.TurnSegments?
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
      if XMLMapping.isSidecarName(url.lastPathComponent) { continue }
      found.append((relative, url))
    }
    return try found.sorted { $0.0 < $1.0 }.map { relative, url in
      try item(
        url: url, name: relative,
        attributes: (manifest?.attributes(for: relative) ?? [:]).merging(attributes) { $1 },
        format: format ?? manifest?.format(for: relative), xmlMapping: xmlMapping,
        options: ReadingOptions(
          transcriberTurns: transcriberTurns ?? manifest?.transcriberTurns(for: relative) ?? .sync))
    }
  }
}
