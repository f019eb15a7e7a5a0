import Foundation

// MARK: - SurveyBenchmark

/// The survey benchmark (issue 8 target: 100,000 respondents × 5 themes × 10 ranks analysed per
/// programme and per role in under 2 s, release build). `thema bench survey` prints its result.
///
/// ```swift
/// let survey = SurveyBenchmark.syntheticSurvey(respondents: 100_000)
/// let result = SurveyBenchmark.run(survey)
/// print(result.analysisSeconds)
/// ```
public enum SurveyBenchmark {
  /// Timings of one run.
  public struct Result: Sendable {
    /// Item tables of every theme per programme and per role (the target).
    public var analysisSeconds: Double
    /// Cut-off (whole group and every role) and common items per programme, for every theme.
    public var procedureSeconds: Double
    public var tables: Int
  }

  static let programmes = ["Windesheim", "Rotterdam", "Fontys", "Aeres", "Stenden", "Driestar", "InHolland", "Saxion", "Radiant"]
  static let roles = ["docent", "leidinggevende", "lector", "alumnus", "student", "ontwikkelaar"]

  /// A deterministic survey: 5 themes of 25 items, every respondent ranks 10 items per theme with a
  /// preference that differs a little per role.
  public static func syntheticSurvey(respondents count: Int, seed: UInt64 = 2019) -> Survey {
    var state = seed
    func next() -> UInt64 {
      state = state &* 6364136223846793005 &+ 1442695040888963407
      return state >> 11
    }
    let themes = (1...5).map { t in
      SurveyTheme(name: "Thema \(t)", items: (1...25).map { "Item \(t).\($0)" }, maxSelection: 10)
    }
    var respondents: [Respondent] = []
    respondents.reserveCapacity(count)
    var keys = [(Double, Int)](repeating: (0, 0), count: 25)
    for r in 0..<count {
      let role = Int(next() % UInt64(roles.count))
      var choices: [[RankedChoice]] = []
      for _ in themes {
        for item in 0..<25 {
          let bias = Double((item * 7 + role * 3) % 25) / 25
          keys[item] = (Double(next() % 1_000_000) / 1_000_000 + bias, item)
        }
        keys.sort { $0.0 > $1.0 }
        choices.append((0..<10).map { RankedChoice(item: keys[$0].1, rank: $0 + 1) })
      }
      respondents.append(
        Respondent(
          id: "R\(r + 1)", row: r + 2,
          attributes: ["programme": [programmes[Int(next() % 9)]], "role": [roles[role]]], choices: choices))
    }
    return Survey(
      name: "synthetic", themes: themes, respondents: respondents, attributeNames: ["programme", "role"],
      groupings: ["role": ["staff": ["docent", "leidinggevende", "lector"]]])
  }

  /// Analyses `survey` per programme and per role (every theme), then runs the cut-off and
  /// common-items procedure, timing both.
  public static func run(_ survey: Survey) throws -> Result {
    let clock = ContinuousClock()
    var tables = 0
    let analysis = try clock.measure {
      for attribute in ["programme", "role"] {
        tables += SurveyAnalysis.tables(survey, groups: try survey.groups(by: attribute)).joined().count
      }
    }
    let procedure = try clock.measure {
      let groups = [SurveyGroup.whole] + (try survey.groups(spec: "role=alumnus,student,staff"))
      for t in survey.themes.indices {
        let cutoff = try CutoffReport(survey, theme: t, groups: groups)
        _ = try CommonItemsReport(survey, theme: t, cutoff: max(cutoff.cutoff, 3), by: "programme")
      }
    }
    return Result(analysisSeconds: seconds(analysis), procedureSeconds: seconds(procedure), tables: tables)
  }

  static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }
}
