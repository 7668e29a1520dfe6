// The page read in order as a person sees it: runs of text ("units") and images, each with
// the styling and surroundings that tell a paragraph from a caption, a byline or a menu.

/// A run of text between block boundaries, or an image.
struct Unit {
  enum Kind { case text, image }
  var kind: Kind
  /// The raw text (whitespace not yet collapsed); empty for an image.
  var text = ""
  /// The text as it leaves the module (NFC, whitespace collapsed), set when the unit ends.
  var cleaned = ""
  /// The image's `src` as written.
  var src: String?
  /// The nearest block element holding the text, or the `img` element.
  var element: Int
  /// Letters and digits in the text, and those inside links.
  var chars = 0
  var linkChars = 0
  var italicChars = 0
  var boldChars = 0
  var centered = false
  var rightAligned = false
  /// 1–6 inside `h1`…`h6`, else 0.
  var heading = 0
  /// Why the unit is page chrome (menu, ribbon, footer…), or `nil`.
  var chrome: String?
  /// Inside `figcaption`, `caption` or an element named like a caption.
  var inCaption = false
  /// The nearest `figure` ancestor, or -1.
  var figure = -1
  /// The nearest `table` ancestor, or -1.
  var table = -1
  /// The nearest `tr` ancestor, or -1.
  var row = -1
  /// The nearest `td`/`th` ancestor, or -1.
  var cell = -1

  var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
  var isItalic: Bool { chars > 0 && italicChars * 10 >= chars * 8 }
  var isBold: Bool { chars > 0 && boldChars * 10 >= chars * 8 }
}

/// The styling context while walking the tree.
private struct Context {
  var italic = false
  var bold = false
  var link = false
  /// Inside a link to a picture file (a photo opened full size), which is no banner link.
  var pictureLink = false
  var centered = false
  var rightAligned = false
  var heading = 0
  var chrome: String?
  var caption = false
  var figure = -1
  var table = -1
  var row = -1
  var cell = -1
  var block = 0
}

/// Byte patterns searched in attribute values.
private enum Needles {
  static let italic = Array("font-style:italic".utf8)
  static let bold = Array("font-weight:bold".utf8)
  static let bold700 = Array("font-weight:700".utf8)
  static let center = Array("text-align:center".utf8)
  static let right = Array("text-align:right".utf8)
  static let justify = Array("text-align:justify".utf8)
  static let left = Array("text-align:left".utf8)
  static let caption = [
    "caption", "chuthich", "chu-thich", "chu_thich", "image-desc", "image_desc", "img-desc",
    "img_desc", "photo-desc", "photo_desc",
  ].map {
    Array($0.utf8)
  }
}

/// Chrome recognition shared by all profiles.
enum Chrome {
  /// Tags whose content is never article text.
  static let tags: Set<String> = ["nav", "footer", "aside", "menu"]
  /// ARIA roles of page chrome.
  static let roles: Set<String> = [
    "navigation", "banner", "contentinfo", "search", "menu", "menubar", "complementary",
    "toolbar",
  ]
  /// Elements that hold the whole page or the article and are never chrome themselves.
  static let containers: Set<String> = ["html", "body", "main", "article"]
  /// Words (parts of `id`/`class` split at `-`, `_`, spaces) naming chrome, by prefix.
  static let prefixes: [String] = [
    "menu", "nav", "breadcrumb", "footer", "sidebar", "share", "social", "sharing", "toolbar",
    "ribbon", "banner", "advert", "quangcao", "login", "signin", "search", "timkiem", "comment",
    "binhluan", "related", "lienquan", "othernews", "tinkhac", "pager", "pagination", "paging",
    "rating", "weblink", "lienket", "counter", "luotxem", "hitcount", "topbar", "skip", "cookie",
    "popup", "newsletter", "copyright", "logo", "tools", "noindex", "notdlg",
    "mostview", "xemnhieu", "tinmoi", "othernew", "relate", "socials", "subscribe",
  ]
  /// Exact parts naming chrome.
  static let words: Set<String> = ["ads", "ad", "tags", "tag", "tool", "widget"]
  /// Modifier parts after which a chrome word says what the element lacks ("entry-content
  /// no-share", "without-sidebar"): the part that follows names no chrome.
  static let negations: Set<String> = ["no", "without", "hide", "hidden"]

  /// Letters and digits, tested without Unicode property tables for the common cases.
  @inline(__always) static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x80 {
      return (value >= 0x30 && value <= 0x39) || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
    }
    if value >= 0xC0 && value <= 0x24F && value != 0xD7 && value != 0xF7 { return true }
    if value >= 0x1E00 && value <= 0x1EFF { return true }
    if value >= 0x300 && value <= 0x36F { return true }
    if value < 0xC0 || (value >= 0x2000 && value <= 0x2BFF) || (value >= 0x3000 && value <= 0x303F)
    {
      return false
    }
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
  }

  /// Why an element is chrome, or `nil`.
  static func reason(tag: String, identity: String, role: String?) -> String? {
    if tags.contains(tag) { return "<\(tag)>" }
    // Page-wide classes ("nav-below-header", "right-sidebar" on <body>) describe the layout.
    if containers.contains(tag) { return nil }
    if let role, roles.contains(role.lowercased()) { return "role=\(role.lowercased())" }
    guard !identity.isEmpty else { return nil }
    if identity.utf8.allSatisfy({ $0 < 0x80 }) { return asciiReason(identity) }
    var part = ""
    var negated = false
    func check() -> String? {
      defer { part = "" }
      guard !part.isEmpty else { return nil }
      defer { negated = negations.contains(part) }
      if negated { return nil }
      if words.contains(part) { return part }
      for prefix in prefixes where part.hasPrefix(prefix) { return part }
      return nil
    }
    for scalar in identity.unicodeScalars {
      if scalar == "-" || scalar == "_" || scalar == " " || scalar == "\t" || scalar == "\n"
        || scalar == ":" || scalar == "."
      {
        if let found = check() { return found }
      } else {
        part.unicodeScalars.append(scalar)
      }
    }
    return check()
  }

  /// Chrome words and prefixes as bytes, for ASCII identities.
  private static let prefixBytes = prefixes.map { Array($0.utf8) }
  private static let negationBytes = negations.map { Array($0.utf8) }

  /// `reason`'s part test over the bytes of an ASCII identity, without building strings for
  /// parts that name nothing.
  private static func asciiReason(_ identity: String) -> String? {
    var text = identity
    return text.withUTF8 { bytes -> String? in
      var start = 0
      var index = 0
      var negated = false
      let count = bytes.count
      while index <= count {
        let isEnd = index == count
        let byte: UInt8 = isEnd ? 0x20 : bytes[index]
        if isEnd || byte == 0x2D || byte == 0x5F || byte == 0x20 || byte == 0x09 || byte == 0x0A
          || byte == 0x3A || byte == 0x2E
        {
          if index > start {
            let part = UnsafeBufferPointer(rebasing: bytes[start..<index])
            let follows = negated
            negated = negationBytes.contains { $0.elementsEqual(part) }
            if follows {
              start = index + 1
              index += 1
              continue
            }
            var found = false
            for prefix in prefixBytes where part.count >= prefix.count {
              var matched = true
              for offset in 0..<prefix.count where part[offset] != prefix[offset] {
                matched = false
                break
              }
              if matched {
                found = true
                break
              }
            }
            if found || (part.count <= 6 && words.contains(String(decoding: part, as: UTF8.self))) {
              return String(decoding: part, as: UTF8.self)
            }
          }
          start = index + 1
        }
        index += 1
      }
      return nil
    }
  }
}

extension PageTree {
  /// Endings of the addresses of picture files.
  static let pictureEndings = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".bmp"]

  /// Whether a link's address is a picture file ("…/anh-1.jpg", "…/photo.JPG?w=1200"): a
  /// picture linked to its full-size file is the article's, not a banner's.
  static func isPictureAddress(_ href: String) -> Bool {
    var path = Substring(href)
    if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<cut] }
    let lower = path.lowercased()
    return pictureEndings.contains { lower.hasSuffix($0) }
  }

  /// The units under `root` in document order.
  /// - Parameters:
  ///   - chromeSelectors: profile selectors naming extra chrome.
  ///   - holders: elements that hold the article's block, never chrome whatever they are named.
  func units(under root: Int, chromeSelectors: [Selector], holders: Set<Int> = []) -> [Unit] {
    var units: [Unit] = []
    units.reserveCapacity(unitBound(under: root))
    var current: Unit?
    var pendingBreaks = 0

    func flush() {
      if var unit = current, unit.chars > 0 {
        // Chrome never leaves the module: its text is not cleaned.
        if unit.chrome == nil { unit.cleaned = clean(unit.text) }
        units.append(unit)
      }
      current = nil
      pendingBreaks = 0
    }

    // The elements entered, each with its children's context and the next child to enter:
    // one frame per level, not one per child (a body of a million paragraphs would stack a
    // million contexts).
    var frames: [(index: Int, context: Context, next: Int, block: Bool)] = []
    var rootContext = Context()
    rootContext.block = root
    var entering: (index: Int, context: Context)? = (root, rootContext)
    while true {
      guard let (index, parentContext) = entering else {
        guard var frame = frames.popLast() else { break }
        let children = items[frame.index].children
        if frame.next < children.count {
          entering = (children[frame.next], frame.context)
          frame.next += 1
          frames.append(frame)
        } else if frame.block {
          // Leaving a block element.
          flush()
        }
        continue
      }
      entering = nil
      let item = items[index]
      if item.isText {
        var chars = 0
        for scalar in item.text.unicodeScalars where Chrome.isWordScalar(scalar) { chars += 1 }
        if chars == 0 {
          if current != nil { current!.text += item.text }
          continue
        }
        if pendingBreaks >= 2 { flush() }
        // Chrome inside a text block (a "share" link beside a date) is a unit of its own.
        if let unit = current, (unit.chrome == nil) != (parentContext.chrome == nil) { flush() }
        pendingBreaks = 0
        if current == nil {
          current = Unit(kind: .text, element: parentContext.block)
          current!.centered = parentContext.centered
          current!.rightAligned = parentContext.rightAligned
          current!.heading = parentContext.heading
          current!.chrome = parentContext.chrome
          current!.inCaption = parentContext.caption
          current!.figure = parentContext.figure
          current!.table = parentContext.table
          current!.row = parentContext.row
          current!.cell = parentContext.cell
        }
        current!.text += item.text
        current!.chars += chars
        if parentContext.link { current!.linkChars += chars }
        if parentContext.italic { current!.italicChars += chars }
        if parentContext.bold || parentContext.heading > 0 { current!.boldChars += chars }
        continue
      }
      let tag = item.tag
      if tag == "br" {
        pendingBreaks += 1
        if current != nil { current!.text += "\n" }
        continue
      }
      var context = parentContext
      switch tag {
      case "em", "i", "cite": context.italic = true
      case "strong", "b": context.bold = true
      case "a":
        if let href = item.attribute("href") {
          context.link = true
          context.pictureLink = PageTree.isPictureAddress(href)
        }
      case "h1", "h2", "h3", "h4", "h5", "h6":
        context.heading = Int(tag.unicodeScalars.last!.value - 48)
      case "figcaption", "caption": context.caption = true
      case "figure": context.figure = index
      case "table": context.table = index
      case "tr": context.row = index
      case "td", "th": context.cell = index
      case "center": context.centered = true
      default: break
      }
      if let style = item.attribute("style")?.lowercased() {
        let compact = String(style.unicodeScalars.filter { $0 != " " })
        if Selector.contains(compact, Needles.italic) { context.italic = true }
        if Selector.contains(compact, Needles.bold) || Selector.contains(compact, Needles.bold700) {
          context.bold = true
        }
        if Selector.contains(compact, Needles.center) {
          context.centered = true
          context.rightAligned = false
        } else if Selector.contains(compact, Needles.right) {
          context.rightAligned = true
          context.centered = false
        } else if Selector.contains(compact, Needles.justify)
          || Selector.contains(compact, Needles.left)
        {
          context.centered = false
          context.rightAligned = false
        }
      }
      if let align = item.attribute("align")?.lowercased(), tag != "table", tag != "img" {
        context.centered = align == "center"
        context.rightAligned = align == "right"
      }
      if !item.identity.isEmpty,
        Needles.caption.contains(where: { Selector.contains(item.identity, $0) })
      {
        context.caption = true
      }
      if context.chrome == nil, !holders.contains(index) {
        context.chrome = Chrome.reason(
          tag: tag, identity: item.identity, role: item.attribute("role"))
        if context.chrome == nil {
          for selector in chromeSelectors where matches(selector, index) {
            context.chrome = selector.description
            break
          }
        }
      }
      if PageTree.imageTags.contains(tag) {
        flush()
        let src = item.attribute("src") ?? item.attribute("data-src")
        var unit = Unit(kind: .image, element: index)
        unit.src = src
        // Joomla-style captions: <img class="caption" title="…">.
        if Selector.contains(item.identity, Needles.caption[0]), let title = item.attribute("title")
        {
          unit.text = title
          unit.cleaned = clean(title)
        }
        unit.chrome = context.chrome
        unit.figure = context.figure
        unit.table = context.table
        unit.row = context.row
        unit.centered = context.centered
        if context.link && !context.pictureLink { unit.linkChars = 1 }
        units.append(unit)
        continue
      }
      let isBlock = PageTree.blockTags.contains(tag)
      if isBlock {
        flush()
        context.block = index
      }
      frames.append((index, context, 0, isBlock))
    }
    flush()
    return units
  }

  /// At most as many units as `units(under:chromeSelectors:)` gives for `root`: a unit ends at a
  /// block's edge, a line break or a text, and an image is one. Reserved at once, the units
  /// neither grow by doubling nor keep up to half their room unused.
  func unitBound(under root: Int) -> Int {
    var texts = 0
    var edges = 1
    var images = 0
    var stack = [root]
    while let index = stack.popLast() {
      let item = items[index]
      if item.isText {
        texts += 1
        continue
      }
      if PageTree.imageTags.contains(item.tag) { images += 1 }
      if item.tag == "br" || PageTree.blockTags.contains(item.tag) { edges += 2 }
      stack.append(contentsOf: item.children)
    }
    return min(texts, edges) + images
  }
}
