import CLibXML2
import Foundation

/// The one place Thema configures libxml2.
///
/// Every parse uses ``options``: no network (`XML_PARSE_NONET`), no entity substitution (`NOENT` off),
/// no external DTD loading or default attributes from it (`DTDLOAD`/`DTDATTR` off), no validation, and
/// errors collected per parser context (`NOERROR`/`NOWARNING` silence the global handlers). External
/// entities are only fetched by libxml2 when `NOENT` or `DTDVALID` is set, so none is ever read; the
/// tests prove it with a real file. We deliberately do not install a process-wide external entity
/// loader: it would also block schema validation elsewhere in Thema, and it is not needed with these
/// options.
enum LibXML {
  /// `xmlInitParser()` exactly once per process; never `xmlCleanupParser()`.
  static let initialized: Void = { xmlInitParser() }()

  /// The parser options for every XML file Thema reads.
  static let options: Int32 = {
    let flags: [xmlParserOption] = [XML_PARSE_NONET, XML_PARSE_NOERROR, XML_PARSE_NOWARNING, XML_PARSE_BIG_LINES]
    return Int32(bitPattern: flags.reduce(UInt32(0)) { $0 | $1.rawValue })
  }()

  /// Converts a libxml2 string, `nil` for a null pointer.
  static func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    return String(cString: pointer)
  }

  /// Converts and frees a libxml2-allocated string.
  static func ownedString(_ pointer: UnsafeMutablePointer<xmlChar>?) -> String? {
    guard let pointer else { return nil }
    defer { thema_xmlFree(pointer) }
    return String(cString: pointer)
  }
}

/// Collects the structured errors libxml2 reports for one parser context (never the global handler).
final class XMLErrorCollector {
  struct Entry {
    var line: Int
    var column: Int
    var message: String
    var level: Int
  }

  var entries: [Entry] = []

  func record(_ error: UnsafePointer<xmlError>?) {
    guard let error = error?.pointee else { return }
    let message = LibXML.string(UnsafePointer(error.message).map { UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self) }) ?? "unknown error"
    entries.append(
      Entry(
        line: Int(error.line), column: Int(error.int2),
        message: message.trimmingCharacters(in: .whitespacesAndNewlines),
        level: Int(error.level.rawValue)))
  }

  /// The first error (not warning), as an `XMLParseError` for `file`.
  func failure(file: String) -> XMLParseError {
    let first = entries.first { $0.level >= Int(XML_ERR_ERROR.rawValue) } ?? entries.first
    guard let first else {
      return .malformed(file: file, line: 0, column: 0, message: "the XML is not well-formed")
    }
    return .malformed(file: file, line: first.line, column: first.column, message: first.message)
  }

  var hasErrors: Bool { entries.contains { $0.level >= Int(XML_ERR_ERROR.rawValue) } }
}
