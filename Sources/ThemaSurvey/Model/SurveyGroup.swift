import Foundation

// MARK: - SurveyGroup

/// A group of respondents to analyse: the whole group, the respondents with one attribute value, or a
/// named grouping of values (`staff` = docent + leidinggevende + lector).
///
/// ```swift
/// let staff = try survey.group(attribute: "role", value: "staff")  // resolves the named grouping
/// let alumni = try survey.group(attribute: "role", value: "alumnus")
/// ```
public struct SurveyGroup: Sendable, Hashable, Codable {
  /// Display name ("all", "alumnus", "staff", "Windesheim").
  public var name: String
  /// The attribute the group selects on; nil for the whole group.
  public var attribute: String?
  /// The attribute values that belong to the group (a respondent with any of them is a member).
  public var values: [String]

  public init(name: String, attribute: String?, values: [String]) {
    self.name = name
    self.attribute = attribute
    self.values = values
  }

  /// Every respondent.
  public static let whole = SurveyGroup(name: "all", attribute: nil, values: [])

  /// Whether a respondent belongs to the group.
  public func contains(_ respondent: Respondent) -> Bool {
    guard let attribute else { return true }
    guard let mine = respondent.attributes[attribute] else { return false }
    return mine.contains { values.contains($0) }
  }
}

extension Survey {
  /// The group `attribute = value`, where `value` is an attribute value or a named grouping.
  public func group(attribute: String, value: String) throws -> SurveyGroup {
    if let members = groupings[attribute]?[value] {
      return SurveyGroup(name: value, attribute: attribute, values: members)
    }
    guard attributeNames.contains(attribute) else {
      throw SurveyAnalysisError.unknownAttribute(attribute, known: attributeNames)
    }
    // stops at the first respondent with the value (listing every value would read all respondents)
    guard respondents.contains(where: { $0.attributes[attribute]?.contains(value) == true }) else {
      throw SurveyAnalysisError.unknownValue(attribute: attribute, value: value, known: values(of: attribute))
    }
    return SurveyGroup(name: value, attribute: attribute, values: [value])
  }

  /// Parses `ATTR=V1,V2,...` into groups. A value may be a named grouping of the mapping, or define
  /// one on the spot as `NAME:V1+V2+V3` (`role=alumnus,student,staff:docent+leidinggevende+lector`).
  public func groups(spec: String) throws -> [SurveyGroup] {
    let parts = spec.split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, !parts[0].isEmpty else { throw SurveyAnalysisError.badGroupSpec(spec) }
    return try parts[1].split(separator: ",").map { raw in
      let value = raw.trimmingCharacters(in: .whitespaces)
      let named = value.split(separator: ":", maxSplits: 1).map(String.init)
      guard named.count == 2 else { return try group(attribute: parts[0], value: value) }
      let members = try named[1].split(separator: "+").map {
        try group(attribute: parts[0], value: $0.trimmingCharacters(in: .whitespaces)).values
      }
      return SurveyGroup(name: named[0], attribute: parts[0], values: members.flatMap { $0 })
    }
  }

  /// One group per value of `attribute` (named groupings not included).
  public func groups(by attribute: String) throws -> [SurveyGroup] {
    guard attributeNames.contains(attribute) else {
      throw SurveyAnalysisError.unknownAttribute(attribute, known: attributeNames)
    }
    return values(of: attribute).map { SurveyGroup(name: $0, attribute: attribute, values: [$0]) }
  }
}
