#include "ingest/page_dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace veille {
namespace {

TEST(PageDatesTest, FindsFullDatesInFrenchEnglishAndRussian) {
  struct Case {
    std::string text;
    std::vector<std::string> dates;  // ISO, in order; "w" suffix: weekday, "c": deictic
  };
  const std::vector<Case> cases = {
      {"Horizons.info, 12 octobre 2022", {"2022-10-12"}},
      {"mars 17, 2023", {"2023-03-17"}},
      {"24 April 2025", {"2025-04-24"}},
      {"April 24, 2025", {"2025-04-24"}},
      {"Загружено: 2025-04-11", {"2025-04-11"}},
      {"опубликовано 11 апреля 2025 г.", {"2025-04-11"}},
      {"13/10/2024", {"2024-10-13"}},
      {"10/13/2024", {"2024-10-13"}},  // only US order fits
      {"13.10.2024", {"2024-10-13"}},
      {"le 1er mars 2024 à Dakar", {"2024-03-01"}},
      {"dans la soirée de ce lundi 24 janvier 2022, à la télévision", {"2022-01-24 w c"}},
      {"La Somalie a annoncé ce 4 avril 2024 l'expulsion", {"2024-04-04 c"}},
      {"mardi 28 janvier 2025, contre l'avancée", {"2025-01-28 w"}},
      {"le jeudi 20 juin 2024.", {"2024-06-20 w"}},
      {"du 18 au 19 août 2020", {"2020-08-19"}},
      {"Le 10 septembre 2025, puis le 12 octobre 2025", {"2025-09-10", "2025-10-12"}},
      {"févr. 3, 2021", {"2021-02-03"}},
      // Not full dates, or not dates at all.
      {"ce jeudi 3 avril", {}},
      {"en juin 2024", {}},
      {"31 février 2024", {}},
      {"depuis 2015, 2 000 morts", {}},
      {"le 25 juin", {}},
      {"Il a 45 ans", {}},
      {"version 2.10.2024b", {}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> got;
    for (const PageDate& d : FindPageDates(c.text))
      got.push_back(d.Iso() + (d.weekday || d.deictic ? " " : "") + (d.weekday ? "w" : "") +
                    (d.weekday && d.deictic ? " " : "") + (d.deictic ? "c" : ""));
    EXPECT_EQ(got, c.dates) << c.text;
  }
}

TEST(PageDatesTest, OffsetsCoverTheExpression) {
  std::string text = "Publié le 4 mars 2024 à 10h";
  std::vector<PageDate> d = FindPageDates(text);
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(text.substr(d[0].start, d[0].end - d[0].start), "4 mars 2024");
}

TEST(PageDatesTest, DatesInUrls) {
  struct Case {
    std::string url;
    std::string date;  // "" = none
  };
  const std::vector<Case> cases = {
      {"https://fr.euronews.com/2025/11/04/soudan-la-milice", "2025-11-04"},
      {"https://leclik.com/2022/02/01/mali-7/", "2022-02-01"},
      {"https://www.rfi.fr/fr/afrique/20230127-centrafrique-la-coalition", "2023-01-27"},
      {"https://fr.sputniknews.africa/20240730/sahara-occidental-1067680456.html", "2024-07-30"},
      {"https://example.com/news/2024062112345", "2024-06-21"},
      {"https://www.i24news.tv/fr/actu/international/1689593041-migration-apres", "2023-07-17"},
      {"https://beninwebtv.com/2020/12/sahara-occidental/", ""},          // month only
      {"https://senego.com/algerie-alger-expulse_1826604.html", ""},       // plain id
      {"https://fr.sputniknews.africa/afrique/sahel-1067680456.html", ""},  // id, not a time
      {"https://kessiya.com/?p=22709", ""},
      {"https://example.com/2024/13/45/x", ""},
      {"", ""},
  };
  for (const Case& c : cases) EXPECT_EQ(DateFromUrl(c.url).value_or(""), c.date) << c.url;
}

TEST(PageDatesTest, NormalizesSourceValues) {
  EXPECT_EQ(NormalizeDateValue("2024-06-21T10:00:00+00:00").value_or(""), "2024-06-21");
  EXPECT_EQ(NormalizeDateValue("2024-06-21").value_or(""), "2024-06-21");
  EXPECT_EQ(NormalizeDateValue("21 juin 2024").value_or(""), "2024-06-21");
  EXPECT_FALSE(NormalizeDateValue("2024-02-30").has_value());
  EXPECT_FALSE(NormalizeDateValue("hier").has_value());
}

}  // namespace
}  // namespace veille
