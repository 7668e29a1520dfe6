// The counting rules: years, provinces and issuer levels of records.

import PortalPage
import Records
import TestSupport
import Testing

@testable import Reports

@Suite struct DerivedTests {
  private func exchange(conferences: [Conference] = [], awards: [Award], published: Day?)
    -> Exchange
  {
    Exchange(
      source: Source(
        url: nil, sha256: String(repeating: "a", count: 64), encoding: "UTF-8",
        encodingSource: .meta, profile: .news),
      article: Article(title: "T", published: published, paragraphs: []),
      conferences: conferences, awards: awards)
  }

  @Test func aLevelTheVocabularyLeavesOpenIsTakenFromTheIssuer() {
    func level(_ issuer: String?) -> String {
      Award(
        id: "a-1", decision: issuer.map { Decision(number: "1/QĐ-UBND", issuer: $0) },
        form: AwardForm(code: "giay_khen", name: "Giấy khen"), recipients: Recipients()
      ).issuerLevel
    }
    #expect(level("Chủ tịch UBND huyện Kiến Xương") == "district")
    #expect(level("Chủ tịch Uỷ ban nhân dân xã Tân Lập") == "commune")
    #expect(level("Giám đốc Sở Nội vụ") == "agency_head")
    #expect(level("Ban Thường vụ") == "agency_head|district|commune")
    #expect(level(nil) == "agency_head|district|commune")
    let order = Award(
      id: "a-2", decision: Decision(number: "1/QĐ-CTN", issuer: "Chủ tịch UBND huyện"),
      form: AwardForm(code: "huan_chuong_lao_dong_hang_ba", name: "Huân chương Lao động hạng Ba"),
      recipients: Recipients())
    #expect(order.issuerLevel == "state_president")
    let other = Award(
      id: "a-3", form: AwardForm(code: "other", name: "Kỷ niệm"), recipients: Recipients())
    #expect(other.issuerLevel == "unknown")
  }

  @Test func anAwardCountsUnderItsIssuerElseItsVenueElseItsConference() {
    let thaiBinh = ProvinceRef(
      name: "Thái Bình", code: "34", mergedInto: "Hưng Yên", mergedIntoCode: "33")
    let ngheAn = ProvinceRef(name: "Nghệ An", code: "40")
    let conference = Conference(
      id: "c-1", title: "Hội nghị", kind: .annualReview, period: Period(year: 2022, part: .year),
      venue: Venue(place: "Hội trường", province: ngheAn), provinces: [thaiBinh, ngheAn])
    let atConference = Award(
      id: "a-1", form: AwardForm(code: "giay_khen", name: "Giấy khen"), recipients: Recipients(),
      conference: "c-1")
    let byIssuer = Award(
      id: "a-2",
      decision: Decision(
        number: "5/QĐ-UBND", date: "2021-05-02", issuer: "Chủ tịch UBND tỉnh Thái Bình"),
      form: AwardForm(code: "bang_khen_bo_nganh_tinh", name: "Bằng khen"), recipients: Recipients(),
      conference: "c-1")
    let alone = Award(
      id: "a-3", form: AwardForm(code: "giay_khen", name: "Giấy khen"), recipients: Recipients())
    let page = exchange(
      conferences: [conference], awards: [atConference, byIssuer, alone], published: "2023-01-09")
    #expect(atConference.countedProvinces(in: page).map(\.code) == ["40"])
    #expect(byIssuer.countedProvinces(in: page).map(\.code) == ["34"])
    #expect(byIssuer.countedProvinces(in: page).first?.successorCode == "33")
    #expect(alone.countedProvinces(in: page).isEmpty)
    #expect(conference.countedProvinces.map(\.code) == ["34", "40"])
    #expect(conference.countedProvinces.map(\.isVenue) == [false, true])
    // Years: the decision's, else the conference's (its period here), else the page's.
    #expect(byIssuer.countedYear(in: page) == 2021)
    #expect(atConference.countedYear(in: page) == 2022)
    #expect(alone.countedYear(in: page) == 2023)
    #expect(
      exchange(awards: [alone], published: nil).awards[0].countedYear(
        in: exchange(awards: [alone], published: nil)) == nil)
  }
}
