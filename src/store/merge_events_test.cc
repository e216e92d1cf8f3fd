#include "store/merge_events.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace veille::store {
namespace {

Event MakeEvent(std::vector<std::string> actors, std::vector<std::string> recipients) {
  Event e;
  e.type = "CONSULT";
  for (auto& a : actors) e.actors.push_back(EventParty{a, std::nullopt, std::nullopt});
  for (auto& r : recipients) e.recipients.push_back(EventParty{r, std::nullopt, std::nullopt});
  return e;
}

std::string Show(const std::vector<Dyad>& ds) {
  std::string s;
  for (const Dyad& d : ds) s += (s.empty() ? "" : " ") + d.actor.code + ">" + (d.recipient.code.empty() ? "-" : d.recipient.code);
  return s;
}

TEST(ExpandDyadsTest, Table) {
  struct Case {
    std::vector<std::string> actors, recipients;
    std::string want;
  } cases[] = {
      {{"RUS"}, {"MLI"}, "RUS>MLI"},
      {{"RUS", "CHN"}, {"MLI", "NER"}, "RUS>MLI RUS>NER CHN>MLI CHN>NER"},
      {{"RUS"}, {}, "RUS>-"},
      {{"RUS", "MLI"}, {}, "MLI>RUS"},          // unordered pair: smaller code first
      {{"MLI", "RUS"}, {}, "MLI>RUS"},
      {{"MLI", "NER", "BFA"}, {}, "MLI>NER BFA>MLI BFA>NER"},
      {{"MLI", "MLI"}, {}, ""},                 // a pair needs two distinct actors
      {{"RUS", ""}, {"MLI", "MLI"}, "RUS>MLI"}, // no code dropped, duplicates removed
      {{}, {"MLI"}, ""},
  };
  for (const Case& c : cases) EXPECT_EQ(Show(ExpandDyads(MakeEvent(c.actors, c.recipients))), c.want);
}

TEST(DatesCompatibleTest, Table) {
  struct Case {
    const char *a, *b;
    bool want;
  } cases[] = {
      {"2025", "2025-03-14", true}, {"2025-03", "2025-03-14", true}, {"2025-03", "2025-04", false},
      {"2025-03-14", "2025-03-15", false}, {"2024", "2025", false}, {"2025-03-14", "2025-03-14", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(DatesCompatible(c.a, c.b), c.want) << c.a << " " << c.b;
    EXPECT_EQ(DatesCompatible(c.b, c.a), c.want) << c.b << " " << c.a;
  }
}

using Dates = std::vector<std::optional<std::string>>;

TEST(ClusterDatesTest, Table) {
  struct Case {
    Dates in;
    std::vector<std::string> want;
  } cases[] = {
      // A coarser date joins the one compatible day.
      {{"2025-03-14", "2025-03", "2025"}, {"2025-03-14", "2025-03-14", "2025-03-14"}},
      // Two different days stay apart; the month joins the one with more reports.
      {{"2025-03-14", "2025-03-20", "2025-03-20", "2025-03"},
       {"2025-03-14", "2025-03-20", "2025-03-20", "2025-03-20"}},
      // Ties go to the smallest date.
      {{"2025-03-20", "2025-03-14", "2025-03"}, {"2025-03-20", "2025-03-14", "2025-03-14"}},
      // Incompatible months stay apart; the year joins the larger month.
      {{"2025-03", "2025-04", "2025-04", "2025"}, {"2025-03", "2025-04", "2025-04", "2025-04"}},
      // Other years do not meet.
      {{"2024", "2025-01-02"}, {"2024", "2025-01-02"}},
      // Unknown dates join the largest cluster, or form their own.
      {{std::nullopt, "2025-03-14"}, {"2025-03-14", "2025-03-14"}},
      {{std::nullopt, std::nullopt}, {"", ""}},
      {{}, {}},
  };
  for (const Case& c : cases) EXPECT_EQ(ClusterDates(c.in), c.want);
}

TEST(ClusterDatesTest, IndependentOfOrder) {
  Dates dates = {"2025-03-14", "2025", "2025-03", std::nullopt, "2025-03-20", "2025-03-20", "2024-12", "2024"};
  std::vector<size_t> idx(dates.size());
  for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  // Anchor per input must be the same for every permutation.
  std::vector<std::string> base = ClusterDates(dates);
  int permutations = 0;
  do {
    Dates permuted;
    for (size_t i : idx) permuted.push_back(dates[i]);
    std::vector<std::string> got = ClusterDates(permuted);
    for (size_t k = 0; k < idx.size(); ++k) ASSERT_EQ(got[k], base[idx[k]]);
    ++permutations;
  } while (std::next_permutation(idx.begin(), idx.end()) && permutations < 5000);
}

TEST(MergedEventIdTest, StableAndDistinct) {
  EXPECT_EQ(MergedEventId("CONSULT|RUS|MLI|", "2025-03"), MergedEventId("CONSULT|RUS|MLI|", "2025-03"));
  EXPECT_NE(MergedEventId("CONSULT|RUS|MLI|", "2025-03"), MergedEventId("CONSULT|RUS|MLI|", "2025-04"));
  EXPECT_GT(MergedEventId("x", ""), 0);
}

TEST(CameoTest, Table) {
  struct Case {
    const char* type;
    const char* root;
    int quad;
    bool cooperative;
  } cases[] = {
      {"AGREE", "03", 1, true},     {"CONSULT", "04", 1, true},   {"AID", "07", 2, true},
      {"COOPERATE", "06", 2, true}, {"ACCUSE", "11", 3, false},   {"THREATEN", "13", 3, false},
      {"ASSAULT", "18", 4, false},  {"SANCTION", "16", 4, false}, {"MOBILIZE", "15", 4, false},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(CameoRoot(c.type), c.root) << c.type;
    EXPECT_EQ(QuadClassOfRoot(CameoRoot(c.type)), c.quad) << c.type;
    EXPECT_EQ(DefaultGoldstein(c.type) > 0, c.cooperative) << c.type;
  }
  EXPECT_EQ(CameoRoot("NOPE"), "");
  EXPECT_EQ(QuadClassOfRoot("190"), 4);
}

}  // namespace
}  // namespace veille::store
