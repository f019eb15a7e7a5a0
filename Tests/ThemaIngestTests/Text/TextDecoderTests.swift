import Foundation
import Testing

@testable import ThemaIngest

// MARK: - Encodings

@Suite struct TextDecoderTests {
  static let sample = "Één 𝄞 leraar—\"onderzoek\" 😀 in de klas\r\nNieuwe regel\rOude Mac-regel\n"

  static func utf16(_ text: String, bigEndian: Bool) -> Data {
    var data = Data(bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE])
    for unit in text.utf16 {
      let hi = UInt8(unit >> 8)
      let lo = UInt8(unit & 0xFF)
      data.append(contentsOf: bigEndian ? [hi, lo] : [lo, hi])
    }
    return data
  }

  @Test(arguments: [false, true]) func nulCharactersAreReadAsSpacesWithExactOffsets(utf16: Bool) throws {
    let text = "Het team\u{0}\u{0} leert samen 😀 van elkaar.\n"
    let data = utf16 ? Self.utf16(text, bigEndian: false) : Data(text.utf8)
    let decoded = try TextDecoder.decode(data, name: "verslag.txt")
    #expect(decoded.text == text.replacingOccurrences(of: "\u{0}", with: " "))
    #expect(decoded.warnings.contains { $0.hasPrefix("verslag.txt: 2 NUL character(s)") })
    // Offsets are unchanged: the scalar after the NULs is where it was in the original.
    let after = text.unicodeScalars.firstIndex(of: "l").map { text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: $0) }!
    let byte = decoded.byteOffset(ofScalar: after)
    let expected = utf16 ? 2 + 2 * after : after
    #expect(byte == expected)
    let segments = try PlainTextReader().read(data, name: "verslag.txt").segments
    // Nothing after the NULs is lost; the spaces stay as they were read (no repair joins them).
    #expect(segments.map(\.text) == ["Het team   leert samen 😀 van elkaar."])
  }

  @Test func textWithoutNULIsUntouched() throws {
    let decoded = try TextDecoder.decode(Data("Geen bijzonderheden.\n".utf8), name: "a.txt")
    #expect(decoded.warnings.isEmpty)
    #expect(decoded.text == "Geen bijzonderheden.\n")
  }

  @Test func utf8WithoutBOM() throws {
    let decoded = try TextDecoder.decode(Data(Self.sample.utf8), name: "a.txt")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text == Self.sample)
    #expect(decoded.warnings.isEmpty)
    let scalars = Array(Self.sample.unicodeScalars)
    for k in 0...scalars.count {
      let prefix = String(String.UnicodeScalarView(scalars[..<k]))
      #expect(decoded.byteOffset(ofScalar: k) == prefix.utf8.count)
    }
  }

  @Test func utf8WithBOM() throws {
    let data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.sample.utf8)
    let decoded = try TextDecoder.decode(data, name: "a.txt")
    #expect(decoded.encoding == .utf8BOM)
    #expect(decoded.text == Self.sample)
    #expect(decoded.byteOffset(ofScalar: 0) == 3)
    #expect(decoded.byteOffset(ofScalar: 1) == 3 + 2)  // "É" is two bytes
    #expect(decoded.byteOffset(ofScalar: decoded.scalarCount) == data.count)
  }

  @Test(arguments: [false, true]) func utf16WithBOMAndSurrogatePairs(bigEndian: Bool) throws {
    let data = Self.utf16(Self.sample, bigEndian: bigEndian)
    let decoded = try TextDecoder.decode(data, name: "a.txt")
    #expect(decoded.encoding == (bigEndian ? .utf16BE : .utf16LE))
    #expect(decoded.text == Self.sample)
    let scalars = Array(Self.sample.unicodeScalars)
    for k in 0...scalars.count {
      let prefix = String(String.UnicodeScalarView(scalars[..<k]))
      #expect(decoded.byteOffset(ofScalar: k) == 2 + 2 * prefix.utf16.count)
    }
  }

  @Test func utf16UnpairedSurrogateBecomesReplacementWithWarning() throws {
    let data = Data([0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00, 0x63])
    let decoded = try TextDecoder.decode(data, name: "a.txt")
    #expect(decoded.text == "a\u{FFFD}b\u{FFFD}")
    #expect(decoded.warnings.count == 2)
    #expect(decoded.byteOffset(ofScalar: 2) == 6)
    #expect(decoded.byteOffset(ofScalar: 3) == 8)
  }

  @Test func windows1252EuroAndTrema() throws {
    // "€ 12 per leerling, ook voor de coöperatie" with é and ë in cp1252.
    var data = Data([0x80])
    data += Data(" 12 per leerling, co".utf8)
    data += Data([0xF6])  // ö
    data += Data("peratie, caf".utf8)
    data += Data([0xE9, 0x20, 0xEB, 0x93, 0x94])  // é ë “ ”
    let decoded = try TextDecoder.decode(data, name: "oud.txt")
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "€ 12 per leerling, coöperatie, café ë“”")
    #expect(decoded.warnings.count == 1)
    #expect(decoded.byteOffset(ofScalar: 5) == 5)
  }

  @Test func invalidUTF8FallsBackToWindows1252() throws {
    // Valid UTF-8 up to "é" written as a lone Latin-1 byte.
    let data = Data("Verslag van het overleg: caf".utf8) + Data([0xE9]) + Data(" ën".utf8)
    let decoded = try TextDecoder.decode(data, name: "x.txt")
    #expect(decoded.encoding == .windows1252)
    // The UTF-8 "ë" (C3 AB) is now read as two cp1252 characters: nothing is lost.
    #expect(decoded.text == "Verslag van het overleg: café Ã«n")
    #expect(decoded.warnings.first?.contains("byte 28") == true)
  }

  @Test func validUTF8IsNotReadAsWindows1252() throws {
    let decoded = try TextDecoder.decode(Data("café ë".utf8), name: "x.txt")
    #expect(decoded.encoding == .utf8)
    #expect(decoded.text == "café ë")
  }

  @Test func undefinedWindows1252BytesAreKeptAsC1Controls() throws {
    let data = Data([0x41, 0x81, 0x8D, 0x8F, 0x90, 0x9D, 0x42])
    let decoded = try TextDecoder.decode(data, name: "x.txt")
    #expect(decoded.encoding == .windows1252)
    #expect(decoded.text == "A\u{81}\u{8D}\u{8F}\u{90}\u{9D}B")
    #expect(decoded.warnings.contains { $0.contains("5 byte(s) undefined") })
  }

  @Test func everyWindows1252ByteDecodesToOneScalar() {
    for byte in 0...255 {
      let scalar = Windows1252.scalar(for: UInt8(byte))
      #expect(Windows1252.utf8[byte] == Array(String(Character(scalar)).utf8))
    }
    #expect(Windows1252.scalar(for: 0x80) == "€")
    #expect(Windows1252.scalar(for: 0x9F) == "Ÿ")
    #expect(Windows1252.scalar(for: 0xEB) == "ë")
  }

  @Test func brokenUTF8AfterBOMIsAnError() {
    let data = Data([0xEF, 0xBB, 0xBF, 0x61, 0xFF])
    #expect(throws: IngestError.self) { try TextDecoder.decode(data, name: "kapot.txt") }
  }

  @Test func scalarIndexRoundTripsAcrossBlocks() {
    let text = String(repeating: "abc ë 😀 ", count: 200)
    let index = ScalarIndex(utf8: Array(text.utf8))
    let scalars = Array(text.unicodeScalars)
    var utf8 = 0
    for k in 0...scalars.count {
      #expect(index.utf8Offset(ofScalar: k) == utf8)
      #expect(index.scalarOffset(ofUTF8: utf8) == k)
      if k < scalars.count { utf8 += String(scalars[k]).utf8.count }
    }
  }
}

// MARK: - Line ends and byte offsets of segments

@Suite struct LineEndTests {
  @Test(arguments: ["\r\n", "\r", "\n"]) func lineEndsJoinInsideAParagraph(lineEnd: String) throws {
    let text =
      "De groep bespreekt het profiel van de master en de rol van de" + lineEnd
      + "leraar in het team." + lineEnd + lineEnd + "Tweede alinea." + lineEnd
    let segs = try segments(text)
    #expect(
      segs.map(\.text) == [
        "De groep bespreekt het profiel van de master en de rol van de leraar in het team.",
        "Tweede alinea.",
      ])
    try checkInvariants(try document(text), original: Data(text.utf8))
  }

  @Test(arguments: ["\r\n", "\r"]) func blankLinesSeparateWithCRLFAndCR(lineEnd: String) throws {
    let text = "Eerste alinea over leren" + lineEnd + lineEnd + "tweede alinea over innoveren"
    #expect(try segments(text).count == 2)
  }

  @Test func byteOffsetsAreExactInEveryEncoding() throws {
    let text =
      "OVERLEG 𝄞 ÉÉN\r\n\r\n• Het onder-\r\nwijs 😀 is coöperatief.\r\n\r\nNog één alinea.\r\n"
    var originals: [Data] = [
      Data(text.utf8), Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8),
      TextDecoderTests.utf16(text, bigEndian: false), TextDecoderTests.utf16(text, bigEndian: true),
    ]
    // Windows-1252 cannot hold 𝄞 or 😀: a variant without them.
    let latin = text.replacingOccurrences(of: "𝄞", with: "€").replacingOccurrences(
      of: "😀", with: "…")
    originals.append(
      Data(
        latin.unicodeScalars.map { s in
          UInt8(Windows1252.table.firstIndex(of: s.value)!)
        }))
    for data in originals {
      let doc = try PlainTextReader().read(data, name: "x.txt")
      #expect(doc.segments.count == 3)
      #expect(doc.segments[1].text.hasPrefix("Het onderwijs"))
      try checkInvariants(doc, original: data)
    }
  }
}
