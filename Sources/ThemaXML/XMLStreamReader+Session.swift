import CLibXML2
import Foundation

extension XMLStreamReader {
  /// One streaming parse fed in chunks: for XML that is never whole in memory, such as a Word document's
  /// `word/document.xml` as it is inflated from the .docx.
  ///
  /// Feed the file's bytes in order with `feed(_:)` (chunks of any size), then call
  /// ``finish()``; the handler gets every event as libxml2 reports it, with the same safe options and the
  /// same events and original positions as reading the whole file at once. Positions count from the
  /// file's first byte, across chunks.
  ///
  /// Memory: the session keeps the bytes from the last located text on (usually a few kilobytes; for a
  /// long stretch of markup without text, that stretch), plus libxml2's own input buffer.
  ///
  /// The handler must not feed the session. A session is used on one thread.
  ///
  /// ```swift
  /// let session = XMLStreamReader.Session(name: "document.xml") { event in print(event) }
  /// for chunk in chunks { try session.feed(chunk) }
  /// try session.finish()
  /// ```
  public final class Session {
    /// Bytes held back from libxml2 until more arrive or the file ends: the text locator looks up to
    /// 12 bytes past a text libxml2 reports (`]]><![CDATA[`), which must already be there.
    static let lookahead = 64
    /// Bytes gathered before parsing starts: enough for the XML declaration with its encoding.
    static let headBytes = 256

    /// The file name used in errors.
    public let name: String
    private let handle: (XMLEvent) throws -> Void
    let collector = XMLErrorCollector()
    private var context: xmlParserCtxtPtr?
    /// Locates text in `window`.
    private var cursor = XMLSourceCursor(bytes: UnsafeRawBufferPointer(start: nil, count: 0))
    /// Received bytes from global offset `windowStart` on: those the cursor may still read, and those
    /// not yet handed to libxml2.
    private var window: [UInt8] = []
    private var windowStart = 0
    /// Global offset up to which bytes went to libxml2; bytes received in all.
    private var given = 0
    private var received = 0
    private var isFinished = false
    /// The error that ended the session (rethrown by later calls).
    private var stopped: (any Error)?
    /// An error thrown by the handler during a libxml2 call.
    private var failure: (any Error)?
    /// Whether the last CDATA piece libxml2 reported ended in "\r" (see ``text(_:isCDATA:)``).
    private var cdataEndsInCR = false
    var depth = 0

    /// A session reporting to `handle`. Errors thrown by `handle` stop the parse and are rethrown by
    /// the `feed(_:)` or ``finish()`` call during which they happened.
    public init(name: String, handle: @escaping (XMLEvent) throws -> Void) {
      _ = LibXML.initialized
      self.name = name
      self.handle = handle
    }

    deinit {
      if let context {
        if let doc = context.pointee.myDoc { xmlFreeDoc(doc) }  // only the DTD: no elements are built
        context.pointee.myDoc = nil
        xmlFreeParserCtxt(context)
      }
    }

    // MARK: - Feeding

    /// Parses the next chunk of the file.
    public func feed(_ chunk: Data) throws {
      try chunk.withUnsafeBytes { try feed($0) }
    }

    /// Parses the next chunk of the file (the bytes are copied; the buffer may be reused afterwards).
    public func feed(_ chunk: UnsafeRawBufferPointer) throws {
      try run {
        precondition(!isFinished, "XMLStreamReader.Session: feed after finish")
        window.append(contentsOf: chunk.bindMemory(to: UInt8.self))
        received += chunk.count
        if context == nil {
          guard received >= Self.headBytes else { return }
          try start()
        }
        try parse(upTo: received - Self.lookahead, terminate: false)
        compact()
      }
    }

    /// Ends the file: parses what is left and checks that the document is complete. A malformed or
    /// empty file throws ``XMLParseError``.
    public func finish() throws {
      try run {
        precondition(!isFinished, "XMLStreamReader.Session: finish called twice")
        isFinished = true
        if received == 0 { throw XMLParseError.malformed(file: name, line: 1, column: 1, message: "the file is empty") }
        if context == nil { try start() }
        try parse(upTo: received, terminate: true)
        window = []
      }
    }

    /// Runs `body`, remembering the first error so that later calls rethrow it.
    private func run(_ body: () throws -> Void) throws {
      if let stopped { throw stopped }
      do {
        try body()
      } catch {
        stopped = error
        window = []
        throw error
      }
    }

    /// Creates the push parser once the head of the file is there (libxml2 detects the encoding from
    /// its first bytes, the text locator reads the XML declaration).
    private func start() throws {
      cursor = window.withUnsafeBytes { XMLSourceCursor(bytes: $0) }
      cursor.detach()
      var sax = XMLStreamReader.handlers()
      let head = min(4, window.count)
      let created = window.withUnsafeBytes { raw in
        xmlCreatePushParserCtxt(&sax, nil, raw.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(head), name)
      }
      guard let created else { throw XMLParseError.unavailable(file: name, reason: "libxml2 could not create a parser") }
      context = created
      _ = xmlCtxtUseOptions(created, LibXML.options)
      created.pointee._private = Unmanaged.passUnretained(self).toOpaque()
      given = head
    }

    /// Hands libxml2 the received bytes up to global offset `limit`, in chunks of at most
    /// ``XMLStreamReader/chunkSize``; with `terminate`, the last call ends the document.
    private func parse(upTo limit: Int, terminate: Bool) throws {
      guard let context, terminate || limit > given else { return }
      try window.withUnsafeBytes { raw in
        cursor.attach(raw)
        defer { cursor.detach() }
        while true {
          let length = min(XMLStreamReader.chunkSize, max(0, limit - given))
          let last = terminate && given + length >= limit
          let start = raw.baseAddress.map { $0.assumingMemoryBound(to: CChar.self) + (given - windowStart) }
          _ = xmlParseChunk(context, length > 0 ? start : nil, Int32(length), last ? 1 : 0)
          given += length
          if let failure { throw failure }
          if collector.hasErrors || context.pointee.wellFormed == 0 { throw collector.failure(file: name) }
          if last || given >= limit && !terminate { break }
        }
      }
    }

    /// Drops the bytes both libxml2 and the text locator are done with. Only when that is at least half
    /// the window, so that moving the rest costs O(1) per byte overall.
    private func compact() {
      let keep = cursor.isLost ? given : min(cursor.offset, given)
      let drop = keep - windowStart
      guard drop > 0, drop * 2 >= window.count else { return }
      window.removeFirst(drop)
      windowStart += drop
      cursor.discard(drop)
    }

    // MARK: - From the callbacks

    /// The session of the main parse for a callback's context; `nil` for another context (libxml2
    /// parsing an entity's content to check it), whose events are not part of the document's text.
    static func of(_ ctx: UnsafeMutableRawPointer?) -> Session? {
      guard let ctx, let box = ctx.assumingMemoryBound(to: xmlParserCtxt.self).pointee._private else { return nil }
      let session = Unmanaged<Session>.fromOpaque(box).takeUnretainedValue()
      guard UnsafeMutableRawPointer(session.context) == ctx, session.failure == nil else { return nil }
      return session
    }

    /// Hands `event` to the handler; `continuesCDATA` for a CDATA text piece (any other event ends the
    /// CDATA section a "\r" could continue in).
    func emit(_ event: XMLEvent, continuesCDATA: Bool = false) {
      if !continuesCDATA { cdataEndsInCR = false }
      do {
        try handle(event)
      } catch {
        failure = error
        if let context { xmlStopParser(context) }
      }
    }

    func text(_ buffer: UnsafeBufferPointer<UInt8>, isCDATA: Bool) {
      var buffer = buffer
      if isCDATA {
        // A long CDATA section arrives in pieces, and the push parser leaves its "\r\n" as they are: a
        // piece ending in "\r" became "\n" (and the locator took the "\r\n"), so the next piece's "\n"
        // belongs to it.
        if cdataEndsInCR, buffer.first == 0x0A { buffer = UnsafeBufferPointer(rebasing: buffer.dropFirst()) }
        if buffer.isEmpty { return }
        cdataEndsInCR = buffer.last == 0x0D
      }
      var text = String(decoding: buffer, as: UTF8.self)
      // Normalise CDATA line ends as the tree parser does.
      if isCDATA, text.utf8.contains(0x0D) {
        text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
      }
      let pieces = text.withUTF8 { cursor.match($0, isCDATA: isCDATA) }
      emit(.text(XMLText(text: text, isCDATA: isCDATA, pieces: pieces ?? [])), continuesCDATA: isCDATA)
    }
  }
}

@available(*, unavailable) extension XMLStreamReader.Session: Sendable {}
