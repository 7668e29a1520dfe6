// The page as a compact Swift tree: one walk over libxml2's recovered tree copies the elements
// and texts a reader needs (dropping scripts, styles, hidden parts and form controls) and
// collects the head's metadata. Everything after this walk works on plain Swift values.

import LibXML

/// One element or text of a page.
struct PageItem {
  /// The lowercased tag name; empty for a text.
  var tag: String
  /// The text of a text item.
  var text: String
  /// Attributes with lowercased names, values as written.
  var attributes: [(name: String, value: String)]
  /// The lowercased `id` and `class` values, joined with a space, for chrome tests.
  var identity: String
  /// The parent's index, -1 for the root.
  var parent: Int
  /// Children's indices in document order.
  var children: [Int]
  /// The source line, 0 when unknown.
  var line: Int

  var isText: Bool { tag.isEmpty }

  func attribute(_ name: String) -> String? {
    for attribute in attributes where attribute.name == name { return attribute.value }
    return nil
  }
}

/// The head's metadata: `<title>`, `<meta>`, canonical link and JSON-LD objects.
struct PageMetadata {
  var title: String?
  /// `property` or `name` (lowercased) → `content`, first occurrence kept.
  var meta: [String: String] = [:]
  var canonical: String?
  /// The texts of `<script type="application/ld+json">`.
  var jsonLD: [String] = []
}

/// The copied tree of one page.
struct PageTree {
  var items: [PageItem] = []
  var metadata = PageMetadata()
  /// The index of `<body>` (or of the root when there is none).
  var body = 0

  /// Elements whose whole subtree is never part of what a person reads.
  static let droppedTags: Set<String> = [
    "script", "style", "noscript", "template", "svg", "math", "select", "option", "textarea",
    "input", "button", "iframe", "object", "embed", "canvas", "map", "head", "link", "audio",
    "video", "source", "track", "param", "datalist", "dialog", "frameset", "frame",
  ]

  /// Copies the tree under `root`.
  init(document: Document) {
    guard let root = document.root else {
      items.append(
        PageItem(
          tag: "html", text: "", attributes: [], identity: "", parent: -1, children: [], line: 0))
      return
    }
    var bodyIndex: Int?
    // Explicit stack: recovered trees of broken pages can be very deep.
    var stack: [(node: Node, parent: Int)] = [(root, -1)]
    while let (node, parent) = stack.popLast() {
      switch node.kind {
      case .text, .cdata:
        guard parent >= 0 else { continue }
        let text = node.content
        items.append(
          PageItem(
            tag: "", text: text, attributes: [], identity: "", parent: parent, children: [],
            line: 0))
        items[parent].children.append(items.count - 1)
      case .element:
        let tag = node.localName.lowercased()
        if PageTree.droppedTags.contains(tag) {
          collectHeadData(node, tag: tag)
          continue
        }
        var attributes: [(name: String, value: String)] = []
        var identity = ""
        for attribute in node.attributes {
          let name = attribute.name.lowercased()
          attributes.append((name, attribute.value))
          if name == "id" || name == "class" {
            if !identity.isEmpty { identity += " " }
            identity += attribute.value.lowercased()
          }
        }
        if tag == "title" || tag == "meta" {
          collectHeadData(node, tag: tag)
          if tag == "meta" { continue }
        }
        if PageTree.isHidden(attributes) { continue }
        items.append(
          PageItem(
            tag: tag, text: "", attributes: attributes, identity: identity, parent: parent,
            children: [], line: node.line))
        let index = items.count - 1
        if parent >= 0 { items[parent].children.append(index) }
        if tag == "body" && bodyIndex == nil { bodyIndex = index }
        if tag == "title" { continue }
        var children: [Node] = []
        var child = node.firstChild
        while let current = child {
          children.append(current)
          child = current.nextSibling
        }
        for child in children.reversed() { stack.append((child, index)) }
      default:
        continue
      }
    }
    body = bodyIndex ?? 0
  }

  /// Reads `<title>`, `<meta>`, `<link rel=canonical>` and JSON-LD wherever they are.
  private mutating func collectHeadData(_ node: Node, tag: String) {
    switch tag {
    case "title":
      if metadata.title == nil { metadata.title = node.content }
    case "meta":
      guard let content = node.attribute("content") else { return }
      for key in ["property", "name", "itemprop"] {
        if let name = node.attribute(key)?.lowercased(), metadata.meta[name] == nil {
          metadata.meta[name] = content
        }
      }
    case "link":
      if metadata.canonical == nil, node.attribute("rel")?.lowercased() == "canonical" {
        metadata.canonical = node.attribute("href")
      }
    case "script":
      if node.attribute("type")?.lowercased().contains("ld+json") == true {
        metadata.jsonLD.append(node.content)
      }
    case "head":
      var child = node.firstChild
      while let current = child {
        if current.kind == .element {
          let childTag = current.localName.lowercased()
          if ["title", "meta", "link", "script"].contains(childTag) {
            collectHeadData(current, tag: childTag)
          }
        }
        child = current.nextSibling
      }
    default:
      return
    }
  }

  /// `hidden`, `aria-hidden="true"`, `display:none` or `visibility:hidden`, hidden inputs.
  static func isHidden(_ attributes: [(name: String, value: String)]) -> Bool {
    for (name, value) in attributes {
      switch name {
      case "hidden": return true
      case "aria-hidden": if value.lowercased() == "true" { return true }
      case "style":
        let style = value.lowercased().filter { $0 != " " }
        if style.contains("display:none") || style.contains("visibility:hidden") { return true }
      default: continue
      }
    }
    return false
  }

  /// The concatenated text under `index`.
  func text(of index: Int) -> String {
    var result = ""
    var stack = [index]
    while let current = stack.popLast() {
      let item = items[current]
      if item.isText {
        result += item.text
      } else {
        if item.tag == "br" || PageTree.blockTags.contains(item.tag) { result += " " }
        stack.append(contentsOf: item.children.reversed())
      }
    }
    return result
  }

  /// Whether `ancestor` is `index` or one of its ancestors.
  func isInside(_ index: Int, _ ancestor: Int) -> Bool {
    var current = index
    while current >= 0 {
      if current == ancestor { return true }
      current = items[current].parent
    }
    return false
  }

  /// Looks up a lowercased attribute value of an element for selector matching.
  func matches(_ selector: Selector, _ index: Int) -> Bool {
    let item = items[index]
    guard !item.isText else { return false }
    return selector.matches(tag: item.tag) { name in item.attribute(name)?.lowercased() }
  }

  /// Tags that start a new block of text.
  static let blockTags: Set<String> = [
    "p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "header", "footer", "nav", "aside", "main", "table", "tr", "tbody", "thead",
    "tfoot", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "pre", "form", "center",
    "address", "hr", "caption", "fieldset", "details", "summary", "body", "html", "legend",
  ]
}
