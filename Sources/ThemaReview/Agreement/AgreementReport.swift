/// Agreement between coders, per concept and overall (see `Project.agreement(coders:concept:)`).
public struct AgreementReport: Sendable, Hashable, Codable {
  /// The coefficients for one concept, or for all concepts pooled.
  public struct Figures: Sendable, Hashable, Codable {
    /// The concept, or nil for the overall figures.
    public var concept: String?
    /// Segments at least two coders reviewed (the pairable units).
    public var units: Int
    public var percentAgreement: Double?
    /// Only for two coders.
    public var cohenKappa: Double?
    public var krippendorffAlpha: Double?
    /// Unitized alpha over the coded spans, on the segments every coder reviewed.
    public var unitizedAlpha: Double?
  }

  /// A segment on which the coders disagree about a concept.
  public struct Disagreement: Sendable, Hashable, Codable {
    public var segmentId: Int64
    public var document: String
    public var concept: String
    /// Coders who applied the concept to the segment.
    public var applied: [String]
    /// Coders who reviewed the segment and did not apply it.
    public var notApplied: [String]
    /// The segment's text (for the consensus discussion).
    public var text: String
  }

  public var coders: [String]
  public var concepts: [Figures]
  public var overall: Figures
  public var disagreements: [Disagreement]
  /// Length in characters of the text the unitized alpha was computed on.
  public var continuumLength: Int
}

/// How well the automatic suggestions match one coder's decisions, per concept.
public struct AutomaticAccuracy: Sendable, Hashable, Codable {
  public struct Row: Sendable, Hashable, Codable {
    public var concept: String
    /// Suggestions the coder accepted as they were.
    public var truePositives: Int
    /// Suggestions the coder rejected, or recoded to another concept.
    public var falsePositives: Int
    /// Codings the coder added by hand (or recoded to this concept) that no suggestion produced.
    public var falseNegatives: Int

    public var precision: Double? {
      truePositives + falsePositives > 0 ? Double(truePositives) / Double(truePositives + falsePositives) : nil
    }
    public var recall: Double? {
      truePositives + falseNegatives > 0 ? Double(truePositives) / Double(truePositives + falseNegatives) : nil
    }
    public var f1: Double? {
      guard let p = precision, let r = recall, p + r > 0 else { return nil }
      return 2 * p * r / (p + r)
    }
  }

  public var coder: String
  public var concepts: [Row]
  public var overall: Row
}
