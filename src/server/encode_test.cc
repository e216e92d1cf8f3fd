// Code-point slicing and the document view's evidence texts.
#include "server/encode.h"

#include <gtest/gtest.h>

namespace veille::server {
namespace {

TEST(EncodeTest, SlicesByCodePoints) {
  // é is 2 bytes, 🤝 is 4 bytes (2 UTF-16 units): one code point each.
  CodePointText t("aé🤝b");
  EXPECT_EQ(t.size(), 4u);
  struct Case {
    size_t start, end;
    const char* want;
  } cases[] = {
      {0, 1, "a"}, {1, 2, "é"}, {2, 3, "🤝"}, {1, 4, "é🤝b"}, {3, 9, "b"}, {9, 12, ""}, {3, 1, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(t.Slice(c.start, c.end), c.want) << c.start << "," << c.end;
}

TEST(EncodeTest, DocumentViewAddsEvidenceTextAndWhatCleaningRemoved) {
  Json record = Json::parse(R"({"doc": "d", "url": null, "lang": "fr", "title": "T", "author": null,
      "outlet": null, "published": null, "duplicate_of": null, "text": "Été 🤝 accord. Fin.",
      "mentions": [], "events": [{"type": "AGREE", "evidence": [{"start": 6, "end": 13}, {"start": 40, "end": 50}]}]})");
  Json doc = DocumentJson(StoredRecord{"d", "h", "", {}}, record);
  EXPECT_EQ(doc["length"], 18);
  EXPECT_EQ(doc["events"][0]["evidence"][0]["text"], "accord.");
  EXPECT_EQ(doc["events"][0]["evidence"][1]["text"], "");  // out of range: clamped, not a crash
  EXPECT_EQ(doc["removed"], Json::array());
  Json with = DocumentJson(StoredRecord{"d", "h", "", {{"Lire aussi : le sommet", "related"}}}, record);
  ASSERT_EQ(with["removed"].size(), 1u);
  EXPECT_EQ(with["removed"][0]["text"], "Lire aussi : le sommet");
  EXPECT_EQ(with["removed"][0]["rule"], "related");
}

}  // namespace
}  // namespace veille::server
