// The published figures of the MLI article (see /work/shared/PUBLISHED_FIGURES.md): the expectations of
// the sample-survey tests. They are data from the article, not answers computed by the code under test.

enum PublishedFigures {
  static let roles = ["docent", "leidinggevende", "lector", "alumnus", "student", "ontwikkelaar"]
  static let table1: [(String, [Int])] = [
    ("Windesheim", [8, 1, 0, 53, 22, 0]), ("Rotterdam", [5, 0, 0, 34, 10, 0]),
    ("Fontys", [5, 1, 0, 42, 6, 1]), ("Aeres", [4, 3, 1, 27, 13, 0]), ("Stenden", [4, 3, 0, 19, 5, 0]),
    ("Driestar", [4, 1, 0, 15, 10, 0]), ("InHolland", [7, 1, 2, 1, 21, 0]), ("Saxion", [3, 2, 1, 0, 10, 0]),
    ("Radiant", [7, 0, 1, 62, 25, 1]),
  ]
  static let table1RowTotals = [84, 49, 55, 48, 31, 30, 32, 16, 96]
  static let table1ColumnTotals = [47, 12, 5, 253, 122, 2]
  static let table2: [(String, [Int])] = [
    ("PO", [1, 0, 0, 82, 54, 0]), ("VO", [2, 1, 1, 48, 23, 0]), ("MBO", [4, 3, 0, 64, 29, 1]),
    ("HBO", [44, 9, 4, 71, 17, 1]), ("WO", [3, 0, 0, 1, 1, 0]), ("HRD", [2, 0, 0, 8, 3, 0]),
    ("Bedrijfsleven", [1, 0, 0, 12, 3, 0]),
  ]
  /// Table 2 as printed (row totals 12 and 17 for HRD and Bedrijfsleven).
  static let table2Markdown = """
    | sector | docent | leidinggevende | lector | alumnus | student | ontwikkelaar | total |
    |---|---|---|---|---|---|---|---|
    | PO | 1 | 0 | 0 | 82 | 54 | 0 | 137 |
    | VO | 2 | 1 | 1 | 48 | 23 | 0 | 75 |
    | MBO | 4 | 3 | 0 | 64 | 29 | 1 | 101 |
    | HBO | 44 | 9 | 4 | 71 | 17 | 1 | 146 |
    | WO | 3 | 0 | 0 | 1 | 1 | 0 | 5 |
    | HRD | 2 | 0 | 0 | 8 | 3 | 0 | 12 |
    | Bedrijfsleven | 1 | 0 | 0 | 12 | 3 | 0 | 17 |
    """
  static let themeSizes = ["Leren": 25, "Innoveren": 26, "Onderzoeken": 22, "Kennisbasis": 22, "Persoonskenmerken": 24]
  /// Table 4: theme, item, Σ, N, in the published order.
  static let table4: [(String, String, Int, Int)] = [
    ("Leren", "Stimuleren van een lerende cultuur in de hele organisatie", 2100, 316),
    ("Leren", "Praktijkvraagstukken identificeren en verhelderen met betrokkenen", 1773, 289),
    ("Leren", "Identificeren en verhelderen van breed gedragen en urgente praktijkvraagstukken in de eigen organisatie", 1643, 245),
    ("Leren", "Kritisch beschouwen van trends in onderwijs/HRD", 1261, 239),
    ("Leren", "Een breed gedragen visie, missie en beleid gericht op leren (mede) opstellen", 1221, 217),
    ("Innoveren", "Vernieuwing vormgeven als proces van gezamenlijk leren", 1449, 228),
    ("Innoveren", "Innovaties initiëren", 1311, 227),
    ("Onderzoeken", "Innoveren van de eigen praktijk met behulp van wetenschappelijke en ervaringskennis", 1495, 226),
    ("Onderzoeken", "Met collega's vertalen van nieuwe (wetenschappelijke) kennis naar oplossingen", 1114, 204),
    ("Onderzoeken", "Reflecteren op processen in de organisatie met als doel om deze te innoveren", 1104, 185),
    ("Kennisbasis", "Verander- en begeleidingskunde", 1819, 283),
    ("Kennisbasis", "Kennis- en leertheorieën", 1426, 260),
    ("Persoonskenmerken", "Openstaan voor andere perspectieven", 1716, 265),
    ("Persoonskenmerken", "Onderzoekend zijn", 1680, 255),
    ("Persoonskenmerken", "Nieuwsgierig zijn", 1540, 206),
    ("Persoonskenmerken", "Praktijk en theorie verbindend zijn", 1464, 255),
  ]
}
