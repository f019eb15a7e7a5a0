import PropertyBased
import Testing
import ThemaReview

@Suite("Agreement coefficients")
struct CoefficientTests {
  /// Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the worked example for
  /// nominal data with missing values: 4 observers × 12 units; α = 0.743.
  @Test func krippendorffsWorkedExampleWithMissingValues() throws {
    let observers: [[Int?]] = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, nil, nil, nil],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nil, 3],
      [nil, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nil],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nil],
    ]
    let units = (0..<12).map { u in observers.map { $0[u].map(String.init) } }
    let alpha = try #require(Coefficients.krippendorffAlpha(units))
    #expect(abs(alpha - 0.743) < 0.0005)
  }

  /// The textbook 2 × 2 example for Cohen's kappa (50 proposals read by two editors: both yes 20,
  /// A yes B no 5, A no B yes 10, both no 15): pₒ = 0.7, pₑ = 0.5, κ = 0.4.
  @Test func cohensKappaTextbookExample() throws {
    let pairs =
      Array(repeating: ("yes", "yes"), count: 20) + Array(repeating: ("yes", "no"), count: 5)
      + Array(repeating: ("no", "yes"), count: 10) + Array(repeating: ("no", "no"), count: 15)
    let kappa = try #require(Coefficients.cohenKappa(pairs))
    #expect(abs(kappa - 0.4) < 1e-12)
    #expect(Coefficients.percentAgreement(pairs.map { [$0.0, $0.1] }) == 0.7)
  }

  @Test func perfectAgreementIsOne() throws {
    let units: [[String?]] = [["a", "a", "a"], ["b", "b", nil], ["c", "c", "c"]]
    #expect(Coefficients.krippendorffAlpha(units) == 1)
    #expect(Coefficients.percentAgreement(units) == 1)
    #expect(Coefficients.cohenKappa([("a", "a"), ("b", "b")]) == 1)
  }

  @Test func oneCategoryOnlyIsUndefinedNotOne() {
    let units: [[String?]] = [["a", "a"], ["a", "a"], ["a", nil]]
    #expect(Coefficients.krippendorffAlpha(units) == nil)
    #expect(Coefficients.cohenKappa([("a", "a"), ("a", "a")]) == nil)
    #expect(Coefficients.percentAgreement(units) == 1)
  }

  @Test func allMissingIsUndefined() {
    let units: [[String?]] = [[nil, nil], ["a", nil], [nil, "b"]]
    #expect(Coefficients.krippendorffAlpha(units) == nil)
    #expect(Coefficients.percentAgreement(units) == nil)
    #expect(Coefficients.cohenKappa([]) == nil)
  }

  @Test func systematicDisagreementIsNegative() throws {
    let units: [[String?]] = [["a", "b"], ["b", "a"], ["a", "b"], ["b", "a"]]
    #expect(try #require(Coefficients.krippendorffAlpha(units)) < 0)
    #expect(try #require(Coefficients.cohenKappa(units.map { ($0[0]!, $0[1]!) })) == -1)
  }

  /// Alpha does not depend on the order of coders or units, nor on the category names.
  @Test func alphaIsInvariantUnderRelabelling() async {
    await propertyCheck(input: Gen.int(in: 0...3).array(of: 12)) { values in
      let units: [[String?]] = stride(from: 0, to: 12, by: 3).map { i in
        values[i..<(i + 3)].map { $0 == 0 ? nil : "c\($0)" }
      }
      let renamed = units.reversed().map { unit in unit.reversed().map { $0.map { "x" + $0 } } }
      let a = Coefficients.krippendorffAlpha(units)
      let b = Coefficients.krippendorffAlpha(renamed)
      #expect(a == b || abs((a ?? 0) - (b ?? 0)) < 1e-12)
    }
  }
}
