/// A match that was found and would count, but adds nothing: another indicator of the same concept
/// already codes the same span (in the segment's text), or already gives the segment the concept (a code
/// inherited from a heading, lead-in or attribute when the text or a nearer source codes it).
///
/// Shadowed matches are not codings; `thema why` lists them and `thema codebook check` counts them, so an
/// indicator whose every match is shadowed is reported as redundant rather than as matching nothing.
///
/// ```swift
/// var matcher = CodebookMatcher(codebook: codebook)   // innoveren: [vernieuwen, vernieuwing]
/// let coding = matcher.code("De vernieuwing landt.")
/// coding.shadowed.first?.match.indicator   // "vernieuwing"
/// coding.shadowed.first?.by.indicator      // "vernieuwen" (its word family reaches "vernieuwing")
/// ```
public struct ShadowedMatch: Sendable, Hashable, Codable {
  /// The match that adds nothing.
  public var match: CodingMatch
  /// The match of the same concept that was kept (same span, or the code the segment already has).
  public var by: CodingMatch

  public init(match: CodingMatch, by: CodingMatch) {
    self.match = match
    self.by = by
  }

  /// One line of explanation.
  public var explanation: String {
    "\(match.indicator) matched \"\(match.matchedForm)\" but \(by.indicator) already codes it"
  }
}
