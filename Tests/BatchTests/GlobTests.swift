import Batch
import Testing

@Suite struct GlobTests {
  @Test func starMatchesWithinOneName() throws {
    let glob = try Glob("*.html")
    #expect(glob.matches(relativePath: "page.html"))
    #expect(glob.matches(relativePath: "a/b/page.html"))
    #expect(!glob.matches(relativePath: "page.htm"))
    #expect(!glob.matches(relativePath: "page.html.bak"))
  }

  @Test func patternsWithSlashMatchTheWholePath() throws {
    let glob = try Glob("news/*.aspx")
    #expect(glob.matches(relativePath: "news/a.aspx"))
    #expect(!glob.matches(relativePath: "news/2022/a.aspx"))
    #expect(!glob.matches(relativePath: "old/news/a.aspx"))
  }

  @Test func doubleStarCrossesFolders() throws {
    let glob = try Glob("**/tin-tuc/*.html")
    #expect(glob.matches(relativePath: "tin-tuc/a.html"))
    #expect(glob.matches(relativePath: "x/y/tin-tuc/a.html"))
    #expect(!glob.matches(relativePath: "x/tin-tuc/b/a.html"))
    let any = try Glob("archive/**")
    #expect(any.matches(relativePath: "archive/2020/01/x.php"))
    #expect(!any.matches(relativePath: "other/x.php"))
  }

  @Test func questionMarkAndSets() throws {
    #expect(try Glob("page-?.htm").matches(relativePath: "page-1.htm"))
    #expect(!(try Glob("page-?.htm").matches(relativePath: "page-12.htm")))
    #expect(try Glob("[a-c]*.html").matches(relativePath: "b.html"))
    #expect(!(try Glob("[!a-c]*.html").matches(relativePath: "b.html")))
    #expect(try Glob("[!a-c]*.html").matches(relativePath: "đà-nẵng.html"))
    #expect(try Glob("Đ*").matches(relativePath: "x/Đà Nẵng.html"))
  }

  @Test func unclosedSetIsAnError() {
    #expect(throws: GlobError.self) { try Glob("[abc.html") }
    #expect(throws: GlobError.self) { try Glob("") }
  }
}
