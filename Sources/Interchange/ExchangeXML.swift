// The XML form of an exchange (namespace urn:tdkt:exchange:1): a hand-written writer that puts
// one element per line, and a strict reader over a libxml2 parse.

import LibXML
import PortalPage
public import Records

/// Exchange records ⇄ exchange XML.
public enum ExchangeXML {
  /// Writes the XML form of `exchange`: UTF-8 with an XML declaration, two-space indentation,
  /// one element per line, namespace `urn:tdkt:exchange:1`, deterministic.
  ///
  /// - Parameter exchange: The records to write.
  /// - Returns: The XML text.
  public static func encode(_ exchange: Exchange) -> [UInt8] {
    var writer = ExchangeXMLWriter(tracking: false)
    writer.write(exchange)
    return writer.bytes
  }

  /// Reads an exchange from its XML form, strictly: an element, attribute, text, comment,
  /// processing instruction or namespace declaration that the format does not have is an error,
  /// and so is a missing required element or a value of the wrong type. Values are kept
  /// exactly as written. (The XSD checks the rest: enumerations, patterns, references; see
  /// ``ExchangeValidator``.)
  ///
  /// - Parameters:
  ///   - bytes: The XML text.
  ///   - file: The name used in diagnostics.
  /// - Returns: The records.
  /// - Throws: `InterchangeError.invalid` with every problem found, each at its line and column.
  public static func decode(_ bytes: [UInt8], file: String? = nil) throws(InterchangeError)
    -> Exchange
  {
    let parsed: ParsedDocument
    do {
      parsed = try Document.parseXML(bytes, file: file)
    } catch {
      throw .invalid(error.diagnostics)
    }
    let decoder = XMLDecoding(file: file, bytes: bytes)
    let exchange = decoder.readDocument(parsed.document)
    guard let exchange, decoder.diagnostics.isEmpty else { throw .invalid(decoder.diagnostics) }
    return exchange
  }
}

// MARK: - Writing

/// One line of written XML that starts an element, and the JSON Pointers its parts stand for.
struct LineEntry {
  /// The line of the start tag.
  var line: Int
  /// The pointer of the element (the object or value it writes).
  var pointer: String
  /// For an element whose text is one member of its object (`organizer`, `province`, `form`):
  /// the pointer of that member.
  var textPointer: String?
  /// Attribute name → pointer of the member it writes.
  var attributes: [(name: String, pointer: String)] = []
}

/// Writes exchange XML, optionally remembering which JSON Pointer each line comes from.
struct ExchangeXMLWriter {
  private(set) var bytes: [UInt8] = []
  private(set) var entries: [LineEntry] = []
  private let tracking: Bool
  private var line = 1
  private var depth = 0

  init(tracking: Bool) {
    self.tracking = tracking
    bytes.reserveCapacity(8192)
  }

  // MARK: Primitives

  private mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func newline() {
    bytes.append(0x0A)
    line += 1
  }

  private mutating func indent() {
    for _ in 0..<depth {
      bytes.append(0x20)
      bytes.append(0x20)
    }
  }

  private mutating func record(
    _ pointer: @autoclosure () -> String, text: @autoclosure () -> String? = nil,
    attributes: @autoclosure () -> [(name: String, pointer: String)] = []
  ) {
    guard tracking else { return }
    entries.append(
      LineEntry(line: line, pointer: pointer(), textPointer: text(), attributes: attributes()))
  }

  private mutating func attribute(_ name: StaticString, _ value: String) {
    bytes.append(0x20)
    append(name)
    append("=\"")
    appendXMLAttribute(value, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  private mutating func text(_ value: String) {
    line += appendXMLText(value, to: &bytes)
  }

  /// `<name>value</name>` on a line of its own.
  private mutating func leaf(
    _ name: StaticString, _ value: String, _ pointer: @autoclosure () -> String
  ) {
    record(pointer())
    indent()
    bytes.append(UInt8(ascii: "<"))
    append(name)
    bytes.append(UInt8(ascii: ">"))
    text(value)
    append("</")
    append(name)
    bytes.append(UInt8(ascii: ">"))
    newline()
  }

  private mutating func optionalLeaf(
    _ name: StaticString, _ value: String?, _ pointer: @autoclosure () -> String
  ) {
    if let value { leaf(name, value, pointer()) }
  }

  private mutating func open(_ name: StaticString, _ pointer: @autoclosure () -> String) {
    record(pointer())
    indent()
    bytes.append(UInt8(ascii: "<"))
    append(name)
    bytes.append(UInt8(ascii: ">"))
    newline()
    depth += 1
  }

  private mutating func close(_ name: StaticString) {
    depth -= 1
    indent()
    append("</")
    append(name)
    bytes.append(UInt8(ascii: ">"))
    newline()
  }

  /// `<name/>` for a complex element without content.
  private mutating func empty(_ name: StaticString, _ pointer: @autoclosure () -> String) {
    record(pointer())
    indent()
    bytes.append(UInt8(ascii: "<"))
    append(name)
    append("/>")
    newline()
  }

  // MARK: The model

  mutating func write(_ exchange: Exchange) {
    append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
    newline()
    record("", attributes: [("version", "/version")])
    append("<exchange xmlns=\"urn:tdkt:exchange:1\"")
    attribute("version", exchange.version)
    bytes.append(UInt8(ascii: ">"))
    newline()
    depth += 1
    writeSource(exchange.source)
    writeArticle(exchange.article)
    for (index, conference) in exchange.conferences.enumerated() {
      writeConference(conference, "/conferences/\(index)")
    }
    for (index, award) in exchange.awards.enumerated() {
      writeAward(award, "/awards/\(index)")
    }
    depth -= 1
    append("</exchange>")
    newline()
  }

  private mutating func writeSource(_ source: Source) {
    open("source", "/source")
    optionalLeaf("url", source.url, "/source/url")
    leaf("sha256", source.sha256, "/source/sha256")
    leaf("encoding", source.encoding, "/source/encoding")
    leaf("encodingSource", source.encodingSource.rawValue, "/source/encodingSource")
    leaf("profile", source.profile.rawValue, "/source/profile")
    optionalLeaf("retrieved", source.retrieved, "/source/retrieved")
    close("source")
  }

  private mutating func writeArticle(_ article: Article) {
    open("article", "/article")
    leaf("title", article.title, "/article/title")
    optionalLeaf("published", article.published, "/article/published")
    optionalLeaf("publishedText", article.publishedText, "/article/publishedText")
    optionalLeaf("updated", article.updated, "/article/updated")
    optionalLeaf("author", article.author, "/article/author")
    optionalLeaf("lead", article.lead, "/article/lead")
    for (index, paragraph) in article.paragraphs.enumerated() {
      leaf("paragraph", paragraph, "/article/paragraphs/\(index)")
    }
    for (index, image) in article.images.enumerated() {
      let pointer = tracking ? "/article/images/\(index)" : ""
      if image.src == nil && image.caption == nil {
        empty("image", pointer)
        continue
      }
      open("image", pointer)
      optionalLeaf("src", image.src, pointer + "/src")
      optionalLeaf("caption", image.caption, pointer + "/caption")
      close("image")
    }
    close("article")
  }

  private mutating func writeConference(_ conference: Conference, _ pointer: String) {
    record(pointer, attributes: [("id", pointer + "/id")])
    indent()
    append("<conference")
    attribute("id", conference.id)
    bytes.append(UInt8(ascii: ">"))
    newline()
    depth += 1
    leaf("title", conference.title, pointer + "/title")
    leaf("kind", conference.kind.rawValue, pointer + "/kind")
    if let period = conference.period {
      open("period", pointer + "/period")
      leaf("year", String(period.year), pointer + "/period/year")
      leaf("part", period.part.rawValue, pointer + "/period/part")
      optionalLeaf("from", period.from, pointer + "/period/from")
      optionalLeaf("to", period.to, pointer + "/period/to")
      close("period")
    }
    if let date = conference.date {
      record(pointer + "/date", attributes: [("yearInferred", pointer + "/dateYearInferred")])
      indent()
      append("<date")
      if date.yearInferred { append(" yearInferred=\"true\"") }
      bytes.append(UInt8(ascii: ">"))
      text(date.value)
      append("</date>")
      newline()
    }
    if let venue = conference.venue {
      if venue.place == nil && venue.province == nil {
        empty("venue", pointer + "/venue")
      } else {
        open("venue", pointer + "/venue")
        optionalLeaf("place", venue.place, pointer + "/venue/place")
        if let province = venue.province { writeProvince(province, pointer + "/venue/province") }
        close("venue")
      }
    }
    if let organizer = conference.organizer {
      record(
        pointer + "/organizer", text: pointer + "/organizer/name",
        attributes: [("system", pointer + "/organizer/system")])
      indent()
      append("<organizer")
      if let system = organizer.system { attribute("system", system.rawValue) }
      bytes.append(UInt8(ascii: ">"))
      text(organizer.name)
      append("</organizer>")
      newline()
    }
    for (index, province) in conference.provinces.enumerated() {
      writeProvince(province, tracking ? pointer + "/provinces/\(index)" : "")
    }
    for (index, person) in conference.participants.enumerated() {
      let base = tracking ? pointer + "/participants/\(index)" : ""
      open("participant", base)
      leaf("name", person.name, base + "/name")
      for (number, position) in person.positions.enumerated() {
        leaf("position", position, base + "/positions/\(number)")
      }
      optionalLeaf("role", person.role, base + "/role")
      close("participant")
    }
    for (index, movement) in conference.movements.enumerated() {
      leaf("movement", movement, pointer + "/movements/\(index)")
    }
    for (index, exemplar) in conference.exemplars.enumerated() {
      let base = tracking ? pointer + "/exemplars/\(index)" : ""
      open("exemplar", base)
      leaf("name", exemplar.name, base + "/name")
      optionalLeaf("topic", exemplar.topic, base + "/topic")
      optionalLeaf("place", exemplar.place, base + "/place")
      close("exemplar")
    }
    close("conference")
  }

  private mutating func writeProvince(_ province: ProvinceRef, _ pointer: String) {
    record(
      pointer, text: pointer + "/name",
      attributes: [
        ("code", pointer + "/code"), ("mergedInto", pointer + "/mergedInto"),
        ("mergedIntoCode", pointer + "/mergedIntoCode"),
      ])
    indent()
    append("<province")
    attribute("code", province.code)
    if let mergedInto = province.mergedInto { attribute("mergedInto", mergedInto) }
    if let mergedIntoCode = province.mergedIntoCode { attribute("mergedIntoCode", mergedIntoCode) }
    bytes.append(UInt8(ascii: ">"))
    text(province.name)
    append("</province>")
    newline()
  }

  private mutating func writeAward(_ award: Award, _ pointer: String) {
    record(
      pointer, attributes: [("id", pointer + "/id"), ("conference", pointer + "/conference")])
    indent()
    append("<award")
    attribute("id", award.id)
    if let conference = award.conference { attribute("conference", conference) }
    bytes.append(UInt8(ascii: ">"))
    newline()
    depth += 1
    if let decision = award.decision {
      open("decision", pointer + "/decision")
      leaf("number", decision.number, pointer + "/decision/number")
      optionalLeaf("date", decision.date, pointer + "/decision/date")
      optionalLeaf("issuer", decision.issuer, pointer + "/decision/issuer")
      if let signer = decision.signer {
        let base = tracking ? pointer + "/decision/signer" : ""
        open("signer", base)
        leaf("name", signer.name, base + "/name")
        optionalLeaf("position", signer.position, base + "/position")
        optionalLeaf("competence", signer.competence, base + "/competence")
        close("signer")
      }
      close("decision")
    }
    record(
      pointer + "/form", text: pointer + "/form/name",
      attributes: [("code", pointer + "/form/code")])
    indent()
    append("<form")
    attribute("code", award.form.code)
    bytes.append(UInt8(ascii: ">"))
    text(award.form.name)
    append("</form>")
    newline()
    let recipients = award.recipients
    let base = tracking ? pointer + "/recipients" : ""
    if recipients.collectives == nil && recipients.individuals == nil
      && recipients.households == nil && recipients.named.isEmpty
    {
      empty("recipients", base)
    } else {
      open("recipients", base)
      if let count = recipients.collectives {
        leaf("collectives", String(count), base + "/collectives")
      }
      if let count = recipients.individuals {
        leaf("individuals", String(count), base + "/individuals")
      }
      if let count = recipients.households {
        leaf("households", String(count), base + "/households")
      }
      for (index, recipient) in recipients.named.enumerated() {
        let named = tracking ? base + "/named/\(index)" : ""
        record(
          named, attributes: [("kind", named + "/kind"), ("posthumous", named + "/posthumous")])
        indent()
        append("<recipient")
        attribute("kind", recipient.kind.rawValue)
        if recipient.posthumous { append(" posthumous=\"true\"") }
        bytes.append(UInt8(ascii: ">"))
        newline()
        depth += 1
        leaf("name", recipient.name, named + "/name")
        optionalLeaf("detail", recipient.detail, named + "/detail")
        for (number, position) in recipient.positions.enumerated() {
          leaf("position", position, named + "/positions/\(number)")
        }
        close("recipient")
      }
      close("recipients")
    }
    optionalLeaf("reason", award.reason, pointer + "/reason")
    close("award")
  }
}

// MARK: - Reading

/// Reading the model from a parsed exchange document, collecting every error at its place.
final class XMLDecoding {
  let file: String?
  /// The source text, to find the columns of nodes that libxml2 records no column for.
  private let bytes: [UInt8]?
  private(set) var diagnostics: [Diagnostic] = []

  init(file: String?, bytes: [UInt8]? = nil) {
    self.file = file
    self.bytes = bytes
  }

  func error(_ message: String, at node: Node) {
    let line = node.line
    var column = node.column
    if column == 0, line > 0, let bytes {
      column = nodeColumn(in: bytes, line: line, kind: node.kind)
    }
    diagnostics.append(makeDiagnostic(message, file: file, line: line, column: column))
  }

  /// The element children of the format's element `node`, in order, after checking its
  /// namespace, attributes and that nothing else is inside.
  func content(of node: Node, attributes allowed: [String]) -> [Node] {
    checkAttributes(node, allowed)
    var elements: [Node] = []
    for child in node.children {
      switch child.kind {
      case .element:
        if checkName(child) { elements.append(child) }
      case .text, .cdata:
        if child.content.utf8.contains(where: {
          $0 != 0x20 && $0 != 0x0A && $0 != 0x09 && $0 != 0x0D
        }) {
          error("unexpected text in <\(node.name)>: expected only elements", at: child)
        }
      default:
        unexpectedNode(child, in: node)
      }
    }
    return elements
  }

  /// The text of a leaf element, exactly as written.
  func text(of node: Node, attributes allowed: [String] = []) -> String? {
    checkAttributes(node, allowed)
    var text = ""
    var ok = true
    for child in node.children {
      switch child.kind {
      case .text, .cdata: text += child.content
      case .element:
        error("unexpected element <\(child.name)> in <\(node.name)>: expected text only", at: child)
        ok = false
      default:
        unexpectedNode(child, in: node)
        ok = false
      }
    }
    return ok ? text : nil
  }

  private func unexpectedNode(_ child: Node, in node: Node) {
    switch child.kind {
    case .comment:
      error("unexpected comment in <\(node.name)>: the exchange format has no comments", at: child)
    case .processingInstruction:
      error("unexpected processing instruction <?\(child.name)?> in <\(node.name)>", at: child)
    case .entityReference:
      error("unexpected entity reference &\(child.name); in <\(node.name)>", at: child)
    default:
      error("unexpected node in <\(node.name)>", at: child)
    }
  }

  /// Whether `node` is an unprefixed element of the format's namespace without namespace
  /// declarations; reports it otherwise.
  @discardableResult
  func checkName(_ node: Node, isRoot: Bool = false) -> Bool {
    var ok = true
    let uri = node.namespaceURI
    if uri != exchangeNamespace {
      if let uri {
        error(
          "element <\(node.name)> is in the namespace \(uri): expected \(exchangeNamespace)",
          at: node)
      } else {
        error("element <\(node.name)> has no namespace: expected \(exchangeNamespace)", at: node)
      }
      ok = false
    } else if node.prefix != nil {
      error(
        "element <\(node.name)> has a namespace prefix: expected the default namespace \(exchangeNamespace)",
        at: node)
      ok = false
    }
    let declarations = node.namespaceDeclarations
    let expected = isRoot && declarations.count == 1 && declarations[0].prefix == nil
    if !declarations.isEmpty && !(expected && declarations[0].uri == exchangeNamespace) {
      for declaration in declarations
      where !(isRoot && declaration.prefix == nil && declaration.uri == exchangeNamespace) {
        let name = declaration.prefix.map { "xmlns:" + $0 } ?? "xmlns"
        error(
          "unexpected namespace declaration \(name)=\"\(declaration.uri)\" on <\(node.name)>",
          at: node)
      }
    }
    return ok
  }

  private func checkAttributes(_ node: Node, _ allowed: [String]) {
    for attribute in node.attributes
    where attribute.prefix != nil || !allowed.contains(attribute.name) {
      let expected =
        allowed.isEmpty
        ? "it has no attributes"
        : "expected " + allowed.map { "'\($0)'" }.joined(separator: ", ")
      error("unknown attribute '\(attribute.name)' on <\(node.name)>: \(expected)", at: node)
    }
  }

  /// Steps through the element children of one element in schema order.
  struct Cursor {
    let parent: Node
    let elements: [Node]
    var index = 0

    init(_ parent: Node, _ elements: [Node]) {
      self.parent = parent
      self.elements = elements
    }

    mutating func take(_ name: String) -> Node? {
      guard index < elements.count, elements[index].localName == name else { return nil }
      index += 1
      return elements[index - 1]
    }

    mutating func takeAll(_ name: String) -> [Node] {
      var result: [Node] = []
      while let node = take(name) { result.append(node) }
      return result
    }
  }

  func required(_ cursor: inout Cursor, _ name: String) -> Node? {
    if let node = cursor.take(name) { return node }
    if cursor.index < cursor.elements.count {
      let found = cursor.elements[cursor.index]
      error(
        "unexpected element <\(found.localName)> in <\(cursor.parent.localName)>: expected <\(name)>",
        at: found)
    } else {
      error("missing element <\(name)> in <\(cursor.parent.localName)>", at: cursor.parent)
    }
    return nil
  }

  /// Reports elements left over after the last one the schema allows.
  func finish(_ cursor: Cursor) {
    if cursor.index < cursor.elements.count {
      let found = cursor.elements[cursor.index]
      error("unexpected element <\(found.localName)> in <\(cursor.parent.localName)>", at: found)
    }
  }

  // Values

  func leafText(_ node: Node) -> String? {
    text(of: node)
  }

  func string(_ node: Node?) -> String? {
    guard let node else { return nil }
    return text(of: node)
  }

  func readDate(_ node: Node?) -> String? {
    readDate(node, attributes: [])
  }

  func readDate(_ node: Node?, attributes: [String]) -> String? {
    guard let node, let text = text(of: node, attributes: attributes) else { return nil }
    guard isDateLexeme(text) else {
      error("<\(node.localName)>: expected a date YYYY-MM-DD, found \"\(text)\"", at: node)
      return nil
    }
    return text
  }

  func readInteger(_ node: Node?) -> Int? {
    guard let node, let text = text(of: node) else { return nil }
    guard let value = parseIntegerLexeme(text, allowMinus: true) else {
      error("<\(node.localName)>: expected an integer, found \"\(text)\"", at: node)
      return nil
    }
    return value
  }

  func enumeration<E: RawRepresentable & CaseIterable>(
    _ text: String?, _ type: E.Type, at node: Node
  ) -> E? where E.RawValue == String {
    guard let text else { return nil }
    guard let value = E(rawValue: text) else {
      let names = E.allCases.map(\.rawValue).joined(separator: ", ")
      error("<\(node.localName)>: expected one of: \(names); found \"\(text)\"", at: node)
      return nil
    }
    return value
  }

  /// An optional element: `.some(nil)` when absent, `nil` when present but wrong.
  func optional<T>(_ node: Node?, _ read: (Node) -> T?) -> T?? {
    guard let node else { return .some(nil) }
    guard let value = read(node) else { return nil }
    return .some(value)
  }

  /// Repeated elements; `nil` when any is wrong.
  func list<T>(_ nodes: [Node], _ read: (Node) -> T?) -> [T]? {
    var result: [T] = []
    var failed = false
    for node in nodes {
      if let value = read(node) { result.append(value) } else { failed = true }
    }
    return failed ? nil : result
  }

  // MARK: The model

  func readDocument(_ document: Document) -> Exchange? {
    for child in document.node.children where child.kind != .element {
      switch child.kind {
      case .comment: error("unexpected comment: the exchange format has no comments", at: child)
      case .processingInstruction:
        error("unexpected processing instruction <?\(child.name)?>", at: child)
      case .other: error("unexpected document type declaration", at: child)
      default: error("unexpected node outside the document element", at: child)
      }
    }
    guard let root = document.root else { return nil }
    guard checkName(root, isRoot: true) else { return nil }
    guard root.localName == "exchange" else {
      error("unexpected document element <\(root.name)>: expected <exchange>", at: root)
      return nil
    }
    var cursor = Cursor(root, content(of: root, attributes: ["version"]))
    let version = root.attribute("version")
    if version == nil { error("missing attribute 'version' on <exchange>", at: root) }
    let source = required(&cursor, "source").flatMap(readSource)
    let article = required(&cursor, "article").flatMap(readArticle)
    let conferences = list(cursor.takeAll("conference"), readConference)
    let awards = list(cursor.takeAll("award"), readAward)
    finish(cursor)
    guard let version, let source, let article, let conferences, let awards else { return nil }
    return Exchange(
      version: version, source: source, article: article, conferences: conferences,
      awards: awards)
  }

  func readSource(_ node: Node) -> Source? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let url = optional(cursor.take("url"), leafText)
    let sha256 = string(required(&cursor, "sha256"))
    let encoding = string(required(&cursor, "encoding"))
    let encodingSourceNode = required(&cursor, "encodingSource")
    let encodingSource = encodingSourceNode.flatMap {
      enumeration(text(of: $0), Source.EncodingSource.self, at: $0)
    }
    let profileNode = required(&cursor, "profile")
    let profile = profileNode.flatMap { enumeration(text(of: $0), Source.Profile.self, at: $0) }
    let retrieved = optional(cursor.take("retrieved"), readDate)
    finish(cursor)
    guard let url, let sha256, let encoding, let encodingSource, let profile, let retrieved
    else { return nil }
    return Source(
      url: url, sha256: sha256, encoding: encoding, encodingSource: encodingSource,
      profile: profile, retrieved: retrieved)
  }

  func readArticle(_ node: Node) -> Article? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let title = string(required(&cursor, "title"))
    let published = optional(cursor.take("published"), readDate)
    let publishedText = optional(cursor.take("publishedText"), leafText)
    let updated = optional(cursor.take("updated"), readDate)
    let author = optional(cursor.take("author"), leafText)
    let lead = optional(cursor.take("lead"), leafText)
    let paragraphs = list(cursor.takeAll("paragraph"), leafText)
    let images = list(cursor.takeAll("image"), readImage)
    finish(cursor)
    guard let title, let published, let publishedText, let updated, let author, let lead,
      let paragraphs, let images
    else { return nil }
    return Article(
      title: title, published: published, publishedText: publishedText, updated: updated,
      author: author, lead: lead, paragraphs: paragraphs, images: images)
  }

  func readImage(_ node: Node) -> Article.Image? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let src = optional(cursor.take("src"), leafText)
    let caption = optional(cursor.take("caption"), leafText)
    finish(cursor)
    guard let src, let caption else { return nil }
    return Article.Image(src: src, caption: caption)
  }

  func readConference(_ node: Node) -> Conference? {
    var cursor = Cursor(node, content(of: node, attributes: ["id"]))
    let id = node.attribute("id")
    if id == nil { error("missing attribute 'id' on <conference>", at: node) }
    let title = string(required(&cursor, "title"))
    let kind = required(&cursor, "kind").flatMap {
      enumeration(text(of: $0), Conference.Kind.self, at: $0)
    }
    let period = optional(cursor.take("period"), readPeriod)
    let date = optional(cursor.take("date"), readEventDate)
    let venue = optional(cursor.take("venue"), readVenue)
    let organizer = optional(cursor.take("organizer"), readOrganizer)
    let provinces = list(cursor.takeAll("province"), readProvince)
    let participants = list(cursor.takeAll("participant"), readPerson)
    let movements = list(cursor.takeAll("movement"), leafText)
    let exemplars = list(cursor.takeAll("exemplar"), readExemplar)
    finish(cursor)
    guard let id, let title, let kind, let period, let date, let venue, let organizer,
      let provinces, let participants, let movements, let exemplars
    else { return nil }
    return Conference(
      id: id, title: title, kind: kind, period: period, date: date, venue: venue,
      organizer: organizer, provinces: provinces, participants: participants,
      movements: movements, exemplars: exemplars)
  }

  func readPeriod(_ node: Node) -> Period? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let year = readInteger(required(&cursor, "year"))
    let part = required(&cursor, "part").flatMap {
      enumeration(text(of: $0), Period.Part.self, at: $0)
    }
    let from = optional(cursor.take("from"), readDate)
    let to = optional(cursor.take("to"), readDate)
    finish(cursor)
    guard let year, let part, let from, let to else { return nil }
    return Period(year: year, part: part, from: from, to: to)
  }

  func readEventDate(_ node: Node) -> EventDate? {
    var inferred = false
    if let flag = node.attribute("yearInferred") {
      if flag == "true" {
        inferred = true
      } else {
        error(
          "attribute 'yearInferred' on <date>: expected \"true\" (omit it when the year was not inferred), found \"\(flag)\"",
          at: node)
        return nil
      }
    }
    guard let value = readDate(node, attributes: ["yearInferred"]) else { return nil }
    return EventDate(value, yearInferred: inferred)
  }

  func readVenue(_ node: Node) -> Venue? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let place = optional(cursor.take("place"), leafText)
    let province = optional(cursor.take("province"), readProvince)
    finish(cursor)
    guard let place, let province else { return nil }
    return Venue(place: place, province: province)
  }

  func readOrganizer(_ node: Node) -> Organizer? {
    let name = text(of: node, attributes: ["system"])
    var system: Organizer.System? = nil
    if let raw = node.attribute("system") {
      guard let value = enumeration(raw, Organizer.System.self, at: node) else { return nil }
      system = value
    }
    guard let name else { return nil }
    return Organizer(name: name, system: system)
  }

  func readProvince(_ node: Node) -> ProvinceRef? {
    let name = text(of: node, attributes: ["code", "mergedInto", "mergedIntoCode"])
    let code = node.attribute("code")
    if code == nil { error("missing attribute 'code' on <province>", at: node) }
    guard let name, let code else { return nil }
    return ProvinceRef(
      name: name, code: code, mergedInto: node.attribute("mergedInto"),
      mergedIntoCode: node.attribute("mergedIntoCode"))
  }

  func readPerson(_ node: Node) -> Person? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let name = string(required(&cursor, "name"))
    let positions = list(cursor.takeAll("position"), leafText)
    let role = optional(cursor.take("role"), leafText)
    finish(cursor)
    guard let name, let positions, let role else { return nil }
    return Person(name: name, positions: positions, role: role)
  }

  func readExemplar(_ node: Node) -> Exemplar? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let name = string(required(&cursor, "name"))
    let topic = optional(cursor.take("topic"), leafText)
    let place = optional(cursor.take("place"), leafText)
    finish(cursor)
    guard let name, let topic, let place else { return nil }
    return Exemplar(name: name, topic: topic, place: place)
  }

  func readAward(_ node: Node) -> Award? {
    var cursor = Cursor(node, content(of: node, attributes: ["id", "conference"]))
    let id = node.attribute("id")
    if id == nil { error("missing attribute 'id' on <award>", at: node) }
    let decision = optional(cursor.take("decision"), readDecision)
    let form = required(&cursor, "form").flatMap(readAwardForm)
    let recipients = required(&cursor, "recipients").flatMap(readRecipients)
    let reason = optional(cursor.take("reason"), leafText)
    finish(cursor)
    guard let id, let decision, let form, let recipients, let reason else { return nil }
    return Award(
      id: id, decision: decision, form: form, recipients: recipients, reason: reason,
      conference: node.attribute("conference"))
  }

  func readDecision(_ node: Node) -> Decision? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let number = string(required(&cursor, "number"))
    let date = optional(cursor.take("date"), readDate)
    let issuer = optional(cursor.take("issuer"), leafText)
    let signer = optional(cursor.take("signer"), readSigner)
    finish(cursor)
    guard let number, let date, let issuer, let signer else { return nil }
    return Decision(number: number, date: date, issuer: issuer, signer: signer)
  }

  func readSigner(_ node: Node) -> Signer? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let name = string(required(&cursor, "name"))
    let position = optional(cursor.take("position"), leafText)
    let competence = optional(cursor.take("competence"), leafText)
    finish(cursor)
    guard let name, let position, let competence else { return nil }
    return Signer(name: name, position: position, competence: competence)
  }

  func readAwardForm(_ node: Node) -> AwardForm? {
    let name = text(of: node, attributes: ["code"])
    let code = node.attribute("code")
    if code == nil { error("missing attribute 'code' on <form>", at: node) }
    guard let name, let code else { return nil }
    return AwardForm(code: code, name: name)
  }

  func readRecipients(_ node: Node) -> Recipients? {
    var cursor = Cursor(node, content(of: node, attributes: []))
    let collectives = optional(cursor.take("collectives"), readInteger)
    let individuals = optional(cursor.take("individuals"), readInteger)
    let households = optional(cursor.take("households"), readInteger)
    let named = list(cursor.takeAll("recipient"), readRecipient)
    finish(cursor)
    guard let collectives, let individuals, let households, let named else { return nil }
    return Recipients(
      collectives: collectives, individuals: individuals, households: households, named: named)
  }

  func readRecipient(_ node: Node) -> Recipient? {
    var cursor = Cursor(node, content(of: node, attributes: ["kind", "posthumous"]))
    let kind = node.attribute("kind").flatMap { enumeration($0, Recipient.Kind.self, at: node) }
    if node.attribute("kind") == nil { error("missing attribute 'kind' on <recipient>", at: node) }
    var posthumous: Bool? = false
    if let flag = node.attribute("posthumous") {
      if flag == "true" {
        posthumous = true
      } else {
        error(
          "attribute 'posthumous' on <recipient>: expected \"true\" (omit it when the award was not posthumous), found \"\(flag)\"",
          at: node)
        posthumous = nil
      }
    }
    let name = string(required(&cursor, "name"))
    let detail = optional(cursor.take("detail"), leafText)
    let positions = list(cursor.takeAll("position"), leafText)
    finish(cursor)
    guard let name, let kind, let posthumous, let detail, let positions else { return nil }
    return Recipient(
      name: name, kind: kind, positions: positions, detail: detail, posthumous: posthumous)
  }
}

/// The 1-based column where a node without a recorded column starts on `line`: the first `<!--`
/// of a comment, `<?` of a processing instruction, `<!` of a declaration, or the first character
/// that is not white space for text; 0 when not found.
func nodeColumn(in bytes: [UInt8], line: Int, kind: Node.Kind) -> Int {
  var index = 0
  var current = 1
  while current < line, index < bytes.count {
    if bytes[index] == 0x0A { current += 1 }
    index += 1
  }
  guard current == line else { return 0 }
  var column = 1
  while index < bytes.count, bytes[index] != 0x0A {
    let byte = bytes[index]
    let next = index + 1 < bytes.count ? bytes[index + 1] : 0
    switch kind {
    case .comment, .other:
      if byte == UInt8(ascii: "<"), next == UInt8(ascii: "!") { return column }
    case .processingInstruction:
      if byte == UInt8(ascii: "<"), next == UInt8(ascii: "?") { return column }
    default:
      if byte != 0x20, byte != 0x09, byte != 0x0D { return column }
    }
    if byte & 0xC0 != 0x80 { column += 1 }
    index += 1
  }
  return 0
}
