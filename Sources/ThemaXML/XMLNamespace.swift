/// Namespace URIs Thema's readers look for.
public enum XMLNamespace {
  /// The `xml:` prefix (`xml:id`, `xml:space`).
  public static let xml = "http://www.w3.org/XML/1998/namespace"
  /// TEI P5.
  public static let tei = "http://www.tei-c.org/ns/1.0"
  /// WordprocessingML (the `w:` prefix of .docx).
  public static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
}
