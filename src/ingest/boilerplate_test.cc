#include "ingest/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace veille {
namespace {

constexpr const char* kHeader = "# veille boilerplate format 1\n";

std::unique_ptr<Boilerplate> Parsed(const std::string& body) {
  auto b = Boilerplate::Parse(kHeader + body, "test.tsv");
  EXPECT_TRUE(b.ok()) << b.status().ToString();
  return b.ok() ? std::move(*b) : nullptr;
}

TEST(BoilerplateTest, LoaderReportsFileLineAndProblem) {
  struct Case {
    std::string content;
    std::string error;  // substring of the message
  };
  const std::vector<Case> cases = {
      {"", "test.tsv:1: expected the format line"},
      {"# veille boilerplate format 2\nline\tfr\tAbonnez-vous\n", "test.tsv:1: expected the format line"},
      {std::string(kHeader) + "line\tfr\n", "test.tsv:2: expected 3 tab-separated columns"},
      {std::string(kHeader) + "# comment\n\nshout\tfr\tHello\n", "test.tsv:4: unknown kind 'shout'"},
      {std::string(kHeader) + "line\tde\tHallo\n", "test.tsv:2: lang must be fr, en, ru or *"},
      {std::string(kHeader) + "line\tfr\t Abonnez-vous\n", "test.tsv:2: empty phrase or phrase with surrounding spaces"},
      {std::string(kHeader) + "line\tfr\tPartager sur\nline\ten\tpartager sur\n", "test.tsv:3: duplicate phrase"},
      {std::string(kHeader) + "# only comments\n", "no phrases"},
  };
  for (const Case& c : cases) {
    auto b = Boilerplate::Parse(c.content, "test.tsv");
    ASSERT_FALSE(b.ok()) << c.content;
    EXPECT_NE(b.status().message().find(c.error), std::string::npos)
        << "got: " << b.status().message() << "\nwant: " << c.error;
  }
}

TEST(BoilerplateTest, ShippedDataFileLoads) {
  auto b = Boilerplate::Load(VEILLE_SOURCE_DIR "/data/ingest/boilerplate.tsv");
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_GT((*b)->size(), 100u);
}

TEST(BoilerplateTest, MatchesIgnoringCaseAccentsApostrophesAndSpaces) {
  auto b = Parsed(
      "line\tfr\tLaissez un commentaire\n"
      "label\tfr\tÀ ne pas manquer\n"
      "line\tfr\tN'oubliez pas\n"
      "line\tru\tСкачать видео\n"
      "label\tfr\tRegarder :\n"
      "agency\t*\tAP\n");
  ASSERT_NE(b, nullptr);
  struct Case {
    std::string text;
    std::vector<std::pair<uint32_t, uint32_t>> hits;
  };
  const std::vector<Case> cases = {
      {"Laissez un commentaire", {{0, 22}}},
      {"LAISSEZ  UN\u00a0commentaire !", {{0, 24}}},
      {"A ne pas manquer sur BBC Afrique :", {{0, 16}}},
      {"à ne pas manquer", {{0, 17}}},
      {"N\u2019oubliez pas de vous abonner", {{0, 15}}},
      {"скачать видео", {{0, 25}}},
      {"Regarder: la vidéo", {{0, 9}}},
      {"Regarder la vidéo", {}},          // the colon is part of that label
      {"Laissez un commentaires", {}},    // word boundary at the end
      {"Photo : AP (Others)", {{8, 10}}},
      {"Photo : ap", {}},                 // agencies are case-sensitive
      {"CAPTURE", {}},                    // and need word boundaries
  };
  for (const Case& c : cases) {
    std::vector<PhraseHit> hits;
    b->Scan(c.text, &hits);
    std::vector<std::pair<uint32_t, uint32_t>> got;
    for (const PhraseHit& h : hits) got.emplace_back(h.start, h.end);
    EXPECT_EQ(got, c.hits) << c.text;
  }
}

TEST(BoilerplateTest, HitsDoNotDependOnWhereThePhraseFalls) {
  // Folding goes sixteen plain bytes at a time: a phrase, its spaces and
  // its accents must be found at every offset of that window.
  auto b = Parsed(
      "line\tfr\tLaissez un commentaire\n"
      "label\tfr\tÀ ne pas manquer\n"
      "label\tfr\tRegarder :\n"
      "byline\tfr\tPar\n");
  ASSERT_NE(b, nullptr);
  const std::string text =
      "Texte simple sans rien, Laissez  un commentaire ; à ne pas manquer - Regarder : la suite. "
      "Jean-Pierre PAR exemple, par\u00a0moments";
  std::vector<PhraseHit> base;
  b->Scan(text, &base);
  ASSERT_EQ(base.size(), 5u);
  for (uint32_t shift = 1; shift < 40; ++shift) {
    std::string prefix;
    while (prefix.size() < shift) prefix += prefix.size() % 5 == 4 ? ' ' : 'z';
    std::vector<PhraseHit> hits;
    b->Scan(prefix + " " + text, &hits);
    ASSERT_EQ(hits.size(), base.size()) << shift;
    for (size_t i = 0; i < hits.size(); ++i) {
      EXPECT_EQ(hits[i].kind, base[i].kind);
      EXPECT_EQ(hits[i].start, base[i].start + shift + 1) << shift;
      EXPECT_EQ(hits[i].end, base[i].end + shift + 1) << shift;
    }
  }
}

TEST(BoilerplateTest, HitsCarryTheirKind) {
  auto b = Parsed("footer\t*\t©\nbyline\tfr\tPar\noutletword\t*\tTribune\n");
  ASSERT_NE(b, nullptr);
  std::vector<PhraseHit> hits;
  b->Scan("Par Jean, Sahel Tribune ©", &hits);
  ASSERT_EQ(hits.size(), 3u);
  EXPECT_EQ(hits[0].kind, PhraseKind::kByline);
  EXPECT_EQ(hits[1].kind, PhraseKind::kOutletWord);
  EXPECT_EQ(hits[2].kind, PhraseKind::kFooter);
}

}  // namespace
}  // namespace veille
