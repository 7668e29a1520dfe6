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
      /// A `<script>` with this `id` exists (e.g. `__next_data__`, lowercased).
      case scriptID(String)
      /// A comment of the page contains this text (lowercased comparison), e.g. a CMS's or a
      /// mirroring tool's signature.
      case commentContains(String)
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
  ///
  /// The layouts of the common CMS families follow the five historic ones. The schema's
  /// `profile` names the way a page was read, not its CMS, so each family records one of the
  /// schema's values (`news` when the page also carries news metadata, see `Extraction`), and
  /// its own name goes into the explanation.
  public static let builtIn: [Profile] = [
    sharePoint, liferay, print, news, legacyTable, wordPress, joomla, drupal, dotNetNuke,
    nukeViet, blogger, hydrated, amp, eGovernment,
  ]

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

  // MARK: - CMS families

  /// WordPress: `entry-content`, `wp-caption`, `wp-block-*`, the generator meta.
  public static let wordPress = Profile(
    kind: .generic, name: "WordPress post",
    markers: [
      .element("meta[name=generator][content*=wordpress]", weight: 4),
      .element("[class*=wp-block]", weight: 2), .element("[class*=wp-caption]", weight: 2),
      .element("[class*=wp-image]", weight: 2), .element("[class*=entry-content]", weight: 2),
      .element("[class*=hentry]", weight: 1), .element("[class*=type-post]", weight: 1),
    ],
    threshold: 4,
    content: [
      "[class*=entry-content]", "[class*=post-content]", "[class*=td-post-content]",
      "[class*=single-content]", "[class*=the-content]", "article",
    ],
    title: ["h1[class*=entry-title]", "[class*=entry-title]", "[class*=post-title]", "h1"],
    date: [
      "time", "[class*=entry-date]", "[class*=posted-on]", "[class*=post-date]", "[class*=date]",
    ],
    author: ["[class*=author]", "[class*=byline]", "[rel=author]"],
    lead: ["[class*=sapo]", "[class*=excerpt]", "[class*=lead]"],
    chrome: [
      "[class*=sharedaddy]", "[class*=jp-relatedposts]", "[class*=post-navigation]",
      "[class*=entry-footer]", "[class*=nav-links]",
    ])

  /// Joomla: `item-page`, `article-info` with `published` / `createdby`, the generator meta.
  public static let joomla = Profile(
    kind: .generic, name: "Joomla article",
    markers: [
      .element("meta[name=generator][content*=joomla]", weight: 4),
      .element("[class*=item-page]", weight: 3), .element("[class*=article-info]", weight: 2),
      .element("[class*=createdby]", weight: 2), .element("[class*=com-content]", weight: 2),
      .element("[itemprop=articlebody]", weight: 1), .element("[class*=items-leading]", weight: 1),
      .element("[class*=contentheading]", weight: 2),
      .element("[class*=contentpaneopen]", weight: 2),
    ],
    threshold: 4,
    content: [
      "[itemprop=articlebody]", "[class*=com-content-article__body]", "[class*=item-page]",
      "[class*=contentpaneopen]",
    ],
    title: [
      "[itemprop=headline]", "[class*=page-header]", "[class*=contentheading]", "h1", "h2",
    ],
    date: ["[class*=published]", "[class*=create]", "[class*=modified]", "time"],
    author: ["[class*=createdby]", "[itemprop=author]", "[class*=small]"],
    lead: ["[class*=introtext]"],
    chrome: ["[class*=pagenav]", "[class*=btn-group]", "[class*=icons]", "[class*=hits]"])

  /// Drupal: `field--name-body` (8+) or `field-name-body` (7), `node__content`.
  public static let drupal = Profile(
    kind: .generic, name: "Drupal node",
    markers: [
      .element("meta[name=generator][content*=drupal]", weight: 4),
      .element("[class*=field--name-body]", weight: 3),
      .element("[class*=field-name-body]", weight: 3),
      .element("[class*=node__content]", weight: 2), .element("[class*=node--type-]", weight: 2),
      .element("[data-drupal-selector]", weight: 2), .element("[class*=region-content]", weight: 1),
    ],
    threshold: 4,
    content: [
      "[class*=field--name-body]", "[class*=field-name-body]", "[class*=node__content]",
      "[class*=node-content]",
    ],
    title: ["h1[class*=page-title]", "[class*=page-title]", "[class*=node__title]", "h1"],
    date: [
      "[class*=field--name-created]", "[class*=submitted]", "time", "[class*=date]",
    ],
    author: ["[class*=field--name-uid]", "[class*=username]", "[class*=author]"],
    lead: [
      "[class*=field--name-field-summary]", "[class*=field-name-field-summary]",
      "[class*=field--name-field-sapo]", "[class*=sapo]",
    ],
    chrome: ["[class*=node__links]", "[class*=field--name-field-tags]", "[class*=links inline]"])

  /// DotNetNuke (DNN): `dnn_` ids, `DnnModule` containers, news modules with `lbl…` labels.
  public static let dotNetNuke = Profile(
    kind: .generic, name: "DotNetNuke module page",
    markers: [
      .element("meta[name=generator][content*=dotnetnuke]", weight: 4),
      .element("meta[name=generator][content*=dnn]", weight: 4),
      .element("[id^=dnn_]", weight: 3), .element("[class*=dnnmodule]", weight: 2),
      .element("[id*=dnn_ctr]", weight: 2), .element("[class*=dnnsortable]", weight: 1),
      .element("[class*=dnnpane]", weight: 1),
    ],
    threshold: 4,
    content: [
      "[id*=lblcontent]", "[id*=lblnoidung]", "[class*=news-detail]", "[class*=newsdetail]",
      "[class*=article-detail]", "[class*=chitiet]", "[id*=contentpane]",
    ],
    title: [
      "[id*=lbltitle]", "[id*=lbltieude]", "[class*=news-title]", "[class*=title]", "h1", "h2",
    ],
    date: ["[id*=lbldate]", "[id*=lblngay]", "[class*=date]", "[class*=time]"],
    author: ["[id*=lblauthor]", "[id*=lbltacgia]", "[class*=author]"],
    lead: [
      "[id*=lblsummary]", "[id*=lblsapo]", "[id*=lbltrichyeu]", "[class*=summary]",
      "[class*=sapo]",
    ],
    chrome: [
      "[class*=dnnactionmenu]", "[id*=dnnlogin]", "[id*=dnnuser]", "[id*=dnnsearch]",
      "[id*=dnnbreadcrumb]", "[class*=containertitle]", "[class*=eipbackimg]",
    ])

  /// NukeViet (the Vietnamese open-source portal): `news-bodyhtml`, `bodytext`, `hometext`.
  public static let nukeViet = Profile(
    kind: .generic, name: "NukeViet news module",
    markers: [
      .element("meta[name=generator][content*=nukeviet]", weight: 4),
      .element("#news-bodyhtml", weight: 3), .element("[class*=bodytext]", weight: 2),
      .element("[class*=news_column]", weight: 2), .element("[class*=hometext]", weight: 1),
    ],
    threshold: 4,
    content: ["#news-bodyhtml", "[id*=bodyhtml]", "[class*=bodytext]", "[class*=news_column]"],
    title: ["h1", "[class*=title]"],
    date: ["span.h5", "[class*=time]", "[class*=date]"],
    author: ["[class*=text-right]", "[class*=author]"],
    lead: ["[class*=hometext]", "[id*=hometext]"],
    chrome: ["[class*=keywords]", "[class*=socialicon]", "[class*=news-related]"])

  /// Blogger (Blogspot) posts, as schools and unions keep them: `post-body`, `post-title`, the
  /// date header above the post, the author in the post's footer.
  public static let blogger = Profile(
    kind: .generic, name: "Blogger post",
    markers: [
      .element("meta[name=generator][content*=blogger]", weight: 4),
      .element("[class*=post-body]", weight: 2), .element("[class*=date-header]", weight: 1),
      .element("[class*=post-outer]", weight: 1),
    ],
    threshold: 4,
    content: ["[class*=post-body]"],
    title: ["[class*=post-title]", "h3"],
    date: ["[class*=date-header]", "abbr[class*=published]", "[class*=timestamp]"],
    author: ["[class*=post-author]", "[itemprop=author]"],
    chrome: [
      "[class*=post-share-buttons]", "[class*=blog-pager]", "[class*=post-labels]",
      "[class*=comments]",
    ])

  /// Server-rendered JavaScript applications (Next.js `__NEXT_DATA__`, Nuxt): hydrated
  /// markup with generated class names, the article's data in a JSON script.
  public static let hydrated = Profile(
    kind: .news, name: "hydrated application page (Next.js / Nuxt)",
    markers: [
      Marker(.scriptID("__next_data__"), weight: 3), .element("#__next", weight: 3),
      Marker(.scriptID("__nuxt_data__"), weight: 3), .element("#__nuxt", weight: 3),
      .element("[data-reactroot]", weight: 2),
      .element("[data-nextjs-scroll-focus-boundary]", weight: 2),
    ],
    threshold: 3,
    content: [
      "[itemprop=articlebody]", "[class*=articlebody]", "[class*=article-body]",
      "[class*=article_body]", "[class*=articlecontent]", "[class*=article_content]",
      "[class*=article-content]", "[class*=detail_content]", "[class*=detail-content]",
      "[class*=content-detail]", "[class*=post-content]", "article",
    ],
    title: ["h1"],
    date: ["time", "[class*=date]", "[class*=time]", "[class*=publish]"],
    author: ["[class*=author]", "[class*=byline]"],
    lead: ["[class*=sapo]", "[class*=lead]", "[class*=summary]", "[class*=description]"])

  /// AMP pages: `<html amp>` / `<html ⚡>`, `amp-img` for pictures.
  public static let amp = Profile(
    kind: .news, name: "AMP page",
    markers: [
      .element("html[amp]", weight: 4), .element("html[⚡]", weight: 4),
      .element("amp-img", weight: 3), .element("amp-carousel", weight: 1),
      .element("amp-social-share", weight: 1),
    ],
    threshold: 4,
    content: [
      "[class*=article-body]", "[class*=detail-content]", "[class*=content-detail]",
      "[class*=article-content]", "[class*=amp-content]", "[class*=main-content]", "article",
    ],
    title: ["h1"],
    date: ["time", "[class*=date]", "[class*=time]"],
    author: ["[class*=author]", "[class*=byline]"],
    lead: ["[class*=sapo]", "[class*=lead]", "[class*=summary]", "[class*=description]"],
    chrome: ["amp-social-share", "amp-sidebar", "amp-ad"])

  /// Provincial e-government portals built by VNPT or Viettel: the builder named in the
  /// generator or author meta, in class names or ids; news details in `news-detail`,
  /// `noidung`, `chitiet` blocks with a `trichyeu` summary.
  public static let eGovernment = Profile(
    kind: .generic, name: "e-government portal (VNPT / Viettel)",
    markers: [
      .element("meta[name=generator][content*=vnpt]", weight: 4),
      .element("meta[name=generator][content*=viettel]", weight: 4),
      .element("meta[name=author][content*=vnpt]", weight: 3),
      .element("meta[name=author][content*=viettel]", weight: 3),
      .element("[class*=vnpt]", weight: 3), .element("[id*=vnpt]", weight: 3),
      .element("[class*=viettel]", weight: 3), .element("[id*=viettel]", weight: 3),
      .element("[class*=egov]", weight: 1), .element("[class*=trichyeu]", weight: 1),
    ],
    threshold: 3,
    content: [
      "[class*=news-detail]", "[class*=newsdetail]", "[class*=detail-news]",
      "[class*=news-content]", "[class*=content-news]", "[class*=noidung]", "[class*=chitiet]",
      "[class*=article-content]", "[class*=content-detail]",
    ],
    title: [
      "[class*=news-title]", "[class*=title-news]", "[class*=tieude]", "[class*=title]", "h1",
      "h2",
    ],
    date: ["[class*=date]", "[class*=time]", "[class*=ngay]"],
    author: ["[class*=author]", "[class*=tacgia]"],
    lead: [
      "[class*=trichyeu]", "[class*=sapo]", "[class*=summary]", "[class*=mota]",
      "[class*=description]",
    ])

  /// Signatures of mirroring tools in a page's comments: the page was saved from elsewhere,
  /// and its layout is the original site's.
  static let mirrorSignatures: [(text: String, tool: String)] = [
    ("httrack", "HTTrack Website Copier"), ("saved from url=", "a browser's \"Save page\""),
    ("mirrored from", "a mirroring tool"),
  ]
}
