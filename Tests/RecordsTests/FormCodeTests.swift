// The vocabulary that finds award forms and the model's codes read the same data file.

import Records
import TestSupport
import Testing
import VietText

@Test func everyFormOfTheVocabularyHasItsCodeInTheModel() {
  #expect(AwardVocabulary.forms.map(\.code) + ["other"] == AwardForm.Code.allCases.map(\.rawValue))
  for entry in AwardVocabulary.forms {
    #expect(AwardForm.Code(entry).rawValue == entry.code)
  }
}
