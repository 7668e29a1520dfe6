// Nodes of a document: cheap values (the document handle plus a pointer) whose accessors create
// Swift strings only when asked.

internal import libxml2

/// A node of a ``Document``. It holds its document strongly, so it stays valid however long it
/// is kept. Two nodes are equal when they are the same node of the same document.
public struct Node: Hashable {
  /// What a node is.
  public enum Kind: Sendable {
    /// An element.
    case element
    /// A text node.
    case text
    /// A CDATA section.
    case cdata
    /// A comment.
    case comment
    /// A processing instruction.
    case processingInstruction
    /// The document node.
    case document
    /// An unexpanded entity reference (`&name;`); its replacement is never expanded.
    case entityReference
    /// Anything else: attribute nodes selected by XPath, document type declarations, ….
    case other
  }

  let handle: DocumentHandle
  /// The `xmlNodePtr` (or `xmlDocPtr`, `xmlAttrPtr`, `xmlDtdPtr`), untyped in the layout.
  let raw: UnsafeMutableRawPointer

  init(handle: DocumentHandle, raw: UnsafeMutableRawPointer) {
    self.handle = handle
    self.raw = raw
  }

  init(handle: DocumentHandle, pointer: xmlNodePtr) {
    self.handle = handle
    self.raw = UnsafeMutableRawPointer(pointer)
  }

  /// The node as libxml2 sees it. Only the fields shared by every node type (type, name,
  /// children, last, parent, next, prev, doc) may be read before checking ``hasNodeLayout``.
  var pointer: xmlNodePtr { raw.assumingMemoryBound(to: xmlNode.self) }

  var type: xmlElementType { pointer.pointee.type }

  /// Whether the node is a true `xmlNode` (element, text, CDATA, comment, PI, entity reference).
  var hasNodeLayout: Bool {
    switch type {
    case XML_ELEMENT_NODE, XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE,
      XML_ENTITY_REF_NODE:
      return true
    default:
      return false
    }
  }

  /// The document this node belongs to.
  public var document: Document { Document(handle: handle) }

  /// What the node is.
  public var kind: Kind {
    switch type {
    case XML_ELEMENT_NODE: return .element
    case XML_TEXT_NODE: return .text
    case XML_CDATA_SECTION_NODE: return .cdata
    case XML_COMMENT_NODE: return .comment
    case XML_PI_NODE: return .processingInstruction
    case XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE: return .document
    case XML_ENTITY_REF_NODE: return .entityReference
    default: return .other
    }
  }

  /// Whether the node is an element.
  public var isElement: Bool { type == XML_ELEMENT_NODE }

  /// The qualified name (`p:local`) of an element or attribute, the target of a PI, the name of
  /// an entity reference; `""` otherwise.
  public var name: String {
    switch type {
    case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE:
      guard let local = pointer.pointee.name else { return "" }
      if let prefix = pointer.pointee.ns?.pointee.prefix {
        return String(cString: prefix) + ":" + String(cString: local)
      }
      return String(cString: local)
    case XML_PI_NODE, XML_ENTITY_REF_NODE:
      return pointer.pointee.name.map { String(cString: $0) } ?? ""
    default:
      return ""
    }
  }

  /// The local name of an element or attribute (the name of a PI or entity reference);
  /// `""` otherwise.
  public var localName: String {
    switch type {
    case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE, XML_PI_NODE, XML_ENTITY_REF_NODE:
      return pointer.pointee.name.map { String(cString: $0) } ?? ""
    default:
      return ""
    }
  }

  /// Whether this is an element whose local name is `name` (ASCII case-insensitive in HTML
  /// documents), without creating a string.
  ///
  /// - Parameter name: The local name to compare with.
  /// - Returns: `true` for an element of that name.
  public func isElement(named name: String) -> Bool {
    guard type == XML_ELEMENT_NODE, let local = pointer.pointee.name else { return false }
    return equalsCString(
      name, local, caseInsensitive: handle.document.pointee.type == XML_HTML_DOCUMENT_NODE)
  }

  /// Whether this element or attribute is in the namespace `uri`, without creating a string.
  ///
  /// - Parameter uri: The namespace URI (one without `&`, which libxml2 keeps escaped).
  /// - Returns: `true` when the node's namespace is `uri`.
  public func isInNamespace(_ uri: String) -> Bool {
    guard type == XML_ELEMENT_NODE || type == XML_ATTRIBUTE_NODE,
      let href = pointer.pointee.ns?.pointee.href
    else { return false }
    return equalsCString(uri, href, caseInsensitive: false)
  }

  /// Whether this is a text or CDATA node of XML white space only (space, tab, line feed,
  /// carriage return), without creating a string.
  public var isWhiteSpaceText: Bool {
    guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE else { return false }
    guard var byte = pointer.pointee.content else { return true }
    while byte.pointee != 0 {
      switch byte.pointee {
      case 0x20, 0x09, 0x0A, 0x0D: byte += 1
      default: return false
      }
    }
    return true
  }

  /// The namespace prefix of an element or attribute, `nil` when it has none.
  public var prefix: String? {
    switch type {
    case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE:
      return pointer.pointee.ns?.pointee.prefix.map { String(cString: $0) }
    default:
      return nil
    }
  }

  /// The namespace URI of an element or attribute, `nil` when it is in no namespace.
  public var namespaceURI: String? {
    switch type {
    case XML_ELEMENT_NODE, XML_ATTRIBUTE_NODE:
      return pointer.pointee.ns?.pointee.href.map(namespaceName)
    default:
      return nil
    }
  }

  /// The 1-based line of the node in its source, 0 when unknown. For elements of a parsed XML
  /// document this is the line of the start tag's `<`.
  public var line: Int {
    switch type {
    case XML_ELEMENT_NODE:
      if let position = recordedStartTag(pointer) { return position.line }
      return max(Int(xmlGetLineNo(pointer)), 0)
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
      return max(Int(xmlGetLineNo(pointer)), 0)
    case XML_ATTRIBUTE_NODE:
      return parent?.line ?? 0
    default:
      return 0
    }
  }

  /// The 1-based column of an element's start tag `<` in a parsed XML document; 0 when unknown
  /// (other nodes, HTML documents).
  public var column: Int {
    switch type {
    case XML_ELEMENT_NODE: return recordedStartTag(pointer)?.column ?? 0
    case XML_ATTRIBUTE_NODE: return parent?.column ?? 0
    default: return 0
    }
  }

  /// The node's place in its source: the document's file or URL, ``line`` and ``column``.
  public var location: SourceLocation {
    SourceLocation(file: document.url, line: line, column: column)
  }

  /// The attributes of an element in document order (empty for other nodes). Names are
  /// qualified (`xml:lang`, `p:a`).
  public var attributes: [Attribute] {
    guard type == XML_ELEMENT_NODE else { return [] }
    var result: [Attribute] = []
    var current = pointer.pointee.properties
    while let attribute = current {
      let local = attribute.pointee.name.map { String(cString: $0) } ?? ""
      let ns = attribute.pointee.ns
      let prefix = ns?.pointee.prefix.map { String(cString: $0) }
      result.append(
        Attribute(
          name: prefix.map { $0 + ":" + local } ?? local, localName: local, prefix: prefix,
          namespaceURI: ns?.pointee.href.map(namespaceName),
          value: attributeValue(attribute)))
      current = attribute.pointee.next
    }
    return result
  }

  /// The value of an element's attribute with the qualified name `name` (`class`, `xml:lang`,
  /// `p:a`); in HTML documents names compare ASCII case-insensitively.
  ///
  /// - Parameter name: The qualified attribute name.
  /// - Returns: The value, or `nil` when the element has no such attribute (or is no element).
  public func attribute(_ name: String) -> String? {
    guard type == XML_ELEMENT_NODE else { return nil }
    let html = handle.document.pointee.type == XML_HTML_DOCUMENT_NODE
    var current = pointer.pointee.properties
    while let attribute = current {
      if let local = attribute.pointee.name,
        qualifiedNameMatches(
          name, prefix: attribute.pointee.ns?.pointee.prefix, local: local, caseInsensitive: html)
      {
        return attributeValue(attribute)
      }
      current = attribute.pointee.next
    }
    return nil
  }

  /// The namespace declarations on this element, in document order (`prefix` `nil` for the
  /// default namespace).
  public var namespaceDeclarations: [(prefix: String?, uri: String)] {
    guard type == XML_ELEMENT_NODE else { return [] }
    var result: [(prefix: String?, uri: String)] = []
    var current = pointer.pointee.nsDef
    while let ns = current {
      result.append(
        (
          prefix: ns.pointee.prefix.map { String(cString: $0) },
          uri: ns.pointee.href.map(namespaceName) ?? ""
        ))
      current = ns.pointee.next
    }
    return result
  }

  /// The text of a text, CDATA or comment node, the data of a PI, the value of an attribute;
  /// for elements and documents the concatenated text of all descendants.
  public var content: String {
    switch type {
    case XML_TEXT_NODE, XML_CDATA_SECTION_NODE, XML_COMMENT_NODE, XML_PI_NODE:
      return pointer.pointee.content.map { String(cString: $0) } ?? ""
    case XML_ATTRIBUTE_NODE:
      return attributeValue(raw.assumingMemoryBound(to: xmlAttr.self))
    case XML_DTD_NODE:
      return ""
    default:
      guard let text = xmlNodeGetContent(pointer) else { return "" }
      defer { libxmlFree(text) }
      return String(cString: text)
    }
  }

  /// The parent node (an attribute's element; the document node for the root element).
  public var parent: Node? {
    guard let parent = pointer.pointee.parent else { return nil }
    return Node(handle: handle, pointer: parent)
  }

  /// The first child. Entity references, attributes' text and document type declarations are
  /// leaves here: their children belong to declarations, not to the document's tree.
  public var firstChild: Node? {
    guard let child = firstChildPointer(pointer) else { return nil }
    return Node(handle: handle, pointer: child)
  }

  /// The last child.
  public var lastChild: Node? {
    guard firstChildPointer(pointer) != nil, let child = pointer.pointee.last else { return nil }
    return Node(handle: handle, pointer: child)
  }

  /// The next sibling.
  public var nextSibling: Node? {
    guard type != XML_ATTRIBUTE_NODE, let next = pointer.pointee.next else { return nil }
    return Node(handle: handle, pointer: next)
  }

  /// The previous sibling.
  public var previousSibling: Node? {
    guard type != XML_ATTRIBUTE_NODE, let previous = pointer.pointee.prev else { return nil }
    return Node(handle: handle, pointer: previous)
  }

  /// All child nodes, in order.
  public var children: [Node] {
    var result: [Node] = []
    var current = firstChildPointer(pointer)
    while let child = current {
      result.append(Node(handle: handle, pointer: child))
      current = child.pointee.next
    }
    return result
  }

  /// The element children, in order.
  public var elementChildren: [Node] {
    var result: [Node] = []
    var current = firstChildPointer(pointer)
    while let child = current {
      if child.pointee.type == XML_ELEMENT_NODE {
        result.append(Node(handle: handle, pointer: child))
      }
      current = child.pointee.next
    }
    return result
  }

  /// What ``walk(_:)`` does after visiting a node.
  public enum WalkAction: Sendable {
    /// Go on into the node's children, then its following nodes.
    case proceed
    /// Do not visit the node's descendants; go on with its following nodes.
    case skipChildren
    /// Stop the walk.
    case stop
  }

  /// Visits this node and all its descendants in document order (pre-order), without
  /// recursion and without building arrays.
  ///
  /// - Parameter visit: Called for each node; its answer steers the walk.
  /// - Throws: What `visit` throws.
  public func walk<E: Error>(_ visit: (Node) throws(E) -> WalkAction) throws(E) {
    let start = pointer
    var current: xmlNodePtr? = start
    while let node = current {
      let action = try visit(Node(handle: handle, pointer: node))
      if action == .stop { return }
      if action == .proceed, let child = firstChildPointer(node) {
        current = child
        continue
      }
      // Climb until a node with a following sibling, never leaving the subtree of `start`.
      var climber: xmlNodePtr? = node
      current = nil
      while let up = climber, up != start {
        if let next = up.pointee.next {
          current = next
          break
        }
        climber = up.pointee.parent
      }
    }
  }

  /// Calls `body` for every descendant of this node (not the node itself), in document order.
  ///
  /// - Parameter body: Called for each descendant.
  /// - Throws: What `body` throws.
  public func forEachDescendant<E: Error>(_ body: (Node) throws(E) -> Void) throws(E) {
    let start = pointer
    try walk { (node: Node) throws(E) -> WalkAction in
      if node.pointer != start { try body(node) }
      return .proceed
    }
  }

  /// Whether two values are the same node.
  public static func == (lhs: Node, rhs: Node) -> Bool {
    lhs.raw == rhs.raw
  }

  /// Hashes the node's identity.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(raw)
  }
}

/// An attribute of an element, with its qualified and local names, namespace and value.
public struct Attribute: Sendable, Hashable {
  /// The qualified name (`p:a`, `xml:lang`, `class`).
  public var name: String
  /// The local name.
  public var localName: String
  /// The namespace prefix, `nil` when there is none.
  public var prefix: String?
  /// The namespace URI, `nil` when the attribute is in no namespace.
  public var namespaceURI: String?
  /// The value, with character and entity references resolved as libxml2 stores it.
  public var value: String

  /// Creates an attribute.
  ///
  /// - Parameters:
  ///   - name: The qualified name.
  ///   - localName: The local name.
  ///   - prefix: The prefix, or `nil`.
  ///   - namespaceURI: The namespace URI, or `nil`.
  ///   - value: The value.
  public init(
    name: String, localName: String, prefix: String?, namespaceURI: String?, value: String
  ) {
    self.name = name
    self.localName = localName
    self.prefix = prefix
    self.namespaceURI = namespaceURI
    self.value = value
  }
}

// MARK: - Helpers over libxml2 pointers

/// The first child of a node in the document's tree (`nil` for nodes whose `children` field
/// points into declarations: entity references, DTDs, attribute declarations).
@inline(__always)
func firstChildPointer(_ node: xmlNodePtr) -> xmlNodePtr? {
  switch node.pointee.type {
  case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_HTML_DOCUMENT_NODE, XML_DOCUMENT_FRAG_NODE:
    return node.pointee.children
  default:
    return nil
  }
}

/// The value of an attribute: its text child read directly in the common case.
func attributeValue(_ attribute: xmlAttrPtr) -> String {
  guard let child = attribute.pointee.children else { return "" }
  if child.pointee.next == nil, child.pointee.type == XML_TEXT_NODE {
    return child.pointee.content.map { String(cString: $0) } ?? ""
  }
  guard let text = xmlNodeListGetString(attribute.pointee.doc, child, 1) else { return "" }
  defer { libxmlFree(text) }
  return String(cString: text)
}

/// Whether the Swift string equals a NUL-terminated UTF-8 C string.
func equalsCString(
  _ string: String, _ cString: UnsafePointer<xmlChar>, caseInsensitive: Bool
) -> Bool {
  var string = string
  return string.withUTF8 { utf8 in
    for index in 0..<utf8.count {
      let byte = utf8[index]
      let other = cString[index]
      if other == 0 { return false }
      if byte != other {
        guard caseInsensitive, asciiLower(byte) == asciiLower(other) else { return false }
      }
    }
    return cString[utf8.count] == 0
  }
}

/// Whether `qualified` is `prefix:local` (or `local` when there is no prefix).
func qualifiedNameMatches(
  _ qualified: String, prefix: UnsafePointer<xmlChar>?, local: UnsafePointer<xmlChar>,
  caseInsensitive: Bool
) -> Bool {
  let utf8 = qualified.utf8
  guard let prefix else { return equalsCString(qualified, local, caseInsensitive: caseInsensitive) }
  guard let colon = utf8.firstIndex(of: UInt8(ascii: ":")) else { return false }
  let before = String(qualified[..<colon])
  let after = String(qualified[utf8.index(after: colon)...])
  return equalsCString(before, prefix, caseInsensitive: caseInsensitive)
    && equalsCString(after, local, caseInsensitive: caseInsensitive)
}

@inline(__always)
private func asciiLower(_ byte: UInt8) -> UInt8 {
  byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
}

/// A namespace URI as the document means it. libxml2 2.9 keeps a namespace declaration's value
/// in the form it stores attribute values in before building their text nodes: every `&` that
/// came from `&amp;` or `&#38;` is written `&#38;`. Undoing that escape gives the URI.
private func namespaceName(_ href: UnsafePointer<xmlChar>) -> String {
  let raw = String(cString: href)
  guard raw.utf8.contains(UInt8(ascii: "&")) else { return raw }
  return raw.replacing("&#38;", with: "&")
}
