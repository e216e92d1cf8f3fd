// End-to-end on the 632 BBC Afrique articles (unannotated): every article
// gives a valid record, the language is French for at least 99 %, and no
// article loses more than 10 % of its characters to cleaning. Prints what
// the cleaner removed from the ten articles that lost the most.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "base/utf8.h"
#include "ingest/ingester.h"
#include "veille/engine.h"
#include "veille/reader.h"

namespace veille {
namespace {

constexpr const char* kCorpus = VEILLE_SHARED_DIR "/corpus/bbc-afrique/articles.jsonl";

struct Loss {
  double share = 0;
  std::string id;
  std::vector<RemovedBlock> removed;
};

TEST(BbcAfriqueTest, EveryArticleGivesACleanFrenchRecord) {
  if (!std::filesystem::exists(kCorpus)) GTEST_SKIP() << kCorpus << " not found";
  std::vector<Article> articles;
  std::vector<std::string> errors;
  ASSERT_TRUE(ReadInputs({kCorpus}, {}, [&](Article&& a) { articles.push_back(std::move(a)); },
                         [&](const Status& s) { errors.push_back(s.ToString()); })
                  .ok());
  EXPECT_TRUE(errors.empty()) << errors.front();
  ASSERT_EQ(articles.size(), 632u);

  auto engine = Engine::Create({});
  ASSERT_TRUE(engine.ok()) << engine.status().ToString();
  auto ingester = Ingester::Load(ResolveDataDir({}));
  ASSERT_TRUE(ingester.ok()) << ingester.status().ToString();

  size_t french = 0;
  std::vector<Loss> losses;
  for (const Article& a : articles) {
    Result<Document> doc = (*engine)->Process(a);
    ASSERT_TRUE(doc.ok()) << a.id << ": " << doc.status().ToString();
    EXPECT_EQ(doc->doc, a.id);
    EXPECT_TRUE(IsValidUtf8(doc->text)) << a.id;
    EXPECT_TRUE(doc->title.has_value()) << a.id;
    french += doc->lang == "fr";
    Result<IngestedText> in = (*ingester)->Run(a);
    ASSERT_TRUE(in.ok()) << a.id;
    EXPECT_EQ(in->text, doc->text) << a.id;
    // Whitespace is layout, not content: count the rest.
    auto chars = [](const std::string& s) {
      size_t n = 0;
      for (size_t i = 0; i < s.size();) n += DecodeUtf8(s, &i) > ' ';
      return n;
    };
    size_t raw = chars(a.body), kept = chars(in->text);
    double share = raw == 0 ? 0 : 1.0 - static_cast<double>(kept) / static_cast<double>(raw);
    if (raw < 20) continue;  // no body to speak of (one page is a lone ".")
    losses.push_back({share, a.id, in->removed});
  }
  EXPECT_GE(french * 100, articles.size() * 99) << french << " of " << articles.size() << " in French";

  std::sort(losses.begin(), losses.end(), [](const Loss& a, const Loss& b) { return a.share > b.share; });
  std::cout << "Ten articles that lost the most to cleaning:\n";
  for (size_t i = 0; i < 10 && i < losses.size(); ++i) {
    std::cout << "  " << losses[i].id << "  " << static_cast<int>(losses[i].share * 1000) / 10.0 << " %\n";
    for (const RemovedBlock& r : losses[i].removed)
      std::cout << "      - [" << r.reason << "] " << r.text.substr(0, 160) << "\n";
  }
  for (const Loss& l : losses) {
    EXPECT_LE(l.share, 0.10) << l.id << " lost " << l.share * 100 << " % of its characters";
  }
}

}  // namespace
}  // namespace veille
