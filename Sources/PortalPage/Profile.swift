// Reading profiles: what identifies a family of portal layouts and where its parts are.
// Profiles are data: selectors and phrases, compiled once into a `PageReader`.

/// How to recognise one family of page layout and where its article parts are.
///
/// A profile is chosen when the sum of the weights of its markers found on a page reaches
/// `threshold`; the profile with the highest score wins, and `generic` reads everything else.
/// The selectors name single elements (see `Selector`); the first selector of a list that
/// matches an element with text is used.
public struct Profile: Sendable, Hashable {
  /// Evidence that a page belongs to the profile.
  public struct Marker: Sendable, Hashable {
    /// What is looked for.
    public enum Test: Sendable, Hashable {
      /// An element matching the selector exists.
      case element(Selector)
      /// A JSON-LD object of this `@type` exists (e.g. `NewsArticle`).
      case jsonLDType(String)
      /// The page's `<title>` contains this text (lowercased comparison).
      case titleContains(String)
    }
    /// What is looked for.
    public var test: Test
    /// How much finding it counts.
    public var weight: Int
    /// Creates a marker.
    public init(_ test: Test, weight: Int) {
      self.test = test
      self.weight = weight
    }
    /// An element marker from a selector text.
    public static func element(_ selector: String, weight: Int) -> Marker {
      Marker(.element(Selector(selector)), weight: weight)
    }
  }

  /// The profile recorded in `Source.profile`.
  public var kind: Source.Profile
  /// A short human name, e.g. "SharePoint publishing page".
  public var name: String
  /// Evidence for the profile.
  public var markers: [Marker]
  /// The score from which the profile applies.
  public var threshold: Int
  /// The element holding the article body, most specific first.
  public var content: [Selector]
  /// The element holding the headline.
  public var title: [Selector]
  /// Elements holding the publication stamp.
  public var date: [Selector]
  /// Elements holding the byline.
  public var author: [Selector]
  /// Elements holding the lead (sapo).
  public var lead: [Selector]
  /// Elements that are never article text in this layout (ribbons, portlet title bars…),
  /// in addition to the common chrome vocabulary.
  public var chrome: [Selector]

  /// Creates a profile.
  public init(
    kind: Source.Profile, name: String, markers: [Marker], threshold: Int,
    content: [String], title: [String] = [], date: [String] = [], author: [String] = [],
    lead: [String] = [], chrome: [String] = []
  ) {
    self.kind = kind
    self.name = name
    self.markers = markers
    self.threshold = threshold
    self.content = content.map(Selector.init)
    self.title = title.map(Selector.init)
    self.date = date.map(Selector.init)
    self.author = author.map(Selector.init)
    self.lead = lead.map(Selector.init)
    self.chrome = chrome.map(Selector.init)
  }

  /// The built-in profiles, in order of precedence on equal scores. `generic` is implied.
  public static let builtIn: [Profile] = [sharePoint, liferay, print, news, legacyTable]

  /// SharePoint 2010/2013 publishing sites: ribbon markup, `ms-rte` field controls.
  public static let sharePoint = Profile(
    kind: .sharepoint, name: "SharePoint publishing page",
    markers: [
      .element("#s4-ribbonrow", weight: 3), .element("[class*=ms-rte]", weight: 2),
      .element("meta[name=generator][content*=sharepoint]", weight: 4),
      .element("#s4-workspace", weight: 2), .element("[id*=ctl00_placeholdermain]", weight: 2),
      .element("[class*=ms-webpart]", weight: 1), .element("[id^=msonavtool]", weight: 1),
      .element("[class*=s4-]", weight: 1), .element("[class*=ms-rtestate-field]", weight: 2),
    ],
    threshold: 3,
    content: [
      "[class*=ms-rtestate-field]", "[id*=richhtmlfield]", "[class*=ms-rte-layoutzone]",
      "[class*=ms-rtestate-read]", "#ctl00_placeholdermain_pagecontent",
      "[id*=placeholdermain]",
    ],
    title: [
      "[id*=placeholderpagetitle]", "[class*=ms-pagetitle]", "[class*=page-title]",
      "[class*=title]", "h1", "h2",
    ],
    date: ["[class*=date]", "[class*=time]", "[id*=date]"],
    author: ["[class*=author]", "[id*=author]"],
    lead: ["[class*=sapo]", "[class*=summary]", "[id*=summary]", "[class*=description]"],
    chrome: [
      "#s4-ribbonrow", "[class*=ms-skip]", "[class*=ms-siteaction]", "[class*=s4-trimmed]",
      "[class*=ms-signin]", "[id*=idwelcome]", "[class*=ms-welcome]", "[class*=ms-quicklaunch]",
      "[class*=ms-breadcrumb]", "[class*=s4-titlerow]", "[id*=topnavigation]",
      "[class*=ms-topnav]", "[class*=ms-srch]", "[class*=ms-menutoolbar]",
      "[class*=ms-wpheader]", "[class*=ms-webpart-titletext]", "[class*=ms-searchbox]",
    ])

  /// Liferay portals: portlet boundaries, `journal-content-article`, asset publisher.
  public static let liferay = Profile(
    kind: .liferay, name: "Liferay portal",
    markers: [
      .element("[class*=portlet-boundary]", weight: 2),
      .element("[class*=journal-content-article]", weight: 3),
      .element("[class*=asset-publisher]", weight: 2), .element("[id^=p_p_id]", weight: 2),
      .element("meta[name=generator][content*=liferay]", weight: 4),
      .element("[class*=portlet-body]", weight: 1), .element("[class*=portlet-column]", weight: 1),
    ],
    threshold: 3,
    content: [
      "[class*=journal-content-article]", "[class*=asset-full-content]",
      "[class*=asset-content]", "[class*=portlet-journal-content]", "[class*=portlet-body]",
    ],
    title: [
      "[class*=header-title]", "[class*=asset-title]", "[class*=title]", "h1", "h2", "h3",
    ],
    date: ["[class*=date]", "[class*=time]", "[class*=metadata]"],
    author: ["[class*=author]", "[class*=user-name]"],
    lead: ["[class*=sapo]", "[class*=summary]", "[class*=abstract]", "[class*=description]"],
    chrome: [
      "[class*=portlet-topper]", "[class*=portlet-title]", "[class*=portlet-dockbar]",
      "[class*=dockbar]", "[class*=taglib-social]", "[class*=taglib-ratings]",
      "[class*=asset-links]", "[class*=portlet-navigation]", "[class*=portlet-breadcrumb]",
      "[class*=portlet-search]", "[class*=taglib-page-iterator]",
    ])

  /// News sites: Open Graph and `article:published_time`, JSON-LD `NewsArticle`, `h1`,
  /// lead (sapo) block, `figure`/`figcaption`.
  public static let news = Profile(
    kind: .news, name: "news article with Open Graph / JSON-LD",
    markers: [
      .element("meta[property=og:type][content=article]", weight: 2),
      .element("meta[property=article:published_time]", weight: 2),
      Marker(.jsonLDType("newsarticle"), weight: 3), Marker(.jsonLDType("article"), weight: 2),
      .element("[itemtype*=newsarticle]", weight: 2), .element("article", weight: 1),
      .element("meta[property=og:title]", weight: 1),
    ],
    threshold: 3,
    content: [
      "[itemprop=articlebody]", "[class*=article-body]", "[class*=article__body]",
      "[class*=detail-content]", "[class*=content-detail]", "[class*=detail-body]",
      "[class*=article-content]", "[class*=news-content]", "[class*=entry-content]",
      "[class*=post-content]", "[class*=the-article-body]", "[class*=fck_detail]",
      "[class*=cms-body]", "[class*=singular-content]", "[class*=body-content]", "article",
    ],
    title: [
      "h1[itemprop=headline]", "[itemprop=headline]", "h1[class*=title]", "h1",
      "[class*=article-title]", "[class*=detail-title]",
    ],
    date: [
      "time", "[itemprop=datepublished]", "[class*=date]", "[class*=time]",
      "[class*=publish]", "[class*=meta]",
    ],
    author: ["[itemprop=author]", "[class*=author]", "[class*=byline]", "[rel=author]"],
    lead: [
      "[class*=sapo]", "[class*=article-lead]", "[class*=lead]", "[class*=chapeau]",
      "[class*=summary]", "[class*=description]", "[class*=excerpt]", "[class*=intro]",
    ])

  /// Print views ("Bản in", "In bài"): a stripped page meant for the printer.
  public static let print = Profile(
    kind: .print, name: "print view",
    markers: [
      .element("body[onload*=print]", weight: 4), .element("[class*=print-view]", weight: 3),
      .element("[class*=printview]", weight: 3), .element("[id*=printview]", weight: 3),
      .element("[class*=print-page]", weight: 3), .element("[id*=print-page]", weight: 3),
      .element("[class*=print-content]", weight: 3), .element("[id*=printcontent]", weight: 3),
      .element("[class^=print_]", weight: 3), .element("[id^=print_]", weight: 3),
      .element("[class*=printbody]", weight: 3), .element("[class*=print-body]", weight: 3),
      Marker(.titleContains("in bài"), weight: 3),
      .element("link[rel=canonical][href*=print]", weight: 2),
      Marker(.titleContains("bản in"), weight: 3), Marker(.titleContains("print"), weight: 2),
    ],
    threshold: 3,
    content: [
      "[class*=print-content]", "[id*=printcontent]", "[class*=print-body]",
      "[class*=print_body]", "[class*=printbody]", "[class*=content]", "[id*=content]",
    ],
    title: ["h1", "[class*=title]", "[class*=tieude]", "h2", "h3"],
    date: ["[class*=date]", "[class*=time]"],
    author: ["[class*=author]"],
    lead: ["[class*=sapo]", "[class*=lead]", "[class*=summary]"],
    chrome: ["[class*=print-button]", "[class*=print-toolbar]", "[class*=noprint]"])

  /// Old table layouts: nested tables, `<font>` and cell attributes instead of CSS.
  public static let legacyTable = Profile(
    kind: .legacyTable, name: "legacy table layout",
    markers: [
      .element("td[valign]", weight: 1), .element("table[bgcolor]", weight: 1),
      .element("td[bgcolor]", weight: 1), .element("font[face]", weight: 2),
      .element("table[width]", weight: 1), .element("td[background]", weight: 1),
      .element("meta[name=generator][content*=frontpage]", weight: 3),
      .element("meta[name=generator][content*=microsoft word]", weight: 3),
    ],
    threshold: 4,
    content: [],
    title: [
      "[class*=title]", "[class*=tieude]", "[class*=tieu-de]", "[class*=tieu_de]",
      "[class*=headline]", "h1", "h2", "h3",
    ],
    date: ["[class*=date]"],
    author: ["[class*=author]"])
}
