import Foundation
import ThemaAnalysis

/// An in-memory `AnalysisData` with three programmes, two versions of one of them, a placemat document
/// and texts that need escaping. Hand counts (accepted + suggested):
///
/// | concept     | Alfa | Beta | Gamma |
/// |-------------|------|------|-------|
/// | Innoveren   | 2    | 1    | 0     |
/// |  Ontwerpen  | 1    | 1    | 0     |
/// |  Onderzoeken| 1    | 0    | 0     |
/// | Leren       | 1    | 1    | 1     |
/// | Micro       | 1    | 0    | 0     |
/// | Meso        | 0    | 1    | 1     |
enum SampleData {
  struct Spec {
    var document: Int
    var text: String
    var headings: [String] = []
    var kind = "paragraph"
    /// (concept id, matched form)
    var codes: [(String, String)] = []
  }

  static func make() -> AnalysisData {
    let tree = ConceptTree(concepts: [
      .init(id: "innoveren", label: "Innoveren", parentId: nil, definition: "Vernieuwen van onderwijs", ordinal: 0),
      .init(id: "ontwerpen", label: "Ontwerpen", parentId: "innoveren", ordinal: 0),
      .init(id: "onderzoeken", label: "Onderzoeken", parentId: "innoveren", ordinal: 1),
      .init(id: "leren", label: "Leren", parentId: nil, ordinal: 1),
      .init(id: "niveau", label: "Niveau", parentId: nil, ordinal: 2),
      .init(id: "micro", label: "Micro", parentId: "niveau", dimension: "level", ordinal: 0),
      .init(id: "meso", label: "Meso", parentId: "niveau", dimension: "level", ordinal: 1),
      .init(id: "macro", label: "Macro", parentId: "niveau", dimension: "level", ordinal: 2),
    ])
    let documentSpecs: [(String, [String: String])] = [
      ("profielen/alfa-2006.md", ["programme": "Alfa", "version": "2006"]),
      ("profielen/alfa-2019.md", ["programme": "Alfa", "version": "2019"]),
      ("profielen/beta.md", ["programme": "Beta", "version": "2018"]),
      ("profielen/gamma.md", ["programme": "Gamma", "version": "2018"]),
      ("placemat/sessie.txt", ["type": "placemat"]),
    ]
    let specs: [Spec] = [
      Spec(document: 0, text: "De leraar ontwerpt lessen in de klas.", codes: [("ontwerpen", "ontwerpt"), ("micro", "klas")]),
      Spec(document: 1, text: "Onderzoek & leren in het <team>: \"</script>\" hoort erbij.", codes: [("onderzoeken", "Onderzoek"), ("leren", "leren")]),
      Spec(document: 1, text: "Geen code.", codes: []),
      Spec(document: 2, text: "Coaching in andere organisaties en ontwerpen van trajecten.", codes: [("ontwerpen", "ontwerpen")]),
      Spec(document: 2, text: "Het team leert samen op mesoniveau.", codes: [("leren", "leert"), ("meso", "mesoniveau")]),
      Spec(document: 3, text: "Leren in de school als geheel.", codes: [("leren", "Leren"), ("meso", "school")]),
      Spec(document: 4, text: "Omgaan met het werk – klas", headings: ["Omgaan met het werk – klas"], kind: "heading"),
      Spec(document: 4, text: "Ontwerpt nieuwe werkvormen.", headings: ["Omgaan met het werk – klas"], codes: [("ontwerpen", "Ontwerpt")]),
      Spec(document: 4, text: "Omgaan met anderen – team", headings: ["Omgaan met anderen – team"], kind: "heading"),
      Spec(document: 4, text: "Leert van collega's.", headings: ["Omgaan met anderen – team"], codes: [("leren", "Leert")]),
    ]
    var documents = documentSpecs.enumerated().map { index, spec in
      AnalysisDocument(
        id: Int64(index + 1), name: spec.0, attributes: spec.1, version: 1, sha256: "sha\(index)",
        wordCount: 0, segments: 0..<0)
    }
    var segments: [AnalysisSegment] = []
    var codings: [AnalysisCoding] = []
    var offsets = Array(repeating: 0, count: documents.count)
    for (index, spec) in specs.enumerated() {
      let length = spec.text.unicodeScalars.count
      let start = offsets[spec.document]
      offsets[spec.document] += length + 1
      let firstCoding = codings.count
      for (concept, form) in spec.codes {
        let range = spec.text.range(of: form)!
        let s = spec.text.unicodeScalars.distance(from: spec.text.unicodeScalars.startIndex, to: range.lowerBound)
        let e = s + form.unicodeScalars.count
        codings.append(
          AnalysisCoding(
            id: Int64(codings.count + 1), segment: index, concept: tree.index(of: concept)!, start: s,
            end: e, originalStart: start + s, originalEnd: start + e, matchedForm: form,
            status: "suggested", origin: "auto"))
      }
      let words = WordCounter.count(spec.text)
      segments.append(
        AnalysisSegment(
          id: Int64(index + 1), document: spec.document,
          ordinal: segments.filter { $0.document == spec.document }.count, kind: spec.kind,
          headingPath: spec.headings, text: spec.text, start: start, end: start + length,
          attributes: [:], wordCount: words, codings: firstCoding..<codings.count))
      let range = documents[spec.document].segments
      documents[spec.document].segments = range.isEmpty ? index..<(index + 1) : range.lowerBound..<(index + 1)
      documents[spec.document].wordCount += words
    }
    var data = AnalysisData(
      codebook: CodebookInfo(
        id: 1, name: "mli-thema", version: "1.0", language: "nl", sha256: "abc123", sourcePath: "Codebooks/mli.yaml"),
      concepts: tree,
      scope: ResolvedScope(resolved: .acceptedAndSuggested, note: "nothing has been reviewed yet"),
      documents: documents, segments: segments, codings: codings, projectHash: String(repeating: "f", count: 64),
      warnings: [])
    data.derivePlacematCells()
    return data
  }
}
