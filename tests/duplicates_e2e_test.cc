// End-to-end: `veille extract` marks the same story met again in one run.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "test_util.h"

namespace veille {
namespace {

const std::string kStory =
    "Le gouvernement malien a annoncé lundi le retrait du pays de toutes les instances du G5 Sahel, y compris "
    "de sa force conjointe antijihadiste, pour protester contre le refus qui lui est opposé d'en assurer la "
    "présidence tournante. Une conférence des chefs d'Etat prévue en février à Bamako devait consacrer le début "
    "de la présidence malienne, mais elle ne s'est toujours pas tenue, selon le communiqué.\n";
const std::string kOther =
    "La Somalie a pris la décision d'expulser l'ambassadeur d'Éthiopie et de fermer deux consulats éthiopiens "
    "sur son territoire, en raison de ce qu'elle qualifie d'interférence dans ses affaires intérieures. Cette "
    "décision intervient après des mois de tensions entre les deux pays, notamment sur l'accès à la mer.\n";

TEST(DuplicatesE2E, SameStoryOnAnotherSiteNamesTheFirst) {
  testing::TempDir dir;
  dir.Write("a.txt", kStory);
  dir.Write("b.txt", kOther);
  dir.Write("c.txt", "Partager sur Facebook\n" + kStory + "Laissez un commentaire\nLa rédaction\n");
  testing::RunResult r = testing::RunVeille({"extract", "-j", "2", dir.path()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = testing::Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  std::vector<nlohmann::json> recs;
  for (const std::string& l : lines) recs.push_back(nlohmann::json::parse(l));
  EXPECT_TRUE(recs[0]["duplicate_of"].is_null());
  EXPECT_TRUE(recs[1]["duplicate_of"].is_null());
  EXPECT_EQ(recs[2]["duplicate_of"], "a.txt");
}

}  // namespace
}  // namespace veille
