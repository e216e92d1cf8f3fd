#include "ingest/dedup.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace veille {
namespace {

// One wire story (two paragraphs) and another story on the same topic.
const std::string kWire =
    "Le gouvernement malien a annoncé lundi le retrait du pays de toutes les instances du G5 Sahel, y compris "
    "de sa force conjointe antijihadiste, pour protester contre le refus qui lui est opposé d'en assurer la "
    "présidence tournante. Une conférence des chefs d'Etat prévue en février à Bamako devait consacrer le début "
    "de la présidence malienne, mais elle ne s'est toujours pas tenue, selon le communiqué lu à la télévision.\n"
    "Le G5 Sahel, formé en 2014 avec la Mauritanie, le Tchad, le Burkina Faso et le Niger, peine depuis des "
    "années à mobiliser les financements promis par ses partenaires internationaux.";
const std::string kOtherStory =
    "Le Mali a annoncé dimanche soir son retrait du G5 Sahel et de sa force militaire, une décision qui "
    "intervient après des mois de tensions avec les pays voisins au sujet de la transition. Les autorités de "
    "Bamako dénoncent une instrumentalisation de l'organisation par des puissances extérieures et affirment "
    "vouloir privilégier des partenariats bilatéraux, notamment avec la Russie et la Turquie.\n"
    "Plusieurs analystes estiment que cette décision affaiblit encore davantage une organisation déjà fragilisée "
    "par les coups d'Etat successifs au Mali et au Burkina Faso.";

TEST(DedupTest, FingerprintsIgnoreCaseAccentsAndSpacing) {
  Fingerprint a = ContentFingerprint("Le Mali a quitté le G5 Sahel.");
  Fingerprint b = ContentFingerprint("le  MALI a quitte\nle G5-Sahel !");
  EXPECT_EQ(a.exact, b.exact);
  EXPECT_EQ(a.simhash, b.simhash);
  EXPECT_EQ(ContentFingerprint("").exact, 0u);
  EXPECT_EQ(ContentFingerprint("« — »").shingles, 0);
}

TEST(DedupTest, PairsAreJudgedAsTheyShouldBe) {
  struct Case {
    std::string name;
    std::string first, second;
    bool duplicate;
  };
  const std::vector<Case> cases = {
      {"identical", kWire, kWire, true},
      {"same wire story, other furniture left", "Par AFP\n" + kWire, kWire + "\nLa rédaction", true},
      {"same wire story, a word changed", kWire,
       [] {
         std::string s = kWire;
         s.replace(s.find("lundi"), 5, "mardi");
         return s;
       }(),
       true},
      {"same topic, other story", kWire, kOtherStory, false},
      {"first paragraph only", kWire, kWire.substr(0, kWire.find('\n')), false},
      {"short texts: exact only", "Le Mali quitte le G5 Sahel.", "Le Mali quitte le G5 Sahel !", true},
      {"short texts differ", "Le Mali quitte le G5 Sahel.", "Le Niger quitte le G5 Sahel.", false},
      {"empty texts are never duplicates", "", "", false},
  };
  for (const Case& c : cases) {
    DuplicateIndex index;
    EXPECT_FALSE(index.Add("a", ContentFingerprint(c.first)).has_value()) << c.name;
    std::optional<std::string> dup = index.Add("b", ContentFingerprint(c.second));
    EXPECT_EQ(dup.has_value(), c.duplicate) << c.name << " distance "
                                            << HammingDistance(ContentFingerprint(c.first).simhash,
                                                               ContentFingerprint(c.second).simhash);
    if (c.duplicate && dup) EXPECT_EQ(*dup, "a") << c.name;
  }
}

TEST(DedupTest, PointsToTheEarliestCopy) {
  DuplicateIndex index;
  EXPECT_FALSE(index.Add("first", ContentFingerprint(kWire)).has_value());
  EXPECT_FALSE(index.Add("other", ContentFingerprint(kOtherStory)).has_value());
  EXPECT_EQ(index.Add("second", ContentFingerprint(kWire)).value_or(""), "first");
  EXPECT_EQ(index.Add("third", ContentFingerprint("Par Reuters\n" + kWire)).value_or(""), "first");
  EXPECT_EQ(index.Add("other2", ContentFingerprint(kOtherStory)).value_or(""), "other");
}

}  // namespace
}  // namespace veille
