import Foundation
import GRDB
import ThemaStore

// MARK: - Agreement between coders

extension Project {
  /// Agreement of `coders` at segment level, per concept and overall.
  ///
  /// A coder *reviewed* a segment when they decided on (accepted or rejected) or added any coding in
  /// it. For each concept and each segment some coder reviewed, a coder's value is "applied" when
  /// they hold an accepted coding of the concept there, "not applied" when they reviewed the
  /// segment without one, and missing when they did not review it. Percent agreement, Cohen's kappa
  /// (two coders, segments both reviewed) and Krippendorff's alpha (missing values allowed) are
  /// computed per concept and over all concept × segment units pooled. Unitized alpha is computed
  /// over the coded spans on the text of the segments every coder reviewed.
  ///
  /// ```swift
  /// let report = try project.agreement(coders: ["marije", "joost"])
  /// print(report.overall.krippendorffAlpha ?? .nan)
  /// ```
  public func agreement(coders: [String], concept filter: String? = nil) throws -> AgreementReport {
    try database.read { db in
      let decisions = try Self.decisions(db, coders: coders)
      var reviewed: [String: Set<Int64>] = [:]
      var applied: [String: [Int64: [String: [Range<Int>]]]] = [:]
      var concepts: Set<String> = []
      for d in decisions {
        reviewed[d.holder, default: []].insert(d.segmentId)
        concepts.insert(d.concept)
        if d.accepted { applied[d.holder, default: [:]][d.segmentId, default: [:]][d.concept, default: []].append(d.start..<d.end) }
      }
      if let filter { concepts = concepts.filter { $0 == filter } }
      let segments = Set(reviewed.values.flatMap { $0 }).sorted()
      let sortedConcepts = concepts.sorted()

      func value(_ coder: String, _ segment: Int64, _ concept: String) -> String? {
        guard reviewed[coder]?.contains(segment) == true else { return nil }
        return applied[coder]?[segment]?[concept] != nil ? "applied" : "not applied"
      }

      // Segment texts: for the disagreement list and the unitized continuum.
      var texts: [Int64: (document: String, text: String)] = [:]
      for chunk in stride(from: 0, to: segments.count, by: 500) {
        let ids = segments[chunk..<min(chunk + 500, segments.count)]
        for row in try Row.fetchAll(
          db,
          sql: """
            SELECT s.id, s.text, d.name FROM segment s JOIN documentVersion v ON v.id = s.versionId
            JOIN document d ON d.id = v.documentId WHERE s.id IN (\(ids.map { "\($0)" }.joined(separator: ",")))
            """)
        {
          texts[row["id"]] = (row["name"], row["text"])
        }
      }
      let common = segments.filter { s in coders.allSatisfy { reviewed[$0]?.contains(s) == true } }
      var offsets: [Int64: Int] = [:]
      var length = 0
      for s in common {
        offsets[s] = length
        length += texts[s]?.text.unicodeScalars.count ?? 0
      }
      func spans(_ concept: String) -> [String: [Range<Int>]] {
        var result: [String: [Range<Int>]] = [:]
        for coder in coders {
          for s in common {
            guard let base = offsets[s] else { continue }
            for r in applied[coder]?[s]?[concept] ?? [] {
              result[coder, default: []].append((base + r.lowerBound)..<(base + r.upperBound))
            }
          }
        }
        return result
      }

      var figures: [AgreementReport.Figures] = []
      var pooled: [[String?]] = []
      var disagreements: [AgreementReport.Disagreement] = []
      var unitized: [[String: [Range<Int>]]] = []
      for concept in sortedConcepts {
        let units = segments.map { s in coders.map { value($0, s, concept) } }
        pooled += units
        let conceptSpans = spans(concept)
        unitized.append(conceptSpans)
        figures.append(
          Self.figures(concept: concept, units: units, coders: coders,
            unitized: UnitizedAlpha.disagreement(length: length, coders: coders, units: conceptSpans).alpha))
        for (s, unit) in zip(segments, units) where Set(unit.compactMap { $0 }).count > 1 {
          disagreements.append(
            AgreementReport.Disagreement(
              segmentId: s, document: texts[s]?.document ?? "?", concept: concept,
              applied: coders.filter { value($0, s, concept) == "applied" },
              notApplied: coders.filter { value($0, s, concept) == "not applied" },
              text: texts[s]?.text ?? ""))
        }
      }
      let overall = Self.figures(
        concept: nil, units: pooled, coders: coders,
        unitized: UnitizedAlpha.compute(length: length, coders: coders, categories: unitized))
      return AgreementReport(
        coders: coders, concepts: figures, overall: overall, disagreements: disagreements,
        continuumLength: length)
    }
  }

  /// Precision, recall and F1 of the automatic suggestions against `coder`'s decisions.
  ///
  /// ```swift
  /// for row in try project.automaticAccuracy(coder: "marije").concepts { print(row.concept, row.f1 ?? 0) }
  /// ```
  public func automaticAccuracy(coder: String, concept filter: String? = nil) throws -> AutomaticAccuracy {
    try database.read { db in
      var rows: [String: AutomaticAccuracy.Row] = [:]
      func bump(_ concept: String, _ path: WritableKeyPath<AutomaticAccuracy.Row, Int>) {
        rows[concept, default: .init(concept: concept, truePositives: 0, falsePositives: 0, falseNegatives: 0)][keyPath: path] += 1
      }
      for d in try Self.decisions(db, coders: [coder]) {
        if d.origin == "auto" {
          let suggested = d.suggestedConcept ?? d.concept
          if d.accepted && d.concept == suggested {
            bump(suggested, \.truePositives)
          } else {
            bump(suggested, \.falsePositives)
            if d.accepted { bump(d.concept, \.falseNegatives) }
          }
        } else if d.accepted {
          let covered = try Bool.fetchOne(
            db,
            sql: """
              SELECT EXISTS (SELECT 1 FROM coding WHERE segmentId = ? AND origin = 'auto'
                AND COALESCE(suggestedConcept, concept) = ? AND start < ? AND "end" > ?)
              """, arguments: [d.segmentId, d.concept, d.end, d.start]) ?? false
          if !covered { bump(d.concept, \.falseNegatives) }
        }
      }
      var list = rows.values.sorted { $0.concept < $1.concept }
      if let filter { list = list.filter { $0.concept == filter } }
      let overall = AutomaticAccuracy.Row(
        concept: "all", truePositives: list.map(\.truePositives).reduce(0, +),
        falsePositives: list.map(\.falsePositives).reduce(0, +),
        falseNegatives: list.map(\.falseNegatives).reduce(0, +))
      return AutomaticAccuracy(coder: coder, concepts: list, overall: overall)
    }
  }

  // MARK: - Helpers

  /// A decided coding held by a coder.
  struct Decision {
    var holder: String
    var segmentId: Int64
    var concept: String
    var suggestedConcept: String?
    var origin: String
    var start: Int
    var end: Int
    var accepted: Bool
  }

  /// Every accepted or rejected coding held by one of `coders`: suggestions they decided on in
  /// place, their blind copies, and codings they added by hand.
  static func decisions(_ db: Database, coders: [String]) throws -> [Decision] {
    guard !coders.isEmpty else { return [] }
    let placeholders = coders.map { _ in "?" }.joined(separator: ",")
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT * FROM (SELECT CASE WHEN coder = ? THEN decidedBy ELSE coder END AS holder, segmentId,
          concept, suggestedConcept, origin, start, "end", status
          FROM coding WHERE status IN ('accepted', 'rejected'))
        WHERE holder IN (\(placeholders)) ORDER BY segmentId, start
        """, arguments: StatementArguments([automaticCoder] + coders))
    return rows.map {
      Decision(
        holder: $0["holder"], segmentId: $0["segmentId"], concept: $0["concept"],
        suggestedConcept: $0["suggestedConcept"], origin: $0["origin"], start: $0["start"], end: $0["end"],
        accepted: ($0["status"] as String) == "accepted")
    }
  }

  static func figures(concept: String?, units: [[String?]], coders: [String], unitized: Double?)
    -> AgreementReport.Figures
  {
    let pairs: [(String, String)] =
      coders.count == 2
      ? units.compactMap { unit in unit[0].flatMap { a in unit[1].map { (a, $0) } } } : []
    return AgreementReport.Figures(
      concept: concept, units: units.filter { $0.compactMap { $0 }.count >= 2 }.count,
      percentAgreement: Coefficients.percentAgreement(units),
      cohenKappa: coders.count == 2 ? Coefficients.cohenKappa(pairs) : nil,
      krippendorffAlpha: Coefficients.krippendorffAlpha(units), unitizedAlpha: unitized)
  }
}
