// The article a person would write down: the profile, the main text, the title, the stamp,
// the byline, the lead, the paragraphs and the captioned images.

import LibXML
import VietText

/// One reading in progress.
struct Extraction {
  let tree: PageTree
  let profiles: [Profile]
  let file: String?
  var explanation = PageExplanation()
  var profileKind: Source.Profile = .generic
  private var profile: Profile?
  private var units: [Unit] = []
  /// A byline printed in the stamp line ("Thu Chung 10/08/2023 11:05").
  private var stampByline: String?
  /// The page shows a decision: its date line and signature are no stamp and no byline.
  private var isDecision = false
  /// The joined text of data-table rows, by their first unit.
  private var rowTexts: [Int: String] = [:]
  /// A paragraph's text when a byline was split off its last line.
  private var textOverride: [Int: String] = [:]

  init(tree: PageTree, profiles: [Profile], file: String?) {
    self.tree = tree
    self.profiles = profiles
    self.file = file
  }

  // MARK: - The whole reading

  mutating func run() -> Article {
    detectProfile()
    // Selectors naming classes or ids the page does not have are dropped once, here.
    if var active = profile {
      active.content = active.content.filter { tree.mayMatch($0) }
      active.title = active.title.filter { tree.mayMatch($0) }
      active.lead = active.lead.filter { tree.mayMatch($0) }
      active.author = active.author.filter { tree.mayMatch($0) }
      active.chrome = active.chrome.filter { tree.mayMatch($0) }
      profile = active
    }
    units = tree.units(
      under: tree.body, chromeSelectors: profile?.chrome ?? [], holders: contentHolders())
    var content = findContent()
    content = extendPastContainer(content)
    var titleChoice = findTitle(content: content)
    var used = Set<Int>()
    // A decision shown as the page: its "Về việc …" line is the title, and its heading table
    // above that line is part of the text.
    let decision = DecisionHeading.subject(
      in: content.map { units[$0].kind == .text ? units[$0].cleaned : "" })
    isDecision = decision != nil
    if let decision, !DecisionHeading.isSubject(titleChoice.text.lowercased()) {
      titleChoice = (decision.text, content[decision.index])
      explanation.titleReason = "the subject line (\"Về việc …\") of a decision shown as the page"
      if let heading = decision.heading { used.insert(content[heading]) }
    } else if let titleUnit = titleChoice.unit {
      // Everything before the title inside the content is above the headline: not the article.
      content = content.filter { $0 > titleUnit }
    }
    if let unit = titleChoice.unit { used.insert(unit) }
    let hero = titleChoice.unit.map { heroImage(before: $0) } ?? []
    let stamp = findStamp(content: content, titleUnit: titleChoice.unit, title: titleChoice.text)
    if let unit = stamp.unit { used.insert(unit) }
    var article = Article(title: titleChoice.text)
    article.published = stamp.date
    article.publishedText = stamp.text
    article.updated = stamp.updated
    buildBody(content: content, titleUnit: titleChoice.unit, used: &used, article: &article)
    if !hero.isEmpty, let image = heroArticleImage(hero),
      !article.images.contains(where: { $0.src == image.src })
    {
      article.images.insert(image, at: 0)
      explanation.notes.append("the picture above the headline is the article's first image")
    }
    explanation.article = article
    return article
  }

  // MARK: - Profile

  private mutating func detectProfile() {
    var scores = [Int](repeating: 0, count: profiles.count)
    var evidence = [[String]](repeating: [], count: profiles.count)
    var pending: [(profile: Int, selector: Selector, weight: Int)] = []
    let jsonLD = tree.metadata.jsonLD.map { text in
      String(text.lowercased().unicodeScalars.filter { $0 != " " && $0 != "\n" && $0 != "\t" })
    }
    let title = tree.metadata.title?.lowercased() ?? ""
    for (index, profile) in profiles.enumerated() {
      for marker in profile.markers {
        switch marker.test {
        case .element(let selector): pending.append((index, selector, marker.weight))
        case .jsonLDType(let type):
          let needle = Array("\"@type\":\"\(type.lowercased())\"".utf8)
          if jsonLD.contains(where: { Selector.contains($0, needle) }) {
            scores[index] += marker.weight
            evidence[index].append("JSON-LD @type \(type) (+\(marker.weight))")
          }
        case .titleContains(let text):
          if title.contains(text.lowercased()) {
            scores[index] += marker.weight
            evidence[index].append("<title> contains \"\(text)\" (+\(marker.weight))")
          }
        case .scriptID(let id):
          if tree.metadata.scriptIDs.contains(id.lowercased()) {
            scores[index] += marker.weight
            evidence[index].append("<script id=\(id)> (+\(marker.weight))")
          }
        case .commentContains(let text):
          let needle = text.lowercased()
          if tree.metadata.comments.contains(where: { $0.lowercased().contains(needle) }) {
            scores[index] += marker.weight
            evidence[index].append("a comment contains \"\(text)\" (+\(marker.weight))")
          }
        }
      }
    }
    // Meta elements are not in the tree; test them against the metadata.
    var metaElements: [(tag: String, attributes: [String: String])] = []
    // In key order, so that the evidence reads the same on every run.
    for (name, content) in tree.metadata.meta.sorted(by: { $0.key < $1.key }) {
      metaElements.append(
        ("meta", ["name": name, "property": name, "content": content.lowercased()]))
    }
    if let canonical = tree.metadata.canonical {
      metaElements.append(("link", ["rel": "canonical", "href": canonical.lowercased()]))
    }
    for (tag, attributes) in metaElements {
      pending.removeAll { entry in
        guard entry.selector.tag == "meta" || entry.selector.tag == "link" else { return false }
        if entry.selector.matches(tag: tag, attribute: { attributes[$0] }) {
          scores[entry.profile] += entry.weight
          evidence[entry.profile].append("\(entry.selector) (+\(entry.weight))")
          return true
        }
        return false
      }
    }
    pending.removeAll { $0.selector.tag == "meta" || $0.selector.tag == "link" }
    for entry in pending where tree.mayMatch(entry.selector) {
      for index in tree.items.indices where tree.matches(entry.selector, index) {
        scores[entry.profile] += entry.weight
        evidence[entry.profile].append("\(entry.selector) (+\(entry.weight))")
        break
      }
    }
    var best: Int?
    for index in profiles.indices where scores[index] >= profiles[index].threshold {
      if best == nil || scores[index] > scores[best!] { best = index }
    }
    explanation.profileNames = profiles.map(\.name)
    explanation.profileScores = profiles.indices.map { index in
      (profiles[index].kind, scores[index], profiles[index].threshold, evidence[index])
    }
    if let best {
      profile = profiles[best]
      profileKind = profiles[best].kind
      explanation.family = profiles[best].name
      // A CMS family read like a generic page still records `news` when the page carries the
      // news profile's evidence (Open Graph article, JSON-LD NewsArticle…).
      if profileKind == .generic,
        let news = profiles.firstIndex(where: { $0.kind == .news && $0.name == Profile.news.name }),
        scores[news] >= profiles[news].threshold
      {
        profileKind = .news
      }
      explanation.profileReason =
        "\(profiles[best].name): score \(scores[best]) ≥ \(profiles[best].threshold) from "
        + evidence[best].joined(separator: ", ")
    } else {
      explanation.profileReason =
        "no profile reached its threshold; the main text was found by text and link density"
    }
    noteMirror()
  }

  /// A page saved by a mirroring tool ("Mirrored from www.… by HTTrack Website Copier") keeps
  /// the original site's layout; the explanation says where it was mirrored from.
  private mutating func noteMirror() {
    for comment in tree.metadata.comments {
      let lower = comment.lowercased()
      guard let signature = Profile.mirrorSignatures.first(where: { lower.contains($0.text) })
      else { continue }
      // "Mirrored from www.x.vn/a.html by HTTrack…", "saved from url=(0045)https://…".
      var origin = ""
      let words = clean(comment).split(separator: " ")
      if let from = words.firstIndex(where: { $0.lowercased() == "from" }), from + 1 < words.count {
        var address = Substring(words[from + 1])
        if address.lowercased().hasPrefix("url=") {
          address = address.dropFirst(4)
          if address.hasPrefix("("), let close = address.firstIndex(of: ")") {
            address = address[address.index(after: close)...]
          }
        }
        if !address.isEmpty { origin = " from " + address }
      }
      let mirror = "saved by \(signature.tool)\(origin)"
      explanation.family = (explanation.family.map { $0 + ", " } ?? "") + mirror
      explanation.notes.append("the page was \(mirror)")
      return
    }
  }

  // MARK: - Main text

  /// The profile's content block and the elements around it. A chrome word on one of them
  /// names the layout that holds the article (Blogger's posts sit in `div.widget.Blog`), so
  /// none of them is chrome. The block is the profile's first content selector's match with
  /// the most text, as `findContent` chooses it, counted here over the raw text.
  private func contentHolders() -> Set<Int> {
    guard let profile, !profile.content.isEmpty else { return [] }
    var textBelow: [Int]?
    for selector in profile.content {
      let matches = tree.items.indices.filter { tree.matches(selector, $0) }
      guard !matches.isEmpty else { continue }
      if textBelow == nil {
        var totals = [Int](repeating: 0, count: tree.items.count)
        for index in tree.items.indices where tree.items[index].isText {
          let chars = tree.items[index].text.unicodeScalars.reduce(0) {
            $0 + (Chrome.isWordScalar($1) ? 1 : 0)
          }
          var ancestor = tree.items[index].parent
          while ancestor >= 0 {
            totals[ancestor] += chars
            ancestor = tree.items[ancestor].parent
          }
        }
        textBelow = totals
      }
      guard let totals = textBelow, let best = matches.max(by: { totals[$0] < totals[$1] }),
        totals[best] >= 150
      else { continue }
      var holders: Set<Int> = []
      var ancestor = best
      while ancestor >= 0 {
        holders.insert(ancestor)
        ancestor = tree.items[ancestor].parent
      }
      return holders
    }
    return []
  }

  /// Text units of the article region, as indices into `units`, in order.
  private mutating func findContent() -> [Int] {
    if let profile, !profile.content.isEmpty {
      for selector in profile.content {
        var bestElement = -1
        var bestChars = 0
        for index in tree.items.indices where tree.matches(selector, index) {
          let chars = proseByElement[index]
          if chars > bestChars {
            bestChars = chars
            bestElement = index
          }
        }
        if bestElement >= 0 && bestChars >= 150 {
          explanation.contentReason =
            "the element matching \(selector) with the most text (line \(tree.items[bestElement].line))"
          return unitIndices(inside: [bestElement])
        }
      }
    }
    let roots = densestElements()
    if roots.isEmpty {
      explanation.contentReason = "no text block stands out; the whole page body was read"
      return units.indices.filter { units[$0].chrome == nil }
    }
    explanation.contentReason =
      "the block with the most text and fewest links"
      + " (<\(tree.items[roots[0]].tag)> line \(tree.items[roots[0]].line))"
      + (roots.count > 1 ? " and \(roots.count - 1) sibling block(s)" : "")
    return unitIndices(inside: roots)
  }

  /// Letters outside links in non-chrome text under each element.
  private lazy var proseByElement: [Int] = {
    var totals = [Int](repeating: 0, count: tree.items.count)
    for unit in units where unit.kind == .text && unit.chrome == nil {
      var ancestor = unit.element
      while ancestor >= 0 {
        totals[ancestor] += unit.chars - unit.linkChars
        ancestor = tree.items[ancestor].parent
      }
    }
    return totals
  }()

  private func unitIndices(inside roots: [Int]) -> [Int] {
    var isRoot = [Bool](repeating: false, count: tree.items.count)
    for root in roots { isRoot[root] = true }
    return units.indices.filter { index in
      var current = units[index].element
      while current >= 0 {
        if isRoot[current] { return true }
        current = tree.items[current].parent
      }
      return false
    }
  }

  /// Readability-style scoring: each paragraph gives points to its block and, halved, to the
  /// block's ancestors; link-heavy blocks lose them.
  private func densestElements() -> [Int] {
    var score = [Int: Double]()
    var chars = [Int: Int]()
    var links = [Int: Int]()
    for unit in units where unit.kind == .text && unit.chrome == nil {
      var ancestor = unit.element
      var depth = 0
      while ancestor >= 0 {
        chars[ancestor, default: 0] += unit.chars
        links[ancestor, default: 0] += unit.linkChars
        ancestor = tree.items[ancestor].parent
        depth += 1
      }
      guard unit.chars >= 25, unit.linkDensity < 0.5 else { continue }
      var points = 1.0 + Double(min(unit.chars / 100, 3))
      for scalar in unit.text.unicodeScalars where scalar == "," { points += 1 }
      points *= 1 - unit.linkDensity
      ancestor = unit.element
      depth = 0
      while ancestor >= 0 && depth < 3 {
        score[ancestor, default: 0] += depth == 0 ? points : points / Double(depth * 2)
        ancestor = tree.items[ancestor].parent
        depth += 1
      }
    }
    var best = -1
    var bestScore = 0.0
    for (element, value) in score {
      let total = max(chars[element] ?? 1, 1)
      let density = Double(links[element] ?? 0) / Double(total)
      let adjusted = value * (1 - density)
      if adjusted > bestScore || (adjusted == bestScore && element < best) {
        bestScore = adjusted
        best = element
      }
    }
    guard best >= 0 else { return [] }
    // A lone paragraph is never the article: a one-paragraph story still has its subheading
    // and byline beside it in the paragraph's container.
    if Extraction.paragraphTags.contains(tree.items[best].tag) {
      let container = tree.items[best].parent
      if container >= 0, container != tree.body,
        !Chrome.containers.contains(tree.items[container].tag)
          || tree.items[container].tag == "article"
      {
        best = container
        bestScore = score[container] ?? bestScore
      }
    }
    var roots = [best]
    let parent = tree.items[best].parent
    var tables: [Int] = []
    if parent >= 0 {
      for sibling in tree.items[parent].children where sibling != best {
        if !tree.items[sibling].isText, holdsTable(sibling) {
          let total = max(chars[sibling] ?? 0, 1)
          if (chars[sibling] ?? 0) >= 20, Double(links[sibling] ?? 0) / Double(total) < 0.2 {
            tables.append(sibling)
          }
        }
        guard let value = score[sibling], !tree.items[sibling].isText else { continue }
        let total = max(chars[sibling] ?? 1, 1)
        let density = Double(links[sibling] ?? 0) / Double(total)
        let isProse =
          tree.items[sibling].tag == "p" && (chars[sibling] ?? 0) >= 80 && density < 0.25
        if value * (1 - density) >= max(3, bestScore * 0.2) || isProse { roots.append(sibling) }
      }
    }
    // A table of recipients beside the paragraphs scores little (short cells) but is part of
    // the article: a table between two blocks of the article, or right after the last one
    // when that block ends by introducing it ("… gồm các tập thể sau:").
    roots.sort()
    if let first = roots.first, let last = roots.last, !tables.isEmpty {
      let lastIntroduces = lastText(under: last).map { $0.hasSuffix(":") } ?? false
      let siblings = tree.items[parent].children.filter { !tree.items[$0].isText }
      for table in tables where !roots.contains(table) {
        if table > first && table < last {
          roots.append(table)
        } else if table > last, lastIntroduces,
          let position = siblings.firstIndex(of: table), position > 0,
          siblings[position - 1] == last || tables.contains(siblings[position - 1])
        {
          roots.append(table)
        }
      }
    }
    return roots.sorted()
  }

  /// Elements named as a lead (sapo) on pages of any layout.
  static let leadSelectors = [
    "[class*=sapo]", "[class*=chapeau]", "[class*=trichyeu]", "[class*=trich-yeu]",
    "[class*=tomtat]", "[class*=tom-tat]", "[class*=article-summary]", "[class*=article-lead]",
    "[id*=sapo]", "[id*=trichyeu]", "[class*=desc]",
  ].map(Selector.init)

  /// Elements named as a byline on pages of any layout.
  static let bylineSelectors = [
    "[itemprop=author]", "[rel=author]", "[class*=author]", "[class*=byline]",
    "[class*=tacgia]", "[class*=tac-gia]", "[id*=author]", "[id*=tacgia]",
  ].map(Selector.init)

  /// Elements that hold one paragraph of text, never a whole article.
  static let paragraphTags: Set<String> = ["p", "blockquote", "pre", "h2", "h3", "h4", "h5", "h6"]

  /// Whether the element is a table or wraps one (a `div` around a `table`).
  private func holdsTable(_ index: Int) -> Bool {
    var current = index
    for _ in 0..<3 {
      let item = tree.items[current]
      if item.tag == "table" { return true }
      let elements = item.children.filter { !tree.items[$0].isText }
      guard elements.count == 1 else { return false }
      current = elements[0]
    }
    return false
  }

  /// The cleaned text of the last text unit under an element.
  private func lastText(under element: Int) -> String? {
    for unit in units.reversed() where unit.kind == .text && unit.chrome == nil {
      if tree.isInside(unit.element, element) { return unit.cleaned }
    }
    return nil
  }

  /// Broken markup (a stray `</div>`) can close the container early: the rest of the article
  /// then follows it in the recovered tree. Prose right after the region, up to the first
  /// chrome, list of links or "other news" heading, belongs to the article.
  private mutating func extendPastContainer(_ content: [Int]) -> [Int] {
    guard let last = content.last else { return content }
    var following: [Int] = []
    var lastProse = -1
    var index = last + 1
    while index < units.count {
      let unit = units[index]
      if unit.chrome != nil || unit.linkDensity >= 0.3 { break }
      if unit.kind == .text {
        let text = unit.cleaned
        if Phrases.isBoundary(text) || Phrases.isSiteFooter(text) { break }
        // A heading after the text opens another section ("MỚI - NÓNG", a box of links).
        if unit.heading > 0 { break }
        if unit.chars >= 80 && unit.linkDensity < 0.1 { lastProse = following.count }
      }
      following.append(index)
      index += 1
    }
    guard lastProse >= 0 else { return content }
    // Keep up to the last prose unit and a short line right after it (a byline).
    var kept = Array(following[...lastProse])
    if lastProse + 1 < following.count {
      let next = units[following[lastProse + 1]]
      if next.kind == .text && next.chars <= 60 { kept.append(following[lastProse + 1]) }
    }
    explanation.notes.append(
      "the content element ended early (broken markup); \(kept.count) block(s) after it were read as part of the article"
    )
    return content + kept
  }

  // MARK: - Hero image

  /// A picture set right above the headline with its caption (news templates and hydrated
  /// pages put the hero figure before the `h1`): the image unit and its caption units, when
  /// nothing else stands between them and the headline and they share a container with it.
  private func heroImage(before titleUnit: Int) -> [Int] {
    var index = titleUnit - 1
    var captions: [Int] = []
    while index >= 0, titleUnit - index <= 4 {
      let unit = units[index]
      if unit.chrome != nil { return [] }
      if unit.kind == .image {
        guard unit.src != nil, unit.linkChars == 0,
          sharesContainer(unit.element, with: units[titleUnit].element)
        else { return [] }
        return [index] + captions.reversed()
      }
      guard unit.inCaption || unit.figure >= 0 else { return [] }
      captions.append(index)
      index -= 1
    }
    return []
  }

  /// Whether two elements have a common ancestor within three levels of the first that is not
  /// the page body.
  private func sharesContainer(_ element: Int, with other: Int) -> Bool {
    var current = tree.items[element].parent
    var depth = 0
    while current >= 0, depth < 3, current != tree.body {
      if tree.isInside(other, current) { return true }
      current = tree.items[current].parent
      depth += 1
    }
    return false
  }

  private func heroArticleImage(_ hero: [Int]) -> Article.Image? {
    guard let first = hero.first, let src = units[first].src else { return nil }
    let caption = hero.dropFirst().map { units[$0].cleaned }.joined(separator: " ")
    return Article.Image(
      src: clean(src),
      caption: caption.isEmpty
        ? (units[first].cleaned.isEmpty ? nil : units[first].cleaned)
        : Extraction.trimCaption(caption))
  }

  /// A caption without the separators some templates print around it ("… cho nhà trường |").
  static func trimCaption(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let last = scalars.last, last == "|" || last == " " { scalars.removeLast() }
    while let first = scalars.first, first == "|" || first == " " { scalars.removeFirst() }
    return makeString(scalars)
  }

  // MARK: - Title

  private mutating func findTitle(content: [Int]) -> (text: String, unit: Int?) {
    let metaTitle = [
      tree.metadata.meta["og:title"], jsonLDString("headline"), tree.metadata.meta["twitter:title"],
    ].compactMap { $0.map(clean) }.first { !$0.isEmpty }
    let pageTitle = tree.metadata.title.map(clean).flatMap { $0.isEmpty ? nil : $0 }
    let firstContent = content.first ?? units.count
    let references = [metaTitle, pageTitle].compactMap { $0 }.map { MatchingKey($0).exact }

    // Candidates: headings and profile title elements, not chrome, up to the first lines of
    // the content.
    var candidates: [(unit: Int, text: String, reason: String)] = []
    let limit = min(units.count, firstContent + 3)
    // The main text's first line, when it is an element named as a title (the headline's div
    // read with the text as one block): the headline the block starts with.
    let firstContentText = content.first { units[$0].kind == .text && units[$0].chrome == nil }
    for index in 0..<limit where units[index].kind == .text && units[index].chrome == nil {
      let unit = units[index]
      let text = unit.cleaned
      guard text.unicodeScalars.count >= 4, text.unicodeScalars.count <= 400 else { continue }
      guard unit.linkDensity < 0.9 || unit.heading > 0 else { continue }
      if Phrases.isChromeText(text) || Stamps.isStampLine(text) { continue }
      if unit.heading > 0 && unit.heading <= 3 {
        candidates.append((index, text, "<h\(unit.heading)>"))
      } else if index < firstContent || index == firstContentText
        || !Phrases.endsLikeSentence(text), isTitled(unit)
      {
        // Above the main text, the line opening it, or a line of its first ones that is no
        // sentence ("<div class=news-title>KHỐI THI ĐUA … TỔ CHỨC HỘI NGHỊ …</div>" inside the
        // content block).
        candidates.append((index, text, "an element named as a title"))
      } else if index < firstContent, unit.isBold, unit.linkChars == 0,
        text.unicodeScalars.count >= 20, !Phrases.isBoundary(text)
      {
        candidates.append((index, text, "a bold line"))
      } else if let profile,
        let selector = profile.title.first(where: { sel in
          isUnit(unit, inElementMatching: sel)
        })
      {
        candidates.append((index, text, "\(selector)"))
      }
    }
    // 1. A candidate the page's own title tags agree with: the whole title, else the longest
    // part of it ("Headline | Site name": the headline, not the site's name in an <h2>).
    let agreeing = candidates.filter { candidate in
      let key = MatchingKey(candidate.text).exact
      return references.contains(where: { $0 == key || ($0.contains(key) && key.count >= 12) })
    }
    let whole = agreeing.first { candidate in
      references.contains(MatchingKey(candidate.text).exact)
    }
    if let candidate = whole
      ?? agreeing.max(by: {
        MatchingKey($0.text).exact.count < MatchingKey($1.text).exact.count
      })
    {
      explanation.titleReason = "\(candidate.reason) matching the page's <title>/og:title"
      return (candidate.text, candidate.unit)
    }
    // 2. The headline nearest above the main text.
    if let candidate = candidates.last(where: { $0.unit < firstContent }) {
      explanation.titleReason = "\(candidate.reason), the headline right above the main text"
      return (candidate.text, candidate.unit)
    }
    if let first = firstContentText, let candidate = candidates.first(where: { $0.unit == first }) {
      explanation.titleReason = "\(candidate.reason) opening the main text"
      return (candidate.text, candidate.unit)
    }
    if let candidate = candidates.first(where: {
      units[$0.unit].heading > 0 || isTitled(units[$0.unit])
    }) {
      explanation.titleReason = "\(candidate.reason) at the start of the main text"
      return (candidate.text, candidate.unit)
    }
    if let metaTitle {
      explanation.titleReason = "og:title / JSON-LD headline (no headline element found)"
      return (metaTitle, nil)
    }
    if let pageTitle {
      explanation.titleReason = "the page's <title> (no headline element found)"
      return (stripSiteName(pageTitle), nil)
    }
    if let heading = units.first(where: { $0.heading > 0 && $0.chrome == nil }) {
      explanation.titleReason = "the first heading of the page"
      return (heading.cleaned, nil)
    }
    var name = file.map { path -> String in
      let last = path.split(separator: "/").last.map(String.init) ?? path
      if let dot = last.lastIndex(of: "."), dot != last.startIndex {
        return String(last[..<dot])
      }
      return last
    }
    if name?.isEmpty ?? true { name = nil }
    explanation.titleReason =
      "no headline, <title> or og:title: the file name is used as the title"
    return (clean(name ?? "Untitled page"), nil)
  }

  /// Whether the unit's element (or a near ancestor, or an inline element holding all of its
  /// text, as a WebForms `<span id="…lblTitle">`) is named like a headline.
  private func isTitled(_ unit: Unit) -> Bool {
    var current = unit.element
    var depth = 0
    while current >= 0 && depth < 3 {
      if let titled = Extraction.titleIdentity(tree.items[current].identity) { return titled }
      current = tree.items[current].parent
      depth += 1
    }
    for child in tree.items[unit.element].children where !tree.items[child].isText {
      guard let titled = Extraction.titleIdentity(tree.items[child].identity) else { continue }
      if titled, clean(tree.text(of: child)) == unit.cleaned { return true }
    }
    return false
  }

  /// For a class/id naming a headline, whether it is the article's (`nil` when it names no
  /// title at all): subtitles, the site's and widgets' titles are not.
  static func titleIdentity(_ identity: String) -> Bool? {
    guard !identity.isEmpty,
      identity.contains("title") || identity.contains("tieude") || identity.contains("tieu-de")
        || identity.contains("tieu_de") || identity.contains("headline")
    else { return nil }
    return !identity.contains("subtitle") && !identity.contains("site-title")
      && !identity.contains("widget-title") && !identity.contains("main-title")
  }

  private func isUnit(_ unit: Unit, inElementMatching selector: Selector) -> Bool {
    var current = unit.element
    var depth = 0
    while current >= 0 && depth < 4 {
      if tree.matches(selector, current) { return true }
      current = tree.items[current].parent
      depth += 1
    }
    return false
  }

  /// "Headline - Site name" → "Headline" (the longest part).
  private func stripSiteName(_ title: String) -> String {
    for separator in [" | ", " - ", " – ", " — ", " :: "] where title.contains(separator) {
      let parts = title.components(separatedBy: separator).map(clean)
      if let longest = parts.max(by: { $0.count < $1.count }), !longest.isEmpty {
        return longest
      }
    }
    return title
  }

  // MARK: - Stamp

  private mutating func findStamp(content: [Int], titleUnit: Int?, title: String) -> (
    date: Day?, text: String?, updated: Day?, unit: Int?
  ) {
    var window: [Int] = []
    let start = titleUnit.map { $0 + 1 } ?? (content.first ?? 0)
    let firstContent = content.first ?? units.count
    if start < firstContent { window.append(contentsOf: start..<firstContent) }
    if titleUnit == nil {
      // The headline was taken from <title>: the lines right above the text may hold it with
      // its stamp.
      window.append(contentsOf: max(0, firstContent - 2)..<firstContent)
    }
    let readable = content.filter { index in
      units[index].kind == .text && units[index].chrome == nil && units[index].linkDensity < 0.5
    }
    window.append(contentsOf: readable.prefix(4))
    window.append(contentsOf: readable.suffix(3))
    // Video and gallery templates print the stamp under the description, right after the
    // main text: the next text units in the headline's container, before any chrome.
    if let titleUnit, let last = content.last {
      var index = last + 1
      var seen = 0
      while index < units.count, seen < 2, units[index].chrome == nil,
        units[index].linkDensity < 0.5
      {
        if units[index].kind == .text {
          guard sharesContainer(units[index].element, with: units[titleUnit].element) else { break }
          window.append(index)
          seen += 1
        }
        index += 1
      }
    }
    // Legacy table layouts print the date in a cell of the headline's table, often in the
    // row above it: the few text units before the headline in that table.
    if let titleUnit, units[titleUnit].table >= 0 {
      var index = titleUnit - 1
      var seen = 0
      while index >= 0, seen < 3, units[index].table == units[titleUnit].table {
        if units[index].kind == .text {
          window.append(index)
          seen += 1
        }
        index -= 1
      }
    } else if let titleUnit {
      // News templates print the stamp (often with the category) right above the headline:
      // the text units just before it in the headline's container, never the site header's
      // date (chrome, or in no container shared with the headline).
      var index = titleUnit - 1
      var seen = 0
      while index >= 0, seen < 2, units[index].chrome == nil {
        if units[index].kind == .text {
          guard sharesContainer(units[index].element, with: units[titleUnit].element) else { break }
          window.append(index)
          seen += 1
        }
        index -= 1
      }
    }
    // Between the headline and the text, the stamp often shares a tool bar with share and
    // print buttons (`article-tools`, `social-share`): such chrome is read for the stamp, but
    // menus, footers and side columns never are.
    let metaRow = start..<max(start, firstContent)
    func mayHoldStamp(_ index: Int) -> Bool {
      guard units[index].kind == .text else { return false }
      guard let reason = units[index].chrome else { return true }
      return metaRow.contains(index) && !reason.hasPrefix("<") && !reason.hasPrefix("role=")
        && !reason.hasPrefix("menu") && !reason.hasPrefix("nav") && !reason.hasPrefix("footer")
        && !reason.hasPrefix("sidebar") && !reason.hasPrefix("breadcrumb")
    }
    // A decision shown as the page has its date in its heading, not in a stamp.
    if isDecision { window = [] }
    for index in window where mayHoldStamp(index) {
      var text = Stamps.separatingFields(
        units[index].chrome == nil ? units[index].cleaned : clean(units[index].text))
      // "<span id=lblTitle>HEADLINE</span> <span id=lblDate>18/7/2022</span>": the headline
      // and its stamp in one line; the stamp is what follows the headline.
      if !Stamps.isStampLine(text), title.count >= 12, text.hasPrefix(title) {
        text = clean(String(text.dropFirst(title.count)))
      }
      // "<span class=author>NAME (Ban Thời sự)</span>-<span class=time>Thứ năm, ngày …</span>":
      // a meta line of inline fields is read at their boundaries, not as one flattened line.
      var fields: [String] = []
      if !Stamps.isStampLine(text), units[index].chrome == nil, units[index].chars <= 120,
        let split = stampField(of: units[index])
      {
        text = split.stamp
        fields = split.others
      }
      guard Stamps.isStampLine(text), !isDataCell(index), let phrase = Stamps.phrase(in: text)
      else { continue }
      explanation.dateReason = "the stamp \"\(phrase.text)\" printed on the page"
      for part in phrase.rest + fields {
        let candidate = clean(part)
        // A name beside a stamp has two words at least ("Thu Chung 10/08/2023"): one word is
        // a label, a tag or a counter's unit.
        if !Phrases.isChromeText(candidate), !Phrases.isSourceTag(candidate),
          candidate.split(separator: " ").count >= 2,
          let author = Phrases.byline(candidate, emphasised: true)
        {
          stampByline = author
          break
        }
      }
      return (Day(phrase.date), phrase.text, phrase.updated.map(Day.init), index)
    }
    // A stamp in an inline element of the headline's own line ('<span class="title">…</span>
    // <span class="date">18/7/2022</span>'): the element named as a date, read alone.
    // Without a headline element, the lines right above the main text are read so.
    let headlineLines =
      titleUnit.map { [$0] }
      ?? [firstContent - 1, firstContent - 2].filter {
        $0 >= 0 && units[$0].kind == .text && units[$0].chrome == nil
      }
    for line in headlineLines where !isDecision {
      var stack = [units[line].element]
      while let current = stack.popLast() {
        let item = tree.items[current]
        if !item.isText, current != units[line].element,
          item.identity.contains("date") || item.identity.contains("time")
            || item.identity.contains("ngay")
        {
          let text = clean(tree.text(of: current))
          if Stamps.isStampLine(text), let phrase = Stamps.phrase(in: text) {
            explanation.dateReason = "the stamp \"\(phrase.text)\" beside the headline"
            return (Day(phrase.date), phrase.text, phrase.updated.map(Day.init), line)
          }
        }
        stack.append(contentsOf: item.children.reversed())
      }
    }
    // Machine-readable dates.
    let metaKeys = [
      "article:published_time", "datepublished", "og:published_time", "og:article:published_time",
      "article:published", "pubdate", "publishdate", "publish-date", "date", "dc.date",
      "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date", "created",
      "sailthru.date", "parsely-pub-date", "article.published",
    ]
    for key in metaKeys {
      if let value = tree.metadata.meta[key], let date = Stamps.parse(value) {
        explanation.dateReason = "<meta \(key)> \(value)"
        return (Day(date), nil, nil, nil)
      }
    }
    for key in ["datePublished", "dateCreated"] {
      if let value = jsonLDString(key), let date = Stamps.parse(value) {
        explanation.dateReason = "JSON-LD \(key) \(value)"
        return (Day(date), nil, nil, nil)
      }
    }
    // A hydrated page's data (Next.js `__NEXT_DATA__`) names the publication date.
    if let data = tree.metadata.hydrationData {
      for key in Extraction.hydrationDateKeys {
        if let value = jsonString(key, in: data), let date = Stamps.parse(value) {
          explanation.dateReason = "the page data's \(key) \(value)"
          return (Day(date), nil, nil, nil)
        }
      }
    }
    for index in tree.items.indices where tree.items[index].tag == "time" {
      if let value = tree.items[index].attribute("datetime"), let date = Stamps.parse(value) {
        explanation.dateReason = "<time datetime=\"\(value)\">"
        return (Day(date), nil, nil, nil)
      }
    }
    explanation.dateReason = "no publication stamp found"
    return (nil, nil, nil, nil)
  }

  /// The stamp among the inline fields of a short meta line, and the other fields' texts:
  /// the first element inside the line whose own text is a stamp line while the line's is not.
  private func stampField(of unit: Unit) -> (stamp: String, others: [String])? {
    let block = unit.element
    guard block >= 0, !Phrases.endsLikeSentence(unit.cleaned) else { return nil }
    var fields: [(element: Int, text: String)] = []
    for child in tree.items[block].children where !tree.items[child].isText {
      let text = clean(tree.text(of: child))
      if !text.isEmpty { fields.append((child, text)) }
    }
    guard fields.count >= 2,
      let found = fields.firstIndex(where: { Stamps.isStampLine($0.text) })
    else { return nil }
    let others = fields.indices.filter { $0 != found }.map { fields[$0].text }
    return (fields[found].text, others)
  }

  /// Whether the unit is a cell of a data table row (three or more cells with text, as in a
  /// list of documents with their dates), whose dates are values, not the page's stamp.
  private func isDataCell(_ index: Int) -> Bool {
    let row = units[index].row
    guard row >= 0 else { return false }
    var cells = Set<Int>()
    var position = index
    while position >= 0, units[position].row == row {
      if units[position].kind == .text { cells.insert(units[position].cell) }
      position -= 1
    }
    position = index + 1
    while position < units.count, units[position].row == row {
      if units[position].kind == .text { cells.insert(units[position].cell) }
      position += 1
    }
    return cells.count >= 3
  }

  /// Keys of a publication date in hydrated pages' data, most specific first.
  static let hydrationDateKeys = [
    "datePublished", "publishedAt", "published_at", "publishDate", "publish_date",
    "publishedDate", "publishedTime", "createdAt", "created_at",
  ]

  /// A string value for `key` in the page's JSON-LD, found by a light scan.
  private func jsonLDString(_ key: String) -> String? {
    for text in tree.metadata.jsonLD {
      if let value = jsonString(key, in: text) { return value }
    }
    return nil
  }

  /// The first string value of `key` in a JSON text, found by a byte scan (hydrated pages
  /// ship megabytes of JSON): `\"`, `\\`, `\/` and `\uXXXX` escapes are decoded, `\n` and
  /// `\t` become spaces.
  private func jsonString(_ key: String, in text: String) -> String? {
    var copy = text
    return copy.withUTF8 { bytes -> String? in
      let needle = Array("\"\(key)\"".utf8)
      let count = bytes.count
      func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
      }
      var start = 0
      while start + needle.count <= count {
        // The next occurrence of the quoted key.
        guard bytes[start] == needle[0] else {
          start += 1
          continue
        }
        var matched = true
        for offset in 1..<needle.count where bytes[start + offset] != needle[offset] {
          matched = false
          break
        }
        guard matched else {
          start += 1
          continue
        }
        var j = start + needle.count
        start = j
        while j < count, isSpace(bytes[j]) { j += 1 }
        guard j < count, bytes[j] == UInt8(ascii: ":") else { continue }
        j += 1
        while j < count, isSpace(bytes[j]) { j += 1 }
        guard j < count, bytes[j] == UInt8(ascii: "\"") else { continue }
        j += 1
        var value: [UInt8] = []
        while j < count {
          let byte = bytes[j]
          if byte == UInt8(ascii: "\"") { return String(decoding: value, as: UTF8.self) }
          guard byte == UInt8(ascii: "\\"), j + 1 < count else {
            value.append(byte)
            j += 1
            continue
          }
          let escape = bytes[j + 1]
          j += 2
          switch escape {
          case UInt8(ascii: "n"), UInt8(ascii: "t"), UInt8(ascii: "r"): value.append(0x20)
          case UInt8(ascii: "u") where j + 4 <= count:
            let hex = String(
              decoding: UnsafeBufferPointer(rebasing: bytes[j..<(j + 4)]), as: UTF8.self)
            j += 4
            if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
              value.append(contentsOf: Array(String(Character(scalar)).utf8))
            }
          default: value.append(escape)
          }
        }
        return nil
      }
      return nil
    }
  }

  // MARK: - Body

  private mutating func buildBody(
    content: [Int], titleUnit: Int?, used: inout Set<Int>, article: inout Article
  ) {
    // Cut at the first "other news" heading, drop chrome lines and empty lines.
    var sequence: [Int] = []
    for index in content {
      let unit = units[index]
      if used.contains(index) { continue }
      if unit.chrome != nil { continue }
      if unit.kind == .image {
        if unit.src != nil && unit.linkChars == 0 { sequence.append(index) }
        continue
      }
      let text = unit.cleaned
      if text.isEmpty { continue }
      if Phrases.isBoundary(text) {
        explanation.notes.append("the article ends at \"\(text)\"")
        break
      }
      if Phrases.isChromeText(text) { continue }
      if unit.linkDensity >= 0.6 && unit.chars < 200 { continue }
      sequence.append(index)
    }

    // Lead: a profile lead element, or an element named as a sapo on any page, inside or
    // just above the content (after the headline when there is one).
    let leadSelectors =
      (profile?.lead ?? []) + Extraction.leadSelectors.filter { tree.mayMatch($0) }
    if !leadSelectors.isEmpty {
      let firstContent = content.first ?? 0
      let afterTitle = titleUnit.map { $0 + 1 } ?? 0
      for index in units.indices
      where units[index].kind == .text && units[index].chrome == nil
        && index <= (sequence.first ?? firstContent) + 2 && !used.contains(index)
      {
        let fromProfile = profile?.lead.first(where: { isUnit(units[index], inElementMatching: $0) }
        )
        // A caption row or figure text named like a description ("image_desc") is no lead.
        let general =
          index >= afterTitle && units[index].linkDensity < 0.3 && units[index].cell < 0
            && units[index].figure < 0 && !units[index].inCaption
          ? Extraction.leadSelectors.first(where: { isUnit(units[index], inElementMatching: $0) })
          : nil
        guard let selector = fromProfile ?? general else { continue }
        let text = units[index].cleaned
        guard text.count >= 20, !Stamps.isStampLine(text) else { continue }
        article.lead = text
        used.insert(index)
        sequence.removeAll { $0 == index }
        explanation.leadReason = "the element matching \(selector)"
        break
      }
    }
    // A sapo set in a sub-heading right under the headline (aggregators with generated class
    // names): an h2–h4 that reads as a sentence, before any other text of the body.
    if article.lead == nil, let titleUnit, let first = sequence.first, first > titleUnit,
      units[first].kind == .text, (2...4).contains(units[first].heading),
      units[first].chars >= 80, sequence.count > 1,
      let last = units[first].cleaned.unicodeScalars.last, ".…!?".unicodeScalars.contains(last),
      !Stamps.isStampLine(units[first].cleaned)
    {
      article.lead = units[first].cleaned
      used.insert(first)
      sequence.removeFirst()
      explanation.leadReason =
        "a sentence in an <h\(units[first].heading)> right under the headline"
    }
    if article.lead == nil { explanation.leadReason = "no lead block set apart from the body" }

    // Byline: the last short line (or a "Tác giả:" line); source lines after it are dropped.
    explanation.authorReason = "no byline found"
    var tail = sequence.count - 1
    while tail >= 0 && units[sequence[tail]].kind == .image { tail -= 1 }
    while tail > 0, units[sequence[tail]].kind == .text,
      Phrases.isSourceLine(clean(units[sequence[tail]].text))
    {
      explanation.notes.append("source line dropped: \"\(clean(units[sequence[tail]].text))\"")
      sequence.remove(at: tail)
      tail -= 1
    }
    // A section heading ("<h3>MỚI - NÓNG</h3>" of a box after the article) is no byline.
    if tail >= 0, !isDecision, !(1...3).contains(units[sequence[tail]].heading) {
      let unit = units[sequence[tail]]
      let text = unit.cleaned
      if var author = Phrases.byline(text, emphasised: unit.rightAligned || unit.isBold) {
        if author == author.uppercased(), let named = metadataAuthor(),
          MatchingKey(named).exact == MatchingKey(author).exact
        {
          author = named
        }
        article.author = author
        explanation.authorReason = "the last line of the article, \"\(text)\""
        sequence.remove(at: tail)
      }
    }
    if article.author == nil, tail >= 0, units[sequence[tail]].kind == .text,
      let split = bylineAfterBreak(units[sequence[tail]])
    {
      article.author = split.author
      textOverride[sequence[tail]] = split.rest
      explanation.authorReason = "the last line of the last paragraph, \"\(split.line)\""
    }
    // A short item signed in parentheses at the end of its last paragraph: "… còn sống).
    // (Q.LÂM)".
    if article.author == nil, tail >= 0, units[sequence[tail]].kind == .text {
      let text = units[sequence[tail]].cleaned
      if text.hasSuffix(")"), let open = text.lastIndex(of: "("), open != text.startIndex,
        let author = Phrases.parenthesisedInitials(String(text[open...]))
      {
        let rest = clean(String(text[..<open]))
        if let last = rest.unicodeScalars.last, ".!?…".unicodeScalars.contains(last) {
          article.author = author
          textOverride[sequence[tail]] = rest
          explanation.authorReason = "the signature at the end of the last paragraph, \"\(author)\""
        }
      }
    }
    if article.author == nil, let stampByline {
      article.author = stampByline
      explanation.authorReason = "the name printed beside the date stamp"
    }
    // A byline element of the profile, or one named as a byline on any page (`author`,
    // `byline`, `tacgia`), near the article: from just above the headline to just after
    // the main text.
    let authorSelectors =
      (profile?.author ?? []) + Extraction.bylineSelectors.filter { tree.mayMatch($0) }
    let nearStart = max(0, (titleUnit ?? content.first ?? 0) - 3)
    let near = nearStart..<max(nearStart, min(units.count, (content.last ?? 0) + 4))
    if article.author == nil, !authorSelectors.isEmpty {
      // A photo credit inside a figure ("ẢNH: VT" in a `p.author` of the figcaption) is the
      // picture's, not the article's.
      for index in near
      where units[index].kind == .text && units[index].chrome == nil && !units[index].inCaption
        && units[index].figure < 0
      {
        guard authorSelectors.contains(where: { isUnit(units[index], inElementMatching: $0) })
        else { continue }
        let text = units[index].cleaned
        if let author = Phrases.byline(text, emphasised: true) {
          article.author = author
          explanation.authorReason = "the byline element \"\(text)\""
          sequence.removeAll { $0 == index }
          break
        }
      }
    }

    // An author element inline in a post's meta or footer line ("Đăng bởi <span
    // itemprop=author>Nguyễn Thị Hoa</span> vào lúc 09:15 · 2 nhận xét"): the element's own
    // text, when the line shares the headline's container (a post footer, never the page's).
    if article.author == nil, let titleUnit, !authorSelectors.isEmpty {
      search: for index in near
      where units[index].kind == .text && !units[index].inCaption && units[index].figure < 0 {
        let block = units[index].element
        if let reason = units[index].chrome,
          reason.hasPrefix("<") || reason.hasPrefix("role=") || reason.hasPrefix("menu")
            || reason.hasPrefix("nav") || reason.hasPrefix("sidebar")
            || reason.hasPrefix("breadcrumb")
        {
          continue
        }
        // A meta line, not a paragraph of the text.
        guard units[index].chars <= 120, sharesContainer(block, with: units[titleUnit].element)
        else { continue }
        var stack = [block]
        while let current = stack.popLast() {
          if current != block, !tree.items[current].isText,
            authorSelectors.contains(where: { tree.matches($0, current) })
          {
            let text = clean(tree.text(of: current))
            if let author = Phrases.byline(text, emphasised: true) {
              article.author = author
              explanation.authorReason = "the author element \"\(text)\" in the post's meta line"
              sequence.removeAll { $0 == index }
              break search
            }
          }
          stack.append(contentsOf: tree.items[current].children.reversed())
        }
      }
    }

    // Only the page's metadata names the writer (JSON-LD "author", <meta name=author>): a
    // person's name, not the site's.
    if article.author == nil, !isDecision, let named = metadataAuthor(),
      let author = Phrases.byline(named, emphasised: false),
      !Phrases.unitWords.contains(author.split(separator: " ").first.map { $0.lowercased() } ?? "")
    {
      article.author = author
      explanation.authorReason = "the writer named in the page's metadata"
    }

    sequence = joinTableRows(sequence)

    // Images and captions; the rest are paragraphs.
    var position = 0
    var paragraphs: [String] = []
    var images: [Article.Image] = []
    while position < sequence.count {
      let index = sequence[position]
      let unit = units[index]
      position += 1
      if unit.kind == .image {
        var caption: String?
        var parts: [String] = []
        while position < sequence.count {
          let next = units[sequence[position]]
          guard next.kind == .text, isCaption(next, of: unit, continuing: !parts.isEmpty) else {
            break
          }
          let text = next.cleaned
          // Lines of one figcaption belong together ("… hạng Nhì" / "ẢNH: VT", the picture's
          // own figure or the line before's); loose lines after the picture continue a caption
          // only in lower case.
          let sameFigure =
            next.figure >= 0
            && (next.figure == unit.figure || next.figure == units[sequence[position - 1]].figure)
          if !parts.isEmpty, !sameFigure, let first = text.unicodeScalars.first,
            !first.properties.isLowercase
          {
            break
          }
          parts.append(text)
          position += 1
          if parts.count >= 3 { break }
        }
        if !parts.isEmpty { caption = Extraction.trimCaption(parts.joined(separator: " ")) }
        if caption == nil, !unit.text.isEmpty { caption = unit.cleaned }
        // An empty or blank `src` says nothing of where the picture is: none is written.
        let src = unit.src.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        images.append(Article.Image(src: src, caption: caption))
        continue
      }
      paragraphs.append(rowTexts[index] ?? textOverride[index] ?? unit.cleaned)
    }
    article.paragraphs = paragraphs
    article.images = images
  }

  /// A byline on the last line of a paragraph, after a line break (`…hết nhiệm kỳ./<br>Thu
  /// Hà`): the line is a byline on its own (labelled, or a short capitalised name) and the
  /// text before the break ends a sentence.
  private func bylineAfterBreak(_ unit: Unit) -> (author: String, rest: String, line: String)? {
    guard let lastBreak = unit.text.lastIndex(of: "\n") else { return nil }
    let line = clean(String(unit.text[unit.text.index(after: lastBreak)...]))
    let rest = clean(String(unit.text[..<lastBreak]))
    guard !line.isEmpty, !rest.isEmpty, Phrases.endsLikeSentence(rest) || rest.hasSuffix("./.")
    else { return nil }
    guard let author = Phrases.byline(line, emphasised: false) else { return nil }
    return (author, rest, line)
  }

  /// Rows of data tables (two or more cells with text, no nested tables, short cells) read
  /// as one line each, cells joined with " | ".
  private mutating func joinTableRows(_ sequence: [Int]) -> [Int] {
    var result: [Int] = []
    var position = 0
    while position < sequence.count {
      let unit = units[sequence[position]]
      guard unit.kind == .text, unit.row >= 0, unit.cell >= 0 else {
        result.append(sequence[position])
        position += 1
        continue
      }
      var end = position
      while end + 1 < sequence.count, units[sequence[end + 1]].kind == .text,
        units[sequence[end + 1]].row == unit.row
      {
        end += 1
      }
      let members = sequence[position...end].map { units[$0] }
      var cells: [(cell: Int, text: String)] = []
      for member in members {
        let text = member.cleaned
        if let last = cells.last, last.cell == member.cell {
          cells[cells.count - 1].text += " " + text
        } else {
          cells.append((member.cell, text))
        }
      }
      let isDataRow =
        cells.count >= 2 && members.allSatisfy { $0.table == unit.table && $0.chars <= 400 }
      if isDataRow {
        rowTexts[sequence[position]] = cells.map(\.text).joined(separator: " | ")
        result.append(sequence[position])
      } else {
        result.append(contentsOf: sequence[position...end])
      }
      position = end + 1
    }
    return result
  }

  /// The author named by `<meta name=author>` or JSON-LD.
  private func metadataAuthor() -> String? {
    if let name = tree.metadata.meta["author"].map(clean), !name.isEmpty { return name }
    if let name = jsonLDAuthor().map(clean), !name.isEmpty { return name }
    return nil
  }

  /// The writer a JSON-LD block names: `"author": "NAME"`, or the `name` inside the first
  /// `"author"` object or list, unless that is an `Organization` (the publisher's kind, never
  /// a writer). Any other `name` of the block (the publisher's, the page's) is not the writer.
  private func jsonLDAuthor() -> String? {
    for text in tree.metadata.jsonLD {
      if let value = jsonString("author", in: text) { return value }
      guard let value = Self.jsonValue("author", in: text),
        !value.contains("\"Organization\"")
      else { continue }
      if let name = jsonString("name", in: value) { return name }
    }
    return nil
  }

  /// The text of the first object or list value of `key` in a JSON text, brackets included;
  /// brackets inside strings are skipped.
  static func jsonValue(_ key: String, in text: String) -> String? {
    let bytes = Array(text.utf8)
    let needle = Array("\"\(key)\"".utf8)
    var start = 0
    while start + needle.count <= bytes.count {
      guard bytes[start..<(start + needle.count)].elementsEqual(needle) else {
        start += 1
        continue
      }
      var j = start + needle.count
      start = j
      while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 { j += 1 }
      guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { continue }
      j += 1
      while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 { j += 1 }
      guard j < bytes.count, bytes[j] == UInt8(ascii: "{") || bytes[j] == UInt8(ascii: "[")
      else { continue }
      let open = j
      var depth = 0
      var inString = false
      while j < bytes.count {
        let byte = bytes[j]
        if inString {
          if byte == UInt8(ascii: "\\") {
            j += 1
          } else if byte == UInt8(ascii: "\"") {
            inString = false
          }
        } else if byte == UInt8(ascii: "\"") {
          inString = true
        } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
          depth += 1
        } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
          depth -= 1
          if depth == 0 { return String(decoding: bytes[open...j], as: UTF8.self) }
        }
        j += 1
      }
      return nil
    }
    return nil
  }

  /// Whether `unit`, right after `image`, is its caption: in the image's figure caption or
  /// table, or a short centred or italic line.
  private func isCaption(_ unit: Unit, of image: Unit, continuing: Bool) -> Bool {
    guard unit.chars <= 400 else { return false }
    if unit.inCaption { return true }
    if image.figure >= 0 && unit.figure == image.figure { return true }
    if image.table >= 0 && unit.table == image.table && unit.row != image.row
      && unit.chars <= 300
    {
      return true
    }
    if unit.isItalic && (unit.centered || image.centered || unit.chars <= 300) { return true }
    if unit.centered && unit.chars <= 250 && !Phrases.endsLikeSentence(unit.cleaned) {
      return true
    }
    if unit.centered && unit.chars <= 160 { return true }
    return false
  }
}
