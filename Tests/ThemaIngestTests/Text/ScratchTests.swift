import Foundation
import Testing

@testable import ThemaIngest

@Test func scratchPrint() throws {
  let text = """
    VERSLAG MLI-OVERLEG WINDESHEIM\r
    \r
    Aanwezig: Marije, Henk, Fatima\r
    \r
    2.1 Leren\r
    De werkgroep bespreekt hoe het onder-\r
    wijs in het team verandert. Leren & Innoveren-\r
    werkgroep vindt kennis-\r
    en leertheorieën belangrijk voor MLI-\r
    opgeleiden.\r
    • eerste punt\r
    \t◦ sub punt dat verder gaat op de\r
    \t  volgende regel\r
    1.\tnummer een\r
    a) letter\r
    \r
    - 3 -\r
    \u{0C}Onderzoeken\r
    Leraren doen onderzoek in de klas en delen dat met collega's in het team en daarbuiten.\r
    Naam\tRol\r
    Jan\tdocent\r
    """
  let doc = try document(text)
  for s in doc.segments {
    print(s.kind, s.listLevel, s.marker ?? "", s.headingPath, "|\(s.text)|", s.attributes)
  }
  print(doc.warnings)
  try checkInvariants(doc, original: Data(text.utf8))
}
