import Foundation
import ThemaXML

/// Comments (`word/comments.xml`) and footnotes/endnotes of a .docx, by id, as the text attached to the
/// paragraph that refers to them (`Segment.notes`), never mixed into the paragraph's text.
///
/// ```swift
/// let notes = try DocxNotes.read(data, part: "word/comments.xml", element: "comment", file: "verslag.docx")
/// notes["3"]   // "Opmerking (Marije): graag aanvullen"
/// ```
enum DocxNotes {
  /// The notes of one part by `w:id`. Comments are prefixed with their author; separator footnotes
  /// (Word's own, with a `w:type`) are skipped.
  static func read(_ data: Data, part: String, element: String, file: String) throws -> [String: String] {
    let document = try DocxXML.parse(data, file: file, part: part)
    let ns = XMLNamespace.wordprocessingML
    var notes: [String: String] = [:]
    for node in try DocxXML.select(document, "//w:\(element)", ["w": ns], file) {
      guard let id = node.attribute("id", namespace: ns), node.attribute("type", namespace: ns) == nil
        || node.attribute("type", namespace: ns) == "normal"
      else { continue }
      let text = paragraphsText(node, document: document)
      if element == "comment", let author = node.attribute("author", namespace: ns), !author.isEmpty {
        notes[id] = "Opmerking (\(author)): \(text)"
      } else {
        notes[id] = text
      }
    }
    return notes
  }

  /// The text of the paragraphs below `node` (only `w:t`, so deleted text stays out), one line each.
  static func paragraphsText(_ node: XMLTreeNode, document: XMLDocumentNode) -> String {
    let ns = ["w": XMLNamespace.wordprocessingML]
    let paragraphs = (try? document.select(".//w:p", namespaces: ns, from: node)) ?? []
    return paragraphs.map { p in
      ((try? document.select(".//w:t[not(ancestor::w:del)]", namespaces: ns, from: p)) ?? []).map(\.textContent).joined()
    }.filter { !$0.isEmpty }.joined(separator: "\n")
  }
}
