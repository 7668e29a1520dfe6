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
      under: tree.body, chromeSelectors: profile?.chrome ?? [])
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
    let stamp = findStamp(content: content, titleUnit: titleChoice.unit)
    if let unit = stamp.unit { used.insert(unit) }
    var article = Article(title: titleChoice.text)
    article.published = stamp.date
    article.publishedText = stamp.text
    article.updated = stamp.updated
    buildBody(content: content, used: &used, article: &article)
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
    explanation.profileScores = profiles.indices.map { index in
      (profiles[index].kind, scores[index], profiles[index].threshold, evidence[index])
    }
    if let best {
      profile = profiles[best]
      profileKind = profiles[best].kind
      explanation.profileReason =
        "\(profiles[best].name): score \(scores[best]) ≥ \(profiles[best].threshold) from "
        + evidence[best].joined(separator: ", ")
    } else {
      explanation.profileReason =
        "no profile reached its threshold; the main text was found by text and link density"
    }
  }

  // MARK: - Main text

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
    var roots = [best]
    let parent = tree.items[best].parent
    if parent >= 0 {
      for sibling in tree.items[parent].children where sibling != best {
        guard let value = score[sibling], !tree.items[sibling].isText else { continue }
        let total = max(chars[sibling] ?? 1, 1)
        let density = Double(links[sibling] ?? 0) / Double(total)
        let isProse =
          tree.items[sibling].tag == "p" && (chars[sibling] ?? 0) >= 80 && density < 0.25
        if value * (1 - density) >= max(3, bestScore * 0.2) || isProse { roots.append(sibling) }
      }
    }
    return roots.sorted()
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
    for index in 0..<limit where units[index].kind == .text && units[index].chrome == nil {
      let unit = units[index]
      let text = unit.cleaned
      guard text.unicodeScalars.count >= 4, text.unicodeScalars.count <= 400 else { continue }
      guard unit.linkDensity < 0.9 || unit.heading > 0 else { continue }
      if Phrases.isChromeText(text) || Stamps.isStampLine(text) { continue }
      if unit.heading > 0 && unit.heading <= 3 {
        candidates.append((index, text, "<h\(unit.heading)>"))
      } else if index < firstContent, isTitled(unit) {
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
    // 1. A candidate the page's own title tags agree with.
    for candidate in candidates {
      let key = MatchingKey(candidate.text).exact
      if references.contains(where: { $0 == key || ($0.contains(key) && key.count >= 12) }) {
        explanation.titleReason =
          "\(candidate.reason) matching the page's <title>/og:title"
        return (candidate.text, candidate.unit)
      }
    }
    // 2. The headline nearest above the main text.
    if let candidate = candidates.last(where: { $0.unit < firstContent }) {
      explanation.titleReason = "\(candidate.reason), the headline right above the main text"
      return (candidate.text, candidate.unit)
    }
    if let candidate = candidates.first(where: { units[$0.unit].heading > 0 }) {
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

  /// Whether the unit's element (or a near ancestor) is named like a headline.
  private func isTitled(_ unit: Unit) -> Bool {
    var current = unit.element
    var depth = 0
    while current >= 0 && depth < 3 {
      let identity = tree.items[current].identity
      if !identity.isEmpty,
        identity.contains("title") || identity.contains("tieude") || identity.contains("tieu-de")
          || identity.contains("tieu_de") || identity.contains("headline")
      {
        return !identity.contains("subtitle") && !identity.contains("site-title")
          && !identity.contains("widget-title") && !identity.contains("main-title")
      }
      current = tree.items[current].parent
      depth += 1
    }
    return false
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

  private mutating func findStamp(content: [Int], titleUnit: Int?) -> (
    date: String?, text: String?, updated: String?, unit: Int?
  ) {
    var window: [Int] = []
    let start = titleUnit.map { $0 + 1 } ?? (content.first ?? 0)
    let firstContent = content.first ?? units.count
    if start < firstContent { window.append(contentsOf: start..<firstContent) }
    let readable = content.filter { index in
      units[index].kind == .text && units[index].chrome == nil && units[index].linkDensity < 0.5
    }
    window.append(contentsOf: readable.prefix(4))
    window.append(contentsOf: readable.suffix(3))
    if isDecision { window = [] }
    for index in window where units[index].kind == .text && units[index].chrome == nil {
      let text = units[index].cleaned
      guard Stamps.isStampLine(text), let phrase = Stamps.phrase(in: text) else { continue }
      explanation.dateReason = "the stamp \"\(phrase.text)\" printed on the page"
      for part in phrase.rest {
        let candidate = clean(part)
        if !Phrases.isChromeText(candidate),
          let author = Phrases.byline(candidate, emphasised: true)
        {
          stampByline = author
          break
        }
      }
      return (phrase.date.iso, phrase.text, phrase.updated?.iso, index)
    }
    // Machine-readable dates.
    let metaKeys = [
      "article:published_time", "datepublished", "og:published_time", "pubdate",
      "publishdate", "date", "dc.date", "dc.date.issued", "created",
    ]
    for key in metaKeys {
      if let value = tree.metadata.meta[key], let date = Stamps.parse(value) {
        explanation.dateReason = "<meta \(key)> \(value)"
        return (date.iso, nil, nil, nil)
      }
    }
    if let value = jsonLDString("datePublished"), let date = Stamps.parse(value) {
      explanation.dateReason = "JSON-LD datePublished \(value)"
      return (date.iso, nil, nil, nil)
    }
    for index in tree.items.indices where tree.items[index].tag == "time" {
      if let value = tree.items[index].attribute("datetime"), let date = Stamps.parse(value) {
        explanation.dateReason = "<time datetime=\"\(value)\">"
        return (date.iso, nil, nil, nil)
      }
    }
    explanation.dateReason = "no publication stamp found"
    return (nil, nil, nil, nil)
  }

  /// A string value for `key` in the page's JSON-LD, found by a light scan.
  private func jsonLDString(_ key: String) -> String? {
    for text in tree.metadata.jsonLD {
      guard let keyRange = text.range(of: "\"\(key)\"") else { continue }
      var rest = text[keyRange.upperBound...].drop { $0 == " " || $0 == "\n" || $0 == "\t" }
      guard rest.first == ":" else { continue }
      rest = rest.dropFirst().drop { $0 == " " || $0 == "\n" || $0 == "\t" }
      guard rest.first == "\"" else { continue }
      rest = rest.dropFirst()
      var value = ""
      var escaped = false
      for character in rest {
        if escaped {
          value.append(character == "n" ? " " : character)
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          return value
        } else {
          value.append(character)
        }
      }
    }
    return nil
  }

  // MARK: - Body

  private mutating func buildBody(content: [Int], used: inout Set<Int>, article: inout Article) {
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

    // Lead: a profile lead element inside or just above the content.
    if let profile, !profile.lead.isEmpty {
      let firstContent = content.first ?? 0
      for index in units.indices
      where units[index].kind == .text && units[index].chrome == nil
        && index <= (sequence.first ?? firstContent) + 2 && !used.contains(index)
      {
        guard
          let selector = profile.lead.first(where: { isUnit(units[index], inElementMatching: $0) })
        else { continue }
        let text = units[index].cleaned
        guard text.count >= 20, !Stamps.isStampLine(text) else { continue }
        article.lead = text
        used.insert(index)
        sequence.removeAll { $0 == index }
        explanation.leadReason = "the element matching \(selector)"
        break
      }
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
    if tail >= 0, !isDecision {
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
    if article.author == nil, let stampByline {
      article.author = stampByline
      explanation.authorReason = "the name printed beside the date stamp"
    }
    if article.author == nil, let profile {
      for index in units.indices where units[index].kind == .text && units[index].chrome == nil {
        guard profile.author.contains(where: { isUnit(units[index], inElementMatching: $0) })
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
          if !parts.isEmpty, let first = text.unicodeScalars.first,
            !first.properties.isLowercase
          {
            break
          }
          parts.append(text)
          position += 1
          if parts.count >= 3 { break }
        }
        if !parts.isEmpty { caption = parts.joined(separator: " ") }
        if caption == nil, !unit.text.isEmpty { caption = unit.cleaned }
        // An empty or blank `src` says nothing of where the picture is: none is written.
        let src = unit.src.map(clean).flatMap { $0.isEmpty ? nil : $0 }
        images.append(Article.Image(src: src, caption: caption))
        continue
      }
      paragraphs.append(rowTexts[index] ?? unit.cleaned)
    }
    article.paragraphs = paragraphs
    article.images = images
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
    if let name = jsonLDString("name").map(clean), !name.isEmpty { return name }
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
