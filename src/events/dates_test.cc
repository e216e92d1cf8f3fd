// Table of French sentences -> every date expression FindDates() must
// return (surface text and value), for a given creation date. An empty
// expectation means "no date here" (negatives). Sentences are written for
// this test. The reference creation date 2025-04-05 is a Saturday.
#include "events/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "events/date_tokens.h"

namespace veille {
namespace {

constexpr const char* kSat = "2025-04-05";  // Saturday, ISO week 14

struct Expect {
  const char* surface;
  const char* value;
};

struct Case {
  const char* text;
  const char* dct;  // "" = none
  std::vector<Expect> dates;
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> kCases = {
      // Explicit full and partial dates.
      {"Le sommet s'est tenu le 25 juin 2019 à Bamako.", kSat, {{"25 juin 2019", "2019-06-25"}}},
      {"L'accord a été signé le 1er mars 2020.", kSat, {{"1er mars 2020", "2020-03-01"}}},
      {"Il est arrivé le premier août 2018.", kSat, {{"premier août 2018", "2018-08-01"}}},
      {"Le décret du 25/06/2019 est abrogé.", kSat, {{"25/06/2019", "2019-06-25"}}},
      {"Publié le 2019-06-25 sur le site.", kSat, {{"2019-06-25", "2019-06-25"}}},
      {"La réunion du 3.11.2021 a été reportée.", kSat, {{"3.11.2021", "2021-11-03"}}},
      {"Le contrat court jusqu'en 06/2024.", kSat, {{"06/2024", "2024-06"}}},
      {"Les élections ont eu lieu en mai 1999.", kSat, {{"mai 1999", "1999-05"}}},
      {"Le pays a rejoint l'organisation en 2014.", kSat, {{"2014", "2014"}}},
      {"Les troupes sont présentes depuis 2013.", kSat, {{"2013", "2013"}}},
      {"Le bug de l'an 2000 n'a pas eu lieu.", kSat, {{"l'an 2000", "2000"}}},
      {"L'année 2001 a commencé dans le calme.", kSat, {{"L'année 2001", "2001"}}},
      {"Dans les années 1990, la guerre a ravagé le pays.", kSat, {{"les années 1990", "199X"}}},
      {"Les années 60 ont vu les indépendances.", kSat, {{"Les années 60", "196X"}}},
      {"Au début des années 2000, la ville a grandi.", kSat, {{"Au début des années 2000", "200X"}}},
      {"Au XIXe siècle, la région était un royaume.", kSat, {{"XIXe siècle", "18XX"}}},
      {"La résolution a été adoptée en AOÛT 2017.", kSat, {{"AOÛT 2017", "2017-08"}}},
      {"Il a été élu en octobre 98.", kSat, {{"octobre 98", "1998-10"}}},
      {"Le 14 juillet 1789 marque le début de la Révolution.", kSat, {{"14 juillet 1789", "1789-07-14"}}},
      {"Le 8 mai 1945, la guerre prit fin en Europe.", kSat, {{"8 mai 1945", "1945-05-08"}}},
      {"Samedi 5 avril 2025, le ministre a parlé.", kSat, {{"Samedi 5 avril 2025", "2025-04-05"}}},
      {"Il est né en 1960 à Bamako.", kSat, {{"1960", "1960"}}},
      {"La période 2015-2020 a été marquée par la crise.", kSat, {{"2015", "2015"}, {"2020", "2020"}}},
      {"La saison 2002/2003 commence en septembre.", "2002-08-20",
       {{"2002", "2002"}, {"2003", "2003"}, {"septembre", "2002-09"}}},
      {"Il a téléphoné ce mercredi 2 décemebre 2020 au président.", kSat,
       {{"mercredi 2 décemebre 2020", "2020-12-02"}}},
      {"Le 31 décembre 2024 au soir, la fête a eu lieu.", kSat, {{"31 décembre 2024", "2024-12-31"}}},
      {"La loi du 15 aout 2021 a été promulguée.", kSat, {{"15 aout 2021", "2021-08-15"}}},
      {"En septembre 2021, le coup d'Etat a eu lieu.", kSat, {{"septembre 2021", "2021-09"}}},
      {"Les pourparlers de mai 2023 ont échoué.", kSat, {{"mai 2023", "2023-05"}}},
      {"Fin 2019, l'armée s'est retirée.", kSat, {{"Fin 2019", "2019"}}},
      {"Le salon a ouvert ses portes le 12 JUIN 2022.", kSat, {{"12 JUIN 2022", "2022-06-12"}}},
      {"Noël 2024 a été calme.", kSat, {{"Noël 2024", "2024-12-25"}}},
      {"Pâques 2019 a été célébré le 21 avril.", kSat,
       {{"Pâques 2019", "2019-04-21"}, {"21 avril", "2025-04-21"}}},
      {"Le premier trimestre 2019 a été difficile.", kSat, {{"premier trimestre 2019", "2019-Q1"}}},
      {"Au troisième trimestre, la production a chuté.", kSat, {{"troisième trimestre", "2025-Q3"}}},
      {"Le second semestre 2023 a été meilleur.", kSat, {{"second semestre 2023", "2023-H2"}}},
      {"L'été 2019 a été caniculaire.", kSat, {{"été 2019", "2019-SU"}}},
      // Relative to the creation date.
      {"Le ministre est arrivé hier à Dakar.", kSat, {{"hier", "2025-04-04"}}},
      {"Les combats ont repris avant-hier.", kSat, {{"avant-hier", "2025-04-03"}}},
      {"Le président se rendra demain à Niamey.", kSat, {{"demain", "2025-04-06"}}},
      {"La visite est prévue après-demain.", kSat, {{"après-demain", "2025-04-07"}}},
      {"Aujourd'hui, la capitale est calme.", kSat, {{"Aujourd'hui", "2025-04-05"}}},
      {"Le texte a été voté aujourd'hui samedi 5 avril.", kSat,
       {{"aujourd'hui samedi 5 avril", "2025-04-05"}}},
      {"Il a été blessé hier soir dans une embuscade.", kSat, {{"hier soir", "2025-04-04"}}},
      {"Des manifestants ont bloqué la route ce matin, et cette nuit encore.", kSat,
       {{"ce matin", "2025-04-05"}, {"cette nuit", "2025-04-05"}}},
      {"Cet après-midi, le ministre parlera ; ce matin-là, il se taisait.", kSat,
       {{"Cet après-midi", "2025-04-05"}}},
      {"Le ministre a reçu mardi son homologue.", kSat, {{"mardi", "2025-04-01"}}},
      {"Il rencontrera mardi le président.", kSat, {{"mardi", "2025-04-08"}}},
      {"Le vote a eu lieu mardi dernier.", kSat, {{"mardi dernier", "2025-04-01"}}},
      {"Le vote aura lieu mardi prochain.", kSat, {{"mardi prochain", "2025-04-08"}}},
      {"Ce samedi, les manifestants ont défilé.", kSat, {{"Ce samedi", "2025-04-05"}}},
      {"Lundi, le Premier ministre a démissionné.", kSat, {{"Lundi", "2025-03-31"}}},
      {"Les deux chefs d'Etat se sont entretenus jeudi soir.", kSat, {{"jeudi soir", "2025-04-03"}}},
      {"Dimanche, les électeurs voteront.", kSat, {{"Dimanche", "2025-04-06"}}},
      {"Vendredi, la police a dispersé la foule.", kSat, {{"Vendredi", "2025-04-04"}}},
      {"Depuis mardi, les écoles sont fermées.", kSat, {{"mardi", "2025-04-01"}}},
      {"Il a été reçu ce jeudi 3 avril par le roi.", kSat, {{"jeudi 3 avril", "2025-04-03"}}},
      {"Il a été reçu le jeudi 3 avril par le roi.", "2026-01-10", {{"jeudi 3 avril", "2025-04-03"}}},
      {"Le mercredi 3 avril, il a parlé aux députés.", kSat, {{"mercredi 3 avril", "2024-04-03"}}},
      {"Mardi 1er avril, il a été reçu.", kSat, {{"Mardi 1er avril", "2025-04-01"}}},
      {"La semaine dernière, l'armée a lancé une offensive.", kSat,
       {{"La semaine dernière", "2025-W13"}}},
      {"Cette semaine, le parlement examine le texte.", kSat, {{"Cette semaine", "2025-W14"}}},
      {"La semaine prochaine, les négociations reprendront.", kSat,
       {{"La semaine prochaine", "2025-W15"}}},
      {"Le mois dernier, les prix ont augmenté.", kSat, {{"Le mois dernier", "2025-03"}}},
      {"Ce mois-ci, la saison des pluies commence.", kSat, {{"Ce mois-ci", "2025-04"}}},
      {"Le mois prochain, le sommet se tiendra à Abuja.", kSat, {{"Le mois prochain", "2025-05"}}},
      {"L'an dernier, la croissance a ralenti.", kSat, {{"L'an dernier", "2024"}}},
      {"L'an prochain, le pays organisera la coupe.", kSat, {{"L'an prochain", "2026"}}},
      {"L'année prochaine, les élections auront lieu.", kSat, {{"L'année prochaine", "2026"}}},
      {"L'année dernière, la récolte fut mauvaise.", kSat, {{"L'année dernière", "2024"}}},
      {"L'an passé, la récolte fut bonne.", kSat, {{"L'an passé", "2024"}}},
      {"Cette année, le budget est en hausse.", kSat, {{"Cette année", "2025"}}},
      {"Les travaux finiront à la fin de l'année.", kSat, {{"la fin de l'année", "2025"}}},
      {"Le sommet aura lieu en juin prochain.", kSat, {{"juin prochain", "2025-06"}}},
      {"Il a été limogé en juin dernier.", kSat, {{"juin dernier", "2024-06"}}},
      {"Il a été limogé en mars dernier.", kSat, {{"mars dernier", "2025-03"}}},
      {"Le rapport sera publié fin septembre.", kSat, {{"fin septembre", "2025-09"}}},
      {"Fin septembre, le rapport a été publié.", kSat, {{"Fin septembre", "2024-09"}}},
      {"Début mars, les pluies ont commencé.", kSat, {{"Début mars", "2025-03"}}},
      {"Mi-juillet, la mission a pris fin.", "2025-08-20", {{"Mi-juillet", "2025-07"}}},
      {"En février, le pays a connu des grèves.", kSat, {{"février", "2025-02"}}},
      {"En novembre, le pays a connu des grèves.", kSat, {{"novembre", "2024-11"}}},
      {"Il y a trois jours, un attentat a frappé la ville.", kSat,
       {{"Il y a trois jours", "2025-04-02"}}},
      {"Il y a une semaine, le pont a cédé.", kSat, {{"Il y a une semaine", "2025-03-29"}}},
      {"Il y a deux ans, le coup d'Etat a eu lieu.", kSat, {{"Il y a deux ans", "2023"}}},
      {"Il y a 6 mois, le contingent est parti.", kSat, {{"Il y a 6 mois", "2024-10"}}},
      {"Dans deux semaines, le président se rendra à Paris.", kSat,
       {{"Dans deux semaines", "2025-04-19"}}},
      {"Le 10 mars, le gouvernement a annoncé des mesures.", kSat, {{"10 mars", "2025-03-10"}}},
      {"Le 20 décembre, il a été arrêté.", kSat, {{"20 décembre", "2024-12-20"}}},
      {"Le 1er janvier, la taxe entrera en vigueur.", kSat, {{"1er janvier", "2026-01-01"}}},
      {"Il est détenu depuis le 3 mai.", kSat, {{"3 mai", "2024-05-03"}}},
      {"Il doit rendre son rapport d'ici le 30 mars.", "2025-03-10", {{"30 mars", "2025-03-30"}}},
      {"Les élections se tiendront les 6 et 13 avril prochains.", kSat,
       {{"6", "2025-04-06"}, {"13 avril prochains", "2025-04-13"}}},
      {"Le festival se déroulera du 19 au 23 juillet.", kSat,
       {{"19", "2025-07-19"}, {"23 juillet", "2025-07-23"}}},
      {"Cet hiver, les températures ont chuté.", "2025-01-15", {{"Cet hiver", "2025-WI"}}},
      {"Ce week-end, des milliers de personnes ont manifesté.", kSat,
       {{"Ce week-end", "2025-W14-WE"}}},
      {"Ce week-end, des manifestations ont eu lieu.", "2025-04-08",
       {{"Ce week-end", "2025-W14-WE"}}},
      {"Le week-end dernier, la ville a fêté son club.", "2025-04-09",
       {{"Le week-end dernier", "2025-W14-WE"}}},
      {"La Saint-Sylvestre a été calme.", kSat, {{"Saint-Sylvestre", "2024-12-31"}}},
      {"Les fidèles ont célébré la Pentecôte.", "1999-05-26", {{"Pentecôte", "1999-05-23"}}},
      {"La ville est désormais calme.", kSat, {{"désormais", "2025-04-05"}}},
      // No creation date: years from the article.
      {"Le salon ARMY 2019 s'est ouvert. Le 25 juin, le ministre a visité les stands.", "",
       {{"2019", "2019"}, {"25 juin", "2019-06-25"}}},
      {"Le jeudi 3 avril, il a rencontré le roi. Les années 2024 et 2025 ont été dures.", "",
       {{"jeudi 3 avril", "2025-04-03"}, {"2024", "2024"}, {"2025", "2025"}}},
      {"En 2018, la crise a éclaté. En mars, les premiers réfugiés sont arrivés.", "",
       {{"2018", "2018"}, {"mars", "2018-03"}}},
      {"Fondé en 2023, le forum a reçu ce jeudi 3 avril les ministres. Un sommet suivra en juin prochain.",
       "", {{"2023", "2023"}, {"jeudi 3 avril", "2025-04-03"}, {"juin prochain", "2025-06"}}},
      {"La crise a éclaté le 9 mars 2021. En poste depuis 2015, le chef a été renversé le 10 mars.", "",
       {{"9 mars 2021", "2021-03-09"}, {"2015", "2015"}, {"10 mars", "2021-03-10"}}},
      {"Il est arrivé hier, après la réunion de mardi.", "", {}},
      {"Le 25 juin, il a parlé.", "", {{"25 juin", "XXXX-06-25"}}},
      // Not dates.
      {"Le bilan fait état de 5 000 soldats déployés.", kSat, {}},
      {"Les 19 accords ont été signés.", kSat, {}},
      {"La mission vers la planète Mars est reportée.", kSat, {}},
      {"Appelez le 01 45 67 89 10 pour plus d'informations.", kSat, {}},
      {"Appelez le 01.45.67.89.10 pour plus d'informations.", kSat, {}},
      {"Il a été président pendant longtemps.", kSat, {}},
      {"Le bataillon compte 1500 hommes.", kSat, {}},
      {"Plus de 2000 personnes ont fui les combats.", kSat, {}},
      {"Le pays a reçu 2019 tonnes de blé.", kSat, {}},
      {"La résolution 2085 du Conseil de sécurité autorise la force.", kSat, {}},
      {"Le score final est de 2,5 points.", kSat, {}},
      {"Le 5 du mois, le loyer est dû.", kSat, {}},
      {"Le Vendredi saint, les fidèles prient.", kSat, {}},
      {"Le marché se tient le mardi.", kSat, {}},
      {"Chaque lundi, le conseil se réunit.", kSat, {}},
      {"La COVID-19 a frappé le pays et le G20 s'est réuni.", kSat, {}},
      {"L'Airbus A400M a décollé de la base.", kSat, {}},
      {"Le lendemain, la veille du scrutin, il a parlé.", kSat, {}},
      {"Le Printemps de Bourges attire les foules.", kSat, {}},
      {"Il était dans un jour de grande forme.", kSat, {}},
      {"Les ventes augmentent de 15 % en 2030 selon les prévisions.", kSat, {{"2030", "2030"}}},
      {"Il a obtenu 2020 voix au premier tour.", kSat, {}},
      {"Noël Le Bihan a parlé au nom du père Noël.", kSat, {}},
      {"Il reviendra pour Noël.", kSat, {{"Noël", "2025-12-25"}}},
  };
  return kCases;
}

std::string Describe(const std::vector<DateMention>& found, const std::string& text) {
  std::string out;
  for (const DateMention& m : found) {
    out += " [" + text.substr(m.span.start, m.span.end - m.span.start) + " = " + m.value + "]";
  }
  return out.empty() ? " (none)" : out;
}

TEST(DatesTest, Table) {
  for (const Case& c : Cases()) {
    DateOptions options;
    if (*c.dct != '\0') options.dct = c.dct;
    const std::string text = c.text;
    const std::vector<DateMention> found = FindDates(text, options);
    bool same = found.size() == c.dates.size();
    for (size_t i = 0; same && i < found.size(); ++i) {
      const DateMention& m = found[i];
      same = text.substr(m.span.start, m.span.end - m.span.start) == c.dates[i].surface &&
             m.value == c.dates[i].value;
    }
    EXPECT_TRUE(same) << c.text << " (dct " << c.dct << ")\n  found:" << Describe(found, text);
  }
  EXPECT_GE(Cases().size(), 80u);
}

TEST(DatesTest, FallbackYearSettlesAWeekdayWithoutAnyYear) {
  const std::string text = "Il a parlé le jeudi 25 avril. La lettre date du 4 avril.";
  DateOptions options;
  EXPECT_EQ(FindDates(text, options)[0].value, "XXXX-04-25");
  options.fallback_year = 2026;
  const std::vector<DateMention> found = FindDates(text, options);
  ASSERT_EQ(found.size(), 2u) << Describe(found, text);
  EXPECT_EQ(found[0].value, "2024-04-25");  // the last Thursday 25 April up to 2026
  EXPECT_EQ(found[0].source, "relative");
  EXPECT_EQ(found[1].value, "2024-04-04");
}

TEST(DatesTest, SourceKindModAndSince) {
  const std::string text = "Depuis fin 2019, il vit ici ; hier, mi-juillet, les années 60.";
  DateOptions options;
  options.dct = "2025-08-20";
  const std::vector<DateMention> found = FindDates(text, options);
  ASSERT_EQ(found.size(), 4u) << Describe(found, text);
  EXPECT_EQ(found[0].source, "explicit");
  EXPECT_EQ(found[0].kind, "year");
  EXPECT_EQ(found[0].mod, "end");
  EXPECT_TRUE(found[0].since);
  EXPECT_EQ(found[1].source, "relative");
  EXPECT_EQ(found[1].kind, "day");
  EXPECT_FALSE(found[1].since);
  EXPECT_EQ(found[2].mod, "mid");
  EXPECT_EQ(found[2].kind, "month");
  EXPECT_EQ(found[3].kind, "decade");
  EXPECT_EQ(found[3].source, "explicit");
}

TEST(DatesTest, MalformedDctIsIgnoredAndEmptyTextIsFine) {
  DateOptions options;
  options.dct = "demain";
  EXPECT_TRUE(FindDates("Il est venu hier.", options).empty());
  EXPECT_TRUE(FindDates("", options).empty());
  EXPECT_EQ(FindDates("Le 25 juin 2019", options).size(), 1u);
  // Truncated and odd input must not read out of bounds.
  for (const char* text : {"le 25", "25/", "25/06/", "aujourd'", "il y a", "avant-", "week-",
                           "\xC3", "l'an", "les années", "XIXe", "mi-", "1er"}) {
    FindDates(text, options);
  }
}

TEST(DatesTest, TokensFoldAccentsAndCase) {
  dates::TokenStream stream;
  dates::Tokenize("Août ÉTÉ l’an 1er", &stream);
  ASSERT_EQ(stream.tokens.size(), 7u);
  EXPECT_EQ(stream.tokens[0].fold, "aout");
  EXPECT_EQ(stream.tokens[0].word, dates::Word::kMonth);
  EXPECT_EQ(stream.tokens[0].arg, 8);
  EXPECT_EQ(stream.tokens[1].fold, "ete");
  EXPECT_TRUE(stream.tokens[1].all_caps);
  EXPECT_EQ(stream.tokens[3].fold, "'");
  EXPECT_EQ(stream.tokens[4].word, dates::Word::kAn);
  EXPECT_EQ(stream.tokens[5].type, dates::TokenType::kNumber);
  EXPECT_EQ(stream.tokens[6].fold, "er");
  EXPECT_FALSE(stream.tokens[6].space_before);
}

}  // namespace
}  // namespace veille
