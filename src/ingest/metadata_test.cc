#include "ingest/metadata.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "ingest/cleaner.h"
#include "ingest/ingest_testing.h"

namespace veille {
namespace {

const Boilerplate& Phrases() { return testing::ShippedPhrases(); }

const std::string kBody =
    "Le ministre malien des Affaires étrangères a été reçu jeudi à Moscou par son homologue russe, "
    "qui a promis de renforcer la coopération militaire entre les deux pays.";

Page Prepared(const std::string& text, const std::string& url = "") {
  Page page = ReadPage(text, Phrases());
  MarkFurniture(&page, Phrases(), url);
  return page;
}

std::string TitleOf(const std::string& text, const std::string& url = "") {
  Page page = Prepared(text, url);
  int i = FindTitleLine(page, url);
  return i < 0 ? "(none)" : page.lines[i].text;
}

TEST(MetadataTest, TitleIsTheHeadlineWhenOneCanTell) {
  struct Case {
    std::string text;
    std::string url;
    std::string title;
  };
  const std::vector<Case> cases = {
      // A short line, then the body.
      {"Le Mali quitte le G5 Sahel\n\n" + kBody, "", "Le Mali quitte le G5 Sahel"},
      // Followed by a byline; repeated further down.
      {"Afrique-Russie: une alliance\nPar Jean Dupont\n" + kBody, "", "Afrique-Russie: une alliance"},
      {"Mali – Russie : L’alliance\nАвтор: X\nОписание:\nMali – Russie : L’alliance\nSous-titre de la page\n" + kBody,
       "", "Mali – Russie : L’alliance"},
      // Site furniture above it; the URL slug agrees.
      {"13/10/2024\nLe Regard\nDe l’information fouillée et vérifiée\nMacron et Tshisekedi au téléphone\n" + kBody,
       "https://leregard.info/emmanuel-macron-pret-a-preter-main-forte-a-felix-tshisekedi/",
       "Macron et Tshisekedi au téléphone"},
      // A single word the slug confirms.
      {"Guinée\n" + kBody, "http://medianet.sn/index.php/2021/09/21/guinee-29", "Guinée"},
      // No headline: the page starts with the body, or with a menu and a sentence.
      {kBody + "\n" + kBody, "", "(none)"},
      {"24 April 2025\nAfrique Relations Internationales\n\nLe gouvernement met fin à l’accord de défense avec la "
       "France.\n" + kBody,
       "", "(none)"},
      // Lines ending like sentences or carrying a credit are not headlines.
      {"Un drone au sol. © Bayhaluk/wikimedia.org\n" + kBody, "", "(none)"},
  };
  for (const Case& c : cases) EXPECT_EQ(TitleOf(c.text, c.url), c.title) << c.text;
}

TEST(MetadataTest, PublishedPrefersTheArticlesOwnDate) {
  struct Case {
    std::string text;
    std::string url;
    std::string date;  // "" = none
  };
  const std::vector<Case> cases = {
      {"Titre\n" + kBody, "https://www.rfi.fr/fr/afrique/20220524-la-turquie", "2022-05-24"},
      {"Titre\nHorizons.info, 12 octobre 2022\n" + kBody, "", "2022-10-12"},
      // Page furniture date above, byline date below: the byline's wins.
      {"8 May 2024\nTitre de l'article\n• Par JR45\n• mars 17, 2023\n" + kBody, "", "2023-03-17"},
      // A labelled upload date beats a date in the body.
      {"Titre\nЗагружено: 2025-04-11\n" + kBody + " Le 4 avril 2025, la Russie a parlé.", "", "2025-04-11"},
      // In the body only a date the text itself anchors ("ce", a weekday).
      {kBody + " Ils ont signé ce lundi 24 janvier 2022 un accord.", "", "2022-01-24"},
      {kBody + " La Somalie a annoncé ce 4 avril 2024 l'expulsion.", "", "2024-04-04"},
      {kBody + " Dans la nuit du 18 au 19 août 2020, il a démissionné.", "", ""},
      {kBody + " Le 10 septembre 2025, deux attaques ont eu lieu.", "", ""},
      {kBody + " Elle les a reçus ce jeudi 3 avril.", "", ""},
      // A date in a tweet attribution below the body is not the page's.
      {kBody + "\n— Ministère de la Défense (@DefenseExemple) March 3, 2021\n" + kBody.substr(0, 40) + ".", "", ""},
  };
  for (const Case& c : cases) {
    Page page = Prepared(c.text, c.url);
    EXPECT_EQ(FindPublished(page, c.url).value_or(""), c.date) << c.text;
  }
}

TEST(MetadataTest, AuthorFromBylineOrSignature) {
  struct Case {
    std::string text;
    std::string author;  // "" = none
  };
  const std::vector<Case> cases = {
      {"Titre\nPar Anatoli Verkhovtsev-Kim\n" + kBody, "Anatoli Verkhovtsev-Kim"},
      {"Titre\nBy John Smith, 4 March 2024\n" + kBody, "John Smith"},
      {"Titre\n" + kBody + "\nOmar Hama", "Omar Hama"},
      {"Titre\n" + kBody + "\nC.T Mampuya\nPartager", "C.T Mampuya"},
      // Not persons: an outlet, a staff line, an agency, a channel name.
      {"Titre\n" + kBody + "\nLa rédaction\nSahel Tribune", ""},
      {"Titre\n" + kBody + "\nPar RFI", ""},
      {"Titre\nАвтор: K.T.R-MEDIA\n" + kBody, ""},
      {"Titre\n" + kBody + "\nLa CPC", ""},
  };
  for (const Case& c : cases) {
    Page page = Prepared(c.text);
    CleanedText clean = FinishCleaning(&page, 0, Phrases());
    EXPECT_EQ(FindAuthor(page, clean.signatures, Phrases(), "").value_or(""), c.author) << c.text;
  }
}

TEST(MetadataTest, OutletFromSiteLinesDatelinesOrHost) {
  struct Case {
    std::string text;
    std::string url;
    std::string outlet;
  };
  const std::vector<Case> cases = {
      {"Le Regard\nTitre\n" + kBody, "https://leregard.info/x", "Le Regard"},
      {"Titre\nHorizons.info, 12 octobre 2022\n" + kBody, "", "Horizons.info"},
      {"Titre\n" + kBody, "https://www.rfi.fr/fr/afrique/x", "RFI"},
      {"Titre\n" + kBody, "https://netafrique.net/la-somalie", "Netafrique"},
      {"Titre\n" + kBody, "", ""},
  };
  for (const Case& c : cases) {
    Page page = Prepared(c.text, c.url);
    EXPECT_EQ(FindOutlet(page, c.url).value_or(""), c.outlet) << c.text;
  }
}

TEST(MetadataTest, SiteSuffixOfGivenTitles) {
  EXPECT_EQ(StripSiteSuffix("Le Mali signe - RFI", "https://www.rfi.fr/x"), "Le Mali signe");
  EXPECT_EQ(StripSiteSuffix("Le Mali signe | Le Regard", "https://leregard.info/x"), "Le Mali signe");
  EXPECT_EQ(StripSiteSuffix("Mali - Russie : l'alliance", "https://www.rfi.fr/x"), "Mali - Russie : l'alliance");
}

TEST(MetadataTest, LineMatchingAGivenTitle) {
  Page page = Prepared("Menu\nLe Mali quitte le G5 Sahel\n" + kBody);
  EXPECT_EQ(FindLineMatching(page, "Le Mali quitte le G5  Sahel"), 1);
  EXPECT_EQ(FindLineMatching(page, "Autre titre"), -1);
}

}  // namespace
}  // namespace veille
