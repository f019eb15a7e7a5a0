import Foundation
import ThemaLanguage
import ThemaStore

// MARK: - The language a document is coded in

extension Project {
  /// The language a document is coded in: its `language` attribute (nl, en), else the language detected
  /// in its first 200 segments, else `fallback` (text too short or too mixed to tell).
  ///
  /// `thema code` codes a document with the indicators of its language (`Codebook.languages`); `thema why`
  /// explains a segment with the same ones.
  ///
  /// ```swift
  /// let language = try project.language(of: document, otherwise: codebook.language)   // .dutch
  /// ```
  public func language(of document: DocumentSummary, otherwise fallback: Language) throws -> Language {
    if let attribute = document.attributes["language"].flatMap(Language.init(rawValue:)) { return attribute }
    let sample = try segments(of: document).prefix(200).map(\.segment.text).joined(separator: "\n")
    return LanguageDetector().detect(sample).language ?? fallback
  }

  /// The language of every current document, by document id (see `language(of:otherwise:)`).
  ///
  /// ```swift
  /// let usage = CodebookCorpusCheck(codebook: codebook)
  ///   .usage(in: try project.currentSegments(), languages: try project.documentLanguages(otherwise: .dutch))
  /// ```
  public func documentLanguages(otherwise fallback: Language) throws -> [Int64: Language] {
    var result: [Int64: Language] = [:]
    for document in try documents() { result[document.id] = try language(of: document, otherwise: fallback) }
    return result
  }
}
