#include "actors/dictionary.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace veille {
namespace {

const std::string kShipped = std::string(VEILLE_SOURCE_DIR) + "/data";

TEST(DictionaryTest, ShippedDataIsValid) {
  std::vector<std::string> problems = CheckActorData(kShipped);
  for (const std::string& p : problems) ADD_FAILURE() << p;
}

// Load time (< 300 ms) is measured by bench/bench_actors, not asserted here:
// a timed test fails on a loaded machine or under sanitizers.
TEST(DictionaryTest, ShippedDataLoads) {
  std::vector<std::string> problems;
  ActorDictionary d = LoadActorDictionary(kShipped + "/actors", &problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_GE(d.states.size(), 198u);
  EXPECT_GT(d.patterns.size(), 1000u);
}

TEST(DictionaryTest, EveryUnMemberHasItsThreeNames) {
  std::vector<std::string> problems;
  ActorDictionary d = LoadActorDictionary(kShipped + "/actors", &problems);
  for (const char* code : {"MLI", "BFA", "NER", "RUS", "FRA", "USA", "CHN", "PSE", "XKK", "TWN", "ESH", "VAT"}) {
    auto it = d.state_by_code.find(code);
    ASSERT_NE(it, d.state_by_code.end()) << code;
    const StateRec& s = d.states[it->second];
    EXPECT_FALSE(s.name_en.empty() || s.name_fr.empty() || s.name_ru.empty()) << code;
  }
}

class BrokenDataTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("veille_dict_test_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
    Write("states.tsv", "# veille states format 1\nMLI\tML\tmember\tMali\tMali\tМали\n"
                        "RUS\tRU\tmember\tRussia\tRussie\tРоссия\n");
    Write("state_forms.tsv", "# veille state-forms format 1\nMLI\tdemonym\tmalien|malienne\n");
    Write("orgs.tsv", "# veille organisations format 1\n"
                      "org:un\tUN\torg\t-\tIGO\tf\tUnited Nations\tONU\t-\n");
    Write("role_nouns.tsv", "# veille role-nouns format 1\nhead_of_state\tperson\tGOV\tprésident\t-\n");
    Write("places.tsv", "# veille places format 1\nplace:gao\tMLI\tGao\tGao\n");
    Write("persons.tsv", "# veille persons format 1\nper:a-b\tA B\t\tMLI\n");
    Write("roles.tsv", "# veille roles format 1\nper:a-b\tMLI\thead_of_state\tGOV\t2020-05-01\n");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name) << content;
  }

  std::vector<std::string> Problems() {
    std::vector<std::string> problems;
    LoadActorDictionary(dir_.string(), &problems);
    return problems;
  }

  std::filesystem::path dir_;
};

TEST_F(BrokenDataTest, ValidFixtureHasNoProblem) { EXPECT_TRUE(Problems().empty()); }

struct BrokenCase {
  const char* file;
  const char* content;
  const char* expected;  // "file:line: problem" suffix after the directory
};

constexpr BrokenCase kBroken[] = {
    {"persons.tsv", "# veille persons format 1\nper:a-b\tA B\t\tMLI\nper:c-d\tC D\t\tXXX\n",
     "persons.tsv:3: unknown country code 'XXX'"},
    {"persons.tsv", "# veille persons format 1\nper:a-b\tA B\t\tMLI\nper:a-b\tA B\t\tMLI\n",
     "persons.tsv:3: duplicate id per:a-b"},
    {"persons.tsv", "# veille persons format 1\n\n# comment\nper:a-b\tA B\tMLI\n",
     "persons.tsv:4: expected 4 tab-separated columns, found 3"},
    {"persons.tsv", "# veille persons format 1\nPer:A\tA B\t\tMLI\n",
     "persons.tsv:2: bad id 'Per:A': expected per: + lower-case ASCII words joined by -"},
    {"roles.tsv", "# veille roles format 1\nper:a-b\tMLI\thead_of_state\tGOV\t2020-13-01\n",
     "roles.tsv:2: bad date '2020-13-01': expected YYYY, YYYY-MM or YYYY-MM-DD"},
    {"roles.tsv", "# veille roles format 1\nper:a-b\tMLI\tking\tGOV\t2020\n", "roles.tsv:2: unknown role 'king'"},
    {"roles.tsv", "# veille roles format 1\nper:x-y\tMLI\thead_of_state\tGOV\t2020\n",
     "roles.tsv:2: unknown person 'per:x-y'"},
    {"roles.tsv", "# veille roles format 1\nper:a-b\tMLI\thead_of_state\tGOV\t2020\t2019\n",
     "roles.tsv:2: tenure ends before it starts"},
    {"state_forms.tsv", "# veille state-forms format 1\nZZZ\tdemonym\tzed\n", "state_forms.tsv:2: unknown country code 'ZZZ'"},
    {"state_forms.tsv", "# veille state-forms format 1\nMLI\tgender\tx\n", "state_forms.tsv:2: gender must be m, f or p, not 'x'"},
    {"state_forms.tsv", "# veille state-forms format 1\nMLI\tmotto\tx\n", "state_forms.tsv:2: unknown field 'motto'"},
    {"orgs.tsv", "# veille organisations format 1\norg:un\tUN\tclub\t-\tIGO\tf\tUN\tONU\t-\n",
     "orgs.tsv:2: kind must be org, group or place, not 'club'"},
    {"orgs.tsv", "# veille organisations format 1\norg:x\tX\torg\tQQQ\tIGO\tf\tX\tX\t-\n",
     "orgs.tsv:2: unknown country code 'QQQ'"},
    {"places.tsv", "# veille places format 1\nplace:gao\tMLI\tGao\tGao\nplace:x\tQQQ\tX\tX\n",
     "places.tsv:3: unknown country code 'QQQ'"},
    {"places.tsv", "# veille places format 1\nplace:gao\tMLI\tGao\tGao\nplace:gao\tMLI\tGao\tGao\n",
     "places.tsv:3: duplicate id place:gao"},
    {"places.tsv", "# veille places format 1\ntown:gao\tMLI\tGao\tGao\n",
     "places.tsv:2: bad id 'town:gao': expected place: + lower-case words"},
    {"places.tsv", "# veille places format 1\nplace:gao\tMLI\tGao\n",
     "places.tsv:2: expected 4 tab-separated columns, found 3"},
    {"role_nouns.tsv", "# veille role-nouns format 1\nhead_of_state\tboss\tGOV\tprésident\t-\n",
     "role_nouns.tsv:2: type must be person, body or title, not 'boss'"},
    {"states.tsv", "# veille states format 2\nMLI\tML\tmember\tMali\tMali\tМали\n",
     "states.tsv:1: first line must be \"# veille states format 1\""},
    {"states.tsv", "# veille states format 1\nMLI\tML\tmember\tMali\tMali\tМали\nMLI\tML\tmember\tMali\tMali\tМали\n",
     "states.tsv:3: duplicate state MLI"},
};

TEST_F(BrokenDataTest, ReportsFileLineAndProblem) {
  for (const BrokenCase& c : kBroken) {
    SetUp();
    Write(c.file, c.content);
    std::vector<std::string> problems = Problems();
    std::string want = (dir_ / c.expected).string();
    bool found = false;
    for (const std::string& p : problems) found |= p == want;
    EXPECT_TRUE(found) << "want: " << want << "\ngot: " << (problems.empty() ? "(none)" : problems.front());
  }
}

TEST(DictionaryTest, NormalizesDates) {
  EXPECT_EQ(NormalizeDate("2019", false), "2019-01-01");
  EXPECT_EQ(NormalizeDate("2019", true), "2019-12-31");
  EXPECT_EQ(NormalizeDate("2019-02", true), "2019-02-29");
  EXPECT_EQ(NormalizeDate("2019-06-25", true), "2019-06-25");
  EXPECT_EQ(NormalizeDate("2019-6-25", true), "");
  EXPECT_EQ(NormalizeDate("2019-06-31", false), "");
  EXPECT_EQ(NormalizeDate("19", false), "");
}

TEST(DictionaryTest, HolderOfFollowsTheDate) {
  std::vector<std::string> problems;
  ActorDictionary d = LoadActorDictionary(kShipped + "/actors", &problems);
  auto id = [&](int p) { return p < 0 ? std::string("none") : d.persons[p].id; };
  EXPECT_EQ(id(d.HolderOf("RUS", "defence_minister", "2019-06-25")), "per:sergei-shoigu");
  EXPECT_EQ(id(d.HolderOf("RUS", "defence_minister", "2025-04-03")), "per:andrei-belousov");
  EXPECT_EQ(id(d.HolderOf("FRA", "head_of_state", "2016-03-01")), "per:francois-hollande");
  EXPECT_EQ(id(d.HolderOf("FRA", "head_of_state", "2024-03-01")), "per:emmanuel-macron");
  EXPECT_EQ(id(d.HolderOf("FRA", "head_of_state", "")), "per:emmanuel-macron");
  EXPECT_EQ(id(d.HolderOf("XYZ", "head_of_state", "2024-03-01")), "none");
}

}  // namespace
}  // namespace veille
