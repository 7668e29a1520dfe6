// The page as a compact Swift tree: one walk over libxml2's recovered tree copies the elements
// and texts a reader needs (dropping scripts, styles, hidden parts and form controls) and
// collects the head's metadata. Everything after this walk works on plain Swift values.

import LibXML
import VietText

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
  /// The lowercased `class` and `id` values.
  var lowerClass = ""
  var lowerID = ""
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
  /// Selectors the page's own style sheets hide (`display:none`), outside media queries.
  var hiddenSelectors: [Selector] = []
  /// The lowercased `id`s of the page's scripts (`__next_data__`, `__nuxt_data__`…).
  var scriptIDs: Set<String> = []
  /// The JSON a hydrated page (Next.js `__NEXT_DATA__`, Nuxt) ships with its markup.
  var hydrationData: String?
  /// The first comments of the page (at most `commentLimit`, each cut to 300 characters):
  /// mirroring tools and CMSs sign pages in comments.
  var comments: [String] = []
  static let commentLimit = 16
  /// Script ids that carry a hydrated page's data.
  static let hydrationScripts: Set<String> = ["__next_data__", "__nuxt_data__", "__nuxt__"]
}

/// The copied tree of one page.
struct PageTree {
  var items: [PageItem] = []
  var metadata = PageMetadata()
  /// The index of `<body>` (or of the root when there is none).
  var body = 0
  /// Every distinct lowercased `class` value of the page, each between newlines, to rule
  /// selectors out with one search instead of a test per element.
  var allClasses: [UInt8] = [10]
  /// Every distinct lowercased `id` value, each between newlines.
  var allIDs: [UInt8] = [10]

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
    // At most one item per node: reserved at once, the items neither grow by doubling (the old
    // and the new storage held together while it copies) nor keep up to half their room unused.
    items.reserveCapacity(Self.nodeCount(under: root))
    var bodyIndex: Int?
    // Each distinct value is listed once: layouts repeat the same classes hundreds of times.
    var seenClasses = Set<String>()
    var seenIDs = Set<String>()
    // Explicit stack: recovered trees of broken pages can be very deep.
    var stack: [(node: Node, parent: Int)] = [(root, -1)]
    // Comments before the root element ("<!-- Mirrored from … by HTTrack -->").
    var before = root.previousSibling
    while let current = before, metadata.comments.count < PageMetadata.commentLimit {
      if current.kind == .comment { metadata.comments.append(String(current.content.prefix(300))) }
      before = current.previousSibling
    }
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
      case .comment:
        if metadata.comments.count < PageMetadata.commentLimit {
          metadata.comments.append(String(node.content.prefix(300)))
        }
      case .element:
        let tag = node.localName.lowercased()
        if PageTree.droppedTags.contains(tag) {
          collectHeadData(node, tag: tag)
          continue
        }
        var attributes: [(name: String, value: String)] = []
        var identity = ""
        var lowerClass = ""
        var lowerID = ""
        for attribute in node.attributes {
          let name = attribute.name.lowercased()
          attributes.append((name, attribute.value))
          if name == "id" || name == "class" {
            let lower = attribute.value.lowercased()
            if name == "id" { lowerID = lower } else { lowerClass = lower }
            if !identity.isEmpty { identity += " " }
            identity += lower
          }
        }
        if tag == "title" || tag == "meta" {
          collectHeadData(node, tag: tag)
          if tag == "meta" { continue }
        }
        if PageTree.isHidden(attributes) { continue }
        if !identity.isEmpty && !metadata.hiddenSelectors.isEmpty {
          let hidden = metadata.hiddenSelectors.contains { selector in
            if let selectorTag = selector.tag, selectorTag != tag { return false }
            return selector.matches(tag: tag) { name in
              switch name {
              case "class": return lowerClass.isEmpty ? nil : lowerClass
              case "id": return lowerID.isEmpty ? nil : lowerID
              default: return attributes.first { $0.name == name }?.value.lowercased()
              }
            }
          }
          if hidden { continue }
        }
        if !lowerClass.isEmpty, seenClasses.insert(lowerClass).inserted {
          allClasses.append(contentsOf: lowerClass.utf8)
          allClasses.append(10)
        }
        if !lowerID.isEmpty, seenIDs.insert(lowerID).inserted {
          allIDs.append(contentsOf: lowerID.utf8)
          allIDs.append(10)
        }
        items.append(
          PageItem(
            tag: tag, text: "", attributes: attributes, identity: identity, lowerClass: lowerClass,
            lowerID: lowerID, parent: parent, children: [], line: node.line))
        let index = items.count - 1
        if parent >= 0 { items[parent].children.append(index) }
        if tag == "body" && bodyIndex == nil { bodyIndex = index }
        if tag == "title" { continue }
        var child = node.lastChild
        while let current = child {
          stack.append((current, index))
          child = current.previousSibling
        }
      default:
        continue
      }
    }
    body = bodyIndex ?? 0
  }

  /// The nodes of the tree under `root`, `root` included, counted by a walk along the
  /// tree's own links (no stack).
  static func nodeCount(under root: Node) -> Int {
    var count = 0
    var node = root
    while true {
      count += 1
      if let child = node.firstChild {
        node = child
        continue
      }
      while true {
        if node == root { return count }
        if let next = node.nextSibling {
          node = next
          break
        }
        guard let parent = node.parent else { return count }
        node = parent
      }
    }
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
    case "style":
      if metadata.hiddenSelectors.count < CSSRules.selectorLimit {
        let css = node.content
        if css.utf8.count <= CSSRules.sizeLimit {
          metadata.hiddenSelectors += CSSRules.hiddenSelectors(css).prefix(
            CSSRules.selectorLimit - metadata.hiddenSelectors.count)
        }
      }
    case "script":
      if node.attribute("type")?.lowercased().contains("ld+json") == true {
        metadata.jsonLD.append(node.content)
      }
      if let id = node.attribute("id")?.lowercased(), !id.isEmpty {
        metadata.scriptIDs.insert(id)
        if metadata.hydrationData == nil, PageMetadata.hydrationScripts.contains(id) {
          metadata.hydrationData = node.content
        }
      }
    case "head":
      var child = node.firstChild
      while let current = child {
        if current.kind == .comment, metadata.comments.count < PageMetadata.commentLimit {
          metadata.comments.append(String(current.content.prefix(300)))
        }
        if current.kind == .element {
          let childTag = current.localName.lowercased()
          if ["title", "meta", "link", "script", "style"].contains(childTag) {
            collectHeadData(current, tag: childTag)
          }
        }
        child = current.nextSibling
      }
    default:
      return
    }
  }

  /// Byte patterns one of which every hiding class contains ("hid", "sr-", "visib", "d-none",
  /// "invisible", "screen"), to skip the token test for most elements.
  static let hidingHints = ["hid", "sr-", "none", "visi", "screen", "Hid", "HID"].map {
    Array($0.utf8)
  }

  /// Class names that hide an element from sighted readers.
  static let hidingClasses: Set<String> = [
    "hide-accessible", "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden",
    "hidden", "d-none", "hide", "ms-hidden", "element-invisible", "invisible", "screenreader",
  ]

  /// `hidden`, `aria-hidden="true"`, `display:none` or `visibility:hidden`, a hiding class.
  static func isHidden(_ attributes: [(name: String, value: String)]) -> Bool {
    for (name, value) in attributes {
      switch name {
      case "class":
        guard hidingHints.contains(where: { Selector.contains(value, $0) }) else { continue }
        for token in value.lowercased().split(separator: " ")
        where hidingClasses.contains(String(token)) {
          return true
        }
      case "hidden": return true
      case "aria-hidden": if value.lowercased() == "true" { return true }
      case "style":
        let style = String(value.lowercased().unicodeScalars.filter { $0 != " " })
        if Selector.contains(style, CSSRules.displayNone)
          || Selector.contains(style, CSSRules.visibilityHidden)
        {
          return true
        }
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

  /// Whether some element could match `selector`: `false` only when a class or id condition
  /// names text that appears in no class or id of the page.
  func mayMatch(_ selector: Selector) -> Bool {
    for condition in selector.conditions where condition.name == "class" || condition.name == "id" {
      // A value with a newline could span two listed values: only the full test can tell.
      if condition.bytes.contains(10) { continue }
      let buffer = condition.name == "class" ? allClasses : allIDs
      var needle = condition.bytes
      switch condition.operation {
      case .exists, .containsToken, .contains: break
      case .equals:
        needle = [10] + needle + [10]
      case .hasPrefix:
        needle = [10] + needle
      case .hasSuffix:
        needle.append(10)
      }
      if !Selector.contains(bytes: buffer, needle) { return false }
    }
    return true
  }

  /// Looks up a lowercased attribute value of an element for selector matching.
  func matches(_ selector: Selector, _ index: Int) -> Bool {
    guard !items[index].isText else { return false }
    if let tag = selector.tag, tag != items[index].tag { return false }
    return selector.matches(tag: items[index].tag) { name in
      switch name {
      case "class": return items[index].lowerClass.isEmpty ? nil : items[index].lowerClass
      case "id": return items[index].lowerID.isEmpty ? nil : items[index].lowerID
      default: return items[index].attribute(name)?.lowercased()
      }
    }
  }

  /// Elements that show a picture: `img`, and AMP's `amp-img` / `amp-anim`.
  static let imageTags: Set<String> = ["img", "amp-img", "amp-anim"]

  /// Tags that start a new block of text.
  static let blockTags: Set<String> = [
    "p", "div", "td", "th", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section",
    "article", "header", "footer", "nav", "aside", "main", "table", "tr", "tbody", "thead",
    "tfoot", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "pre", "form", "center",
    "address", "hr", "caption", "fieldset", "details", "summary", "body", "html", "legend",
  ]
}

/// The few CSS facts a reader needs: which simple selectors a page's style sheet hides.
enum CSSRules {
  /// At most this many hiding rules are kept per page (they are tested on every element).
  static let selectorLimit = 32
  /// Larger style blocks (frameworks inlined whole) are not read.
  static let sizeLimit = 64 * 1024
  static let displayNone = Array("display:none".utf8)
  static let visibilityHidden = Array("visibility:hidden".utf8)

  /// Selectors of rules with `display:none` (outside `@media` and other at-rules), each
  /// reduced to its last compound selector (`.entry-meta .updated` → `.updated`); only
  /// compounds with a class or an id, without pseudo-classes, are kept.
  static func hiddenSelectors(_ css: String) -> [Selector] {
    var result: [Selector] = []
    var bytes = Array(css.utf8)
    // Most style sheets hide nothing: skip them without parsing.
    guard Selector.contains(css, Array("none".utf8)) else { return [] }
    for index in bytes.indices where bytes[index] >= 0x41 && bytes[index] <= 0x5A {
      bytes[index] |= 0x20
    }
    let count = bytes.count
    var i = 0
    var preludeStart = 0
    while i < count {
      let byte = bytes[i]
      if byte == UInt8(ascii: "/"), i + 1 < count, bytes[i + 1] == UInt8(ascii: "*") {
        i += 2
        while i + 1 < count, !(bytes[i] == UInt8(ascii: "*") && bytes[i + 1] == UInt8(ascii: "/")) {
          i += 1
        }
        i += 2
        preludeStart = i
        continue
      }
      if byte == UInt8(ascii: "{") {
        let preludeBytes = bytes[preludeStart..<i]
        if preludeBytes.contains(UInt8(ascii: "@")) {
          // Skip the whole block of an at-rule.
          var depth = 1
          i += 1
          while i < count && depth > 0 {
            if bytes[i] == UInt8(ascii: "{") { depth += 1 }
            if bytes[i] == UInt8(ascii: "}") { depth -= 1 }
            i += 1
          }
          preludeStart = i
          continue
        }
        let bodyStart = i + 1
        i += 1
        while i < count, bytes[i] != UInt8(ascii: "}") { i += 1 }
        let hides = containsIgnoringSpaces(bytes[bodyStart..<min(i, count)], displayNone)
        i += 1
        preludeStart = i
        if hides {
          let prelude = String(decoding: preludeBytes, as: UTF8.self).trimmingSpaces
          for part in prelude.split(separator: ",") {
            let last = part.split(whereSeparator: { " >+~\n\t".contains($0) }).last.map(String.init)
            guard let last, last.contains(".") || last.contains("#"), !last.contains(":"),
              !last.contains("[")
            else { continue }
            result.append(Selector(last))
          }
        }
        continue
      }
      if byte == UInt8(ascii: "}") || byte == UInt8(ascii: ";") { preludeStart = i + 1 }
      i += 1
    }
    return result
  }
}

/// Whether `needle` occurs in `bytes` once spaces, tabs, newlines and carriage returns are
/// left out of `bytes`.
private func containsIgnoringSpaces(_ bytes: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
  guard !needle.isEmpty else { return true }
  var compact: [UInt8] = []
  compact.reserveCapacity(bytes.count)
  for byte in bytes where byte != 0x20 && byte != 0x0A && byte != 0x09 && byte != 0x0D {
    compact.append(byte)
  }
  return Selector.contains(bytes: compact, needle)
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  fileprivate var trimmingSpaces: String {
    var scalars = Substring(self).unicodeScalars
    while let first = scalars.first, first == " " || first == "\n" || first == "\t" || first == "\r"
    {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == " " || last == "\n" || last == "\t" || last == "\r" {
      scalars.removeLast()
    }
    return makeString(scalars)
  }
}
