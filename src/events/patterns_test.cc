// The events dictionaries: the shipped ones load, bad lines are reported as
// "file:line: problem".
#include "events/patterns.h"

#include <cstdio>
#include <fstream>
#include <set>
#include <string>

#include <gtest/gtest.h>

namespace veille {
namespace {

std::string WriteTemp(const std::string& name, const std::string& content) {
  std::string path = ::testing::TempDir() + "/" + name;
  std::ofstream(path) << content;
  return path;
}

TEST(PatternsTest, ShippedDictionariesAreValid) {
  EXPECT_EQ(CheckEventDictionaries(std::string(VEILLE_SOURCE_DIR) + "/data"), std::vector<std::string>{});
  auto patterns = LoadPatterns(std::string(VEILLE_SOURCE_DIR) + "/data/events/patterns.tsv");
  ASSERT_TRUE(patterns.ok());
  std::set<std::string> types;
  for (const Pattern& p : *patterns) types.insert(p.type);
  EXPECT_EQ(types.size(), 16u);  // every PLOVER type has patterns
}

TEST(PatternsTest, ParsesHeadsFollowersAndReflexives) {
  std::string path = WriteTemp("p.tsv",
                               "# veille patterns format 1\n"
                               "CONSULT\tvisit\tdiplomatic\t042\t1.9\tagent\tse rendre à|au\n"
                               "COERCE\t-\t-\t170\t-7.0\tdomestic\tN:coup d'état\n"
                               "COERCE\texpel\t-\t174\t-5\tagent\tdemander ... quitter\n");
  auto patterns = LoadPatterns(path);
  ASSERT_TRUE(patterns.ok()) << patterns.status().ToString();
  ASSERT_EQ(patterns->size(), 3u);
  EXPECT_TRUE((*patterns)[0].reflexive);
  EXPECT_EQ((*patterns)[0].head, "rendre");
  EXPECT_EQ((*patterns)[0].follow[0], (std::vector<std::string>{"a", "au"}));  // accents folded
  EXPECT_TRUE((*patterns)[1].noun);
  EXPECT_EQ((*patterns)[1].follow.size(), 2u);  // "d'" + "etat"
  EXPECT_EQ((*patterns)[1].roles, Roles::kDomestic);
  EXPECT_TRUE((*patterns)[2].far[0]);
}

TEST(PatternsTest, ReportsEveryBadLineWithItsNumber) {
  struct Case {
    const char* line;
    const char* problem;
  };
  const Case kCases[] = {
      {"FIGHT\t-\t-\t190\t-10\tagent\tattaquer", ":2: unknown PLOVER type"},
      {"ASSAULT\t-\t-\tx19\t-10\tagent\tattaquer", ":2: CAMEO code must be digits"},
      {"ASSAULT\t-\t-\t190\t-12\tagent\tattaquer", ":2: Goldstein value"},
      {"ASSAULT\t-\t-\t190\t-10\tboth\tattaquer", ":2: roles must be"},
      {"ASSAULT\t-\t-\t190\t-10\tagent\tAttaquer", ":2: head"},
      {"ASSAULT\t-\t-\t190\t-10\tagent", ":2: expected 7 tab-separated fields"},
      {"ASSAULT\t-\t-\t190\t-10\tagent\tattaquer ...", ":2: \"...\" must stand between two words"},
  };
  for (const Case& c : kCases) {
    std::string path = WriteTemp("bad.tsv", std::string("# veille patterns format 1\n") + c.line + "\n");
    auto patterns = LoadPatterns(path);
    ASSERT_FALSE(patterns.ok()) << c.line;
    EXPECT_NE(patterns.status().message().find(path + c.problem), std::string::npos)
        << patterns.status().message();
  }
  std::string path = WriteTemp("nohdr.tsv", "ASSAULT\t-\t-\t190\t-10\tagent\tattaquer\n");
  auto patterns = LoadPatterns(path);
  ASSERT_FALSE(patterns.ok());
  EXPECT_NE(patterns.status().message().find(path + ":1: first line must be"), std::string::npos);
}

TEST(PatternsTest, CuesAreValidated) {
  std::string path = WriteTemp("c.tsv", "# veille cues format 1\nenvisager\tmaybe\t-\npouvoir\thypothetical\tsoon\n");
  auto cues = LoadCues(path);
  ASSERT_FALSE(cues.ok());
  EXPECT_NE(cues.status().message().find(path + ":2: kind must be"), std::string::npos);
  EXPECT_NE(cues.status().message().find(path + ":3: unknown option"), std::string::npos);
}

}  // namespace
}  // namespace veille
