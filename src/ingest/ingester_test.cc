#include "ingest/ingester.h"

#include <gtest/gtest.h>

#include <string>

namespace veille {
namespace {

const Ingester& TheIngester() {
  static auto ing = Ingester::Load(VEILLE_SOURCE_DIR "/data");
  EXPECT_TRUE(ing.ok()) << ing.status().ToString();
  return **ing;
}

const std::string kBody =
    "Le ministre malien des Affaires étrangères a été reçu jeudi à Moscou par son homologue russe, "
    "qui a promis de renforcer la coopération militaire entre les deux pays.";

Article TextArticle(const std::string& body, std::optional<std::string> url = std::nullopt) {
  Article a;
  a.id.assign(1, 't');  // (assigning the literal trips a false GCC 12 -Wrestrict)
  a.format = "text";
  a.body = body;
  a.url = std::move(url);
  return a;
}

TEST(IngesterTest, LoadReportsABadDataDirectory) {
  auto ing = Ingester::Load("/nonexistent-veille-data");
  ASSERT_FALSE(ing.ok());
  EXPECT_NE(ing.status().message().find("boilerplate.tsv"), std::string::npos) << ing.status().message();
}

TEST(IngesterTest, TextPageGivesCleanTextAndMetadata) {
  Article a = TextArticle(
      "Le Mali et la Russie renforcent leur coopération\n"
      "Par Awa Traoré\n"
      "Publié le 4 mars 2024\n\n" +
          kBody + "\n\nPartager sur Facebook\nLaissez un commentaire\n",
      "https://www.example-sahel.info/le-mali-et-la-russie-renforcent-leur-cooperation/");
  Result<IngestedText> r = TheIngester().Run(a);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->text, "Le Mali et la Russie renforcent leur coopération\n\n" + kBody);
  EXPECT_EQ(r->title.value_or(""), "Le Mali et la Russie renforcent leur coopération");
  EXPECT_EQ(r->author.value_or(""), "Awa Traoré");
  EXPECT_EQ(r->published.value_or(""), "2024-03-04");
  EXPECT_EQ(r->outlet.value_or(""), "Example-sahel");
  EXPECT_EQ(r->lang, "fr");
  ASSERT_EQ(r->removed.size(), 4u);
  EXPECT_EQ(r->removed[0].reason, "byline");
  EXPECT_EQ(r->removed[1].reason, "dateline");
}

TEST(IngesterTest, SourceFieldsWin) {
  Article a = TextArticle("Un titre de la page\n" + kBody + "\nPublié le 4 mars 2024",
                          "https://www.rfi.fr/fr/afrique/20220524-la-turquie");
  a.title = "Le titre donné - RFI";
  a.published = "2021-01-02T08:00:00Z";
  a.outlet = "Radio France Internationale";
  Result<IngestedText> r = TheIngester().Run(a);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title.value_or(""), "Le titre donné");
  EXPECT_EQ(r->published.value_or(""), "2021-01-02");
  EXPECT_EQ(r->outlet.value_or(""), "Radio France Internationale");
  // An unusable source date falls back to the URL.
  a.published = "hier";
  r = TheIngester().Run(a);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->published.value_or(""), "2022-05-24");
}

TEST(IngesterTest, HtmlPagesGoThroughTheHtmlReader) {
  Article a;
  a.id = "p.html";
  a.format = "html";
  a.body =
      "<html lang=\"fr\"><head><title>Le Mali signe un accord</title>"
      "<meta property=\"article:published_time\" content=\"2024-06-21T10:00:00+00:00\"></head><body>"
      "<article><h1>Le Mali signe un accord</h1><p>" +
      kBody + "</p><p>Partager sur Facebook</p></article></body></html>";
  Result<IngestedText> r = TheIngester().Run(a);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->title.value_or(""), "Le Mali signe un accord");
  EXPECT_EQ(r->published.value_or(""), "2024-06-21");
  EXPECT_NE(r->text.find(kBody), std::string::npos) << r->text;
  EXPECT_EQ(r->text.find("Partager"), std::string::npos) << r->text;
}

TEST(IngesterTest, EmptyBodies) {
  Article a = TextArticle(".");
  EXPECT_FALSE(TheIngester().Run(a).ok()) << "nothing at all: no record";
  a.title = "Can 2019 : programme des matchs";
  Result<IngestedText> r = TheIngester().Run(a);
  ASSERT_TRUE(r.ok()) << "a titled page still gives a record";
  EXPECT_EQ(r->text, "");
  EXPECT_EQ(r->lang, "fr");
  a.format = "pdf";
  EXPECT_FALSE(TheIngester().Run(a).ok());
}

}  // namespace
}  // namespace veille
