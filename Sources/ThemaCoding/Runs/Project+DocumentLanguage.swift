import Foundation
import ThemaLanguage
import ThemaStore

// MARK: - The language a document is coded in

extension Project {
  /// The language a document is coded in: its `language` attribute (nl, en), else the language detected
  /// in its first 200 segments, else `fallback` (text too short or too mixed to tell). The segments are
  /// read only when the document has no `language` attribute.
  ///
  /// `thema code` codes a document with the indicators of its language (`Codebook.languages`); `thema why`
  /// explains a segment with the same ones.
  ///
  /// ```swift
  /// let language = try project.language(of: document, otherwise: codebook.language)   // .dutch
  /// ```
  public func language(of document: DocumentSummary, otherwise fallback: Language) throws -> Language {
    if let attribute = Self.languageAttribute(of: document) { return attribute }
    return Self.language(of: document, texts: try segments(of: document).map(\.segment.text), otherwise: fallback)
  }

  /// The same for a document whose segment texts (in order) are at hand: nothing is read.
  ///
  /// ```swift
  /// Project.language(of: document, texts: segments.map(\.segment.text), otherwise: .dutch)
  /// ```
  public static func language(
    of document: DocumentSummary, texts: some Collection<String>, otherwise fallback: Language
  ) -> Language {
    languageAttribute(of: document)
      ?? LanguageDetector().detect(texts.prefix(200).joined(separator: "\n")).language ?? fallback
  }

  /// The language of every current document of `segments` (the project's current segments, document by
  /// document), by document id, detected from those segments where a document has no attribute.
  ///
  /// ```swift
  /// let segments = try project.currentSegments()
  /// let usage = CodebookCorpusCheck(codebook: codebook)
  ///   .usage(in: segments, languages: try project.documentLanguages(of: segments, otherwise: .dutch))
  /// ```
  public func documentLanguages(
    of segments: [StoredSegment], otherwise fallback: Language
  ) throws -> [Int64: Language] {
    let texts = Dictionary(grouping: segments, by: \.documentId).mapValues { $0.map(\.segment.text) }
    var result: [Int64: Language] = [:]
    for document in try documents() {
      result[document.id] = Self.language(of: document, texts: texts[document.id] ?? [], otherwise: fallback)
    }
    return result
  }

  private static func languageAttribute(of document: DocumentSummary) -> Language? {
    document.attributes["language"].flatMap(Language.init(rawValue:))
  }
}
