import Foundation
import Testing
@testable import ThemaSurvey

/// Delimiters, quoting, encodings and every kind of bad row.
@Suite struct ImportTests {
  static let mappingA = """
    layout: ranks
    id: Respondent
    attributes:
      programme: Opleiding
      sector: {column: Sector, separator: "|"}
    themes:
      - name: Leren
        columns: ["Leren rank 1", "Leren rank 2", "Leren rank 3"]
        items: [Delen, Feedback, Innovaties initiëren]
    """

  func importA(_ text: String, strict: Bool = false, encoding: String.Encoding = .utf8) throws -> SurveyImportResult {
    let mapping = try SurveyMapping.parse(yaml: Self.mappingA, file: "m.yaml")
    return try SurveyImporter.importSurvey(
      text.data(using: encoding)!, name: "t.csv", mapping: mapping, strict: strict)
  }

  @Test func aMappingWithBrokenYAMLNamesTheLineAndColumn() throws {
    let broken = "layout: ranks\nid: Respondent\nattributes:\n  programme: [Opleiding\nthemes: []\n"
    do {
      _ = try SurveyMapping.parse(yaml: broken, file: "enquete.yaml")
      Issue.record("a broken mapping was read")
    } catch let error as SurveyImportError {
      let message = error.localizedDescription
      #expect(message.hasPrefix("enquete.yaml: cannot read the mapping: line "), "\(message)")
      #expect(message.contains(", column "), "\(message)")
    }
  }

  @Test func quotedFieldsWithLineBreaksKeepRowNumbers() throws {
    let text = [
      "Respondent,Opleiding,Sector,Opmerking,Leren rank 1,Leren rank 2,Leren rank 3",
      "R1,Fontys,PO|VO,\"twee\r\nregels, met komma\",Delen,Feedback,",
      ",Fontys,PO,,Delen,,",
      "R3,Saxion,HBO,\"een \"\"quote\"\"\",Feedback,,",
      "",
    ].joined(separator: "\r\n")
    let result = try importA(text)
    #expect(result.survey.respondents.map(\.id) == ["R1", "R3"])
    #expect(result.survey.respondents[0].attributes["sector"] == ["PO", "VO"])
    #expect(result.survey.respondents[1].row == 4)
    #expect(result.dropped == [DroppedRow(row: 3, respondentId: nil, reasons: [.missingRespondentId])])
    #expect(result.delimiter == ",")
  }

  @Test func everyBadRowKindInLayoutA() throws {
    let text = """
      Respondent;Opleiding;Sector;Leren rank 1;Leren rank 2;Leren rank 3
      R1;Fontys;PO;Delen;Feedback;Innovaties initiëren
      R2;Fontys;PO;Delen;Delen;
      R3;Fontys;PO;Onbekend item;;
      ;Fontys;PO;Delen;;
      R1;Saxion;HBO;Feedback;;
      R6;Saxion;HBO;Feedback;;;extra
      """
    let result = try importA(text)
    #expect(result.survey.respondents.map(\.id) == ["R1"])
    let reasons = Dictionary(uniqueKeysWithValues: result.dropped.map { ($0.row, $0.reasons) })
    #expect(reasons[3] == [.itemChosenTwice(theme: "Leren", item: "Delen", ranks: [1, 2])])
    #expect(reasons[4] == [.unknownItem(theme: "Leren", label: "Onbekend item")])
    #expect(reasons[5] == [.missingRespondentId])
    #expect(reasons[6] == [.duplicateRespondentId("R1", firstRow: 2)])
    #expect(reasons[7] == [.extraFields(expected: 6, found: 7)])
    #expect(result.dropped.count == 5)
    #expect(throws: SurveyImportError.self) { try importA(text, strict: true) }
  }

  @Test func rankAboveTheMaximumInLayoutA() throws {
    let mapping = try SurveyMapping.parse(yaml: Self.mappingA + "\nmaxSelection: 2\n", file: "m.yaml")
    let text = "Respondent,Opleiding,Sector,Leren rank 1,Leren rank 2,Leren rank 3\nR1,F,PO,Delen,Feedback,Innovaties initiëren\n"
    let result = try SurveyImporter.importSurvey(Data(text.utf8), name: "t.csv", mapping: mapping)
    #expect(result.dropped.first?.reasons == [.rankAboveMaximum(theme: "Leren", rank: 3, maximum: 2)])
  }

  @Test func everyBadRowKindInLayoutB() throws {
    let text = """
      Respondent,Rol,Leren [Delen],Leren [Feedback],Leren [Innovaties initiëren]
      R1,docent,1,2,
      R2,docent,1,1,
      R3,docent,11,,
      R4,docent,x,,
      R5,student,,3,1
      """
    let result = try SurveyImporter.importSurvey(Data(text.utf8), name: "b.csv", maxSelection: 10)
    #expect(result.layout == .items)
    #expect(result.survey.respondents.map(\.id) == ["R1", "R5"])
    let reasons = Dictionary(uniqueKeysWithValues: result.dropped.map { ($0.row, $0.reasons) })
    #expect(reasons[3] == [.rankUsedTwice(theme: "Leren", rank: 1, items: ["Delen", "Feedback"])])
    #expect(reasons[4] == [.rankAboveMaximum(theme: "Leren", rank: 11, maximum: 10)])
    #expect(reasons[5] == [.notARank(theme: "Leren", column: "Leren [Delen]", value: "x")])
    // the gap at rank 2 of R5 is imported with a warning, not silently
    #expect(result.warnings.contains { $0.contains("row 6") && $0.contains("rank 2") })
    // points use the maximum: rank 1 = 10 points
    let table = SurveyAnalysis.table(result.survey, theme: 0, group: .whole)
    #expect(table.score(of: "Delen")?.sum == 10)
    #expect(table.score(of: "Innovaties initiëren")?.sum == 10)
    #expect(table.score(of: "Feedback")?.sum == 9 + 8)
  }

  @Test func layoutBWithoutAMaximumUsesTheHighestRankAndSaysSo() throws {
    let text = "Respondent,Leren [Delen],Leren [Feedback]\nR1,1,2\nR2,2,\n"
    let result = try SurveyImporter.importSurvey(Data(text.utf8), name: "b.csv")
    #expect(result.survey.themes[0].maxSelection == 2)
    #expect(result.warnings.contains { $0.contains("no maximum selection") })
  }

  @Test func encodings() throws {
    let text = "Respondent;Opleiding;Sector;Leren rank 1;Leren rank 2;Leren rank 3\nR1;Fontys;PO;Innovaties initiëren;;\n"
    let utf8 = try importA(text)
    #expect(utf8.encoding == .utf8)
    let bom = try SurveyImporter.importSurvey(
      Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), name: "t.csv",
      mapping: SurveyMapping.parse(yaml: Self.mappingA, file: "m.yaml"))
    #expect(bom.encoding == .utf8BOM)
    let cp1252 = try importA(text, encoding: .windowsCP1252)
    #expect(cp1252.encoding == .windows1252)
    #expect(cp1252.warnings.contains { $0.contains("Windows-1252") })
    for result in [utf8, bom, cp1252] {
      #expect(result.dropped.isEmpty)
      #expect(SurveyAnalysis.table(result.survey, theme: 0, group: .whole).score(of: "Innovaties initiëren")?.n == 1)
    }
  }

  @Test func delimiterDetection() {
    #expect(SurveyImporter.detectDelimiter("a;b;\"c,d,e\"\n1,2,3") == ";")
    #expect(SurveyImporter.detectDelimiter("a,b,c\n") == ",")
    #expect(SurveyImporter.detectDelimiter("a\tb\tc") == "\t")
  }

  @Test func mappingNamesAMissingColumn() throws {
    let text = "Respondent,Opleiding\nR1,F\n"
    #expect(throws: SurveyImportError.missingColumn(file: "t.csv", column: "Sector")) { try importA(text) }
  }
}
