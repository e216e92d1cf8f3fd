// End-to-end: the veille binary on the bundled samples and on bad input.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "test_util.h"

namespace veille {
namespace {

using nlohmann::json;
using testing::Lines;
using testing::RunVeille;
using testing::TempDir;
namespace fs = std::filesystem;

enum class T { kString, kStringOrNull, kNumber, kNumberOrNull, kArray, kObjectOrNull };

bool HasType(const json& v, T t) {
  switch (t) {
    case T::kString: return v.is_string();
    case T::kStringOrNull: return v.is_string() || v.is_null();
    case T::kNumber: return v.is_number();
    case T::kNumberOrNull: return v.is_number() || v.is_null();
    case T::kArray: return v.is_array();
    case T::kObjectOrNull: return v.is_object() || v.is_null();
  }
  return false;
}

// SPEC.md §3, field by field.
const std::vector<std::pair<std::string, T>> kRecordFields = {
    {"doc", T::kString},        {"url", T::kStringOrNull},       {"lang", T::kString},
    {"title", T::kStringOrNull}, {"author", T::kStringOrNull},   {"outlet", T::kStringOrNull},
    {"published", T::kStringOrNull}, {"duplicate_of", T::kStringOrNull}, {"text", T::kString},
    {"mentions", T::kArray},    {"events", T::kArray}};
const std::vector<std::pair<std::string, T>> kMentionFields = {
    {"start", T::kNumber}, {"end", T::kNumber},  {"text", T::kString},          {"entity", T::kString},
    {"name", T::kString},  {"kind", T::kString}, {"country", T::kStringOrNull}, {"sector", T::kStringOrNull}};
const std::vector<std::pair<std::string, T>> kEventFields = {
    {"type", T::kString},        {"mode", T::kStringOrNull},   {"context", T::kArray},
    {"actors", T::kArray},       {"recipients", T::kArray},    {"date", T::kStringOrNull},
    {"date_source", T::kStringOrNull}, {"aux", T::kStringOrNull}, {"location", T::kObjectOrNull},
    {"evidence", T::kArray},     {"cameo", T::kStringOrNull},  {"goldstein", T::kNumberOrNull},
    {"confidence", T::kNumber}};

void ExpectFields(const json& obj, const std::vector<std::pair<std::string, T>>& fields, const std::string& where) {
  ASSERT_TRUE(obj.is_object()) << where;
  for (const auto& [name, type] : fields) {
    ASSERT_TRUE(obj.contains(name)) << where << ": missing field " << name;
    EXPECT_TRUE(HasType(obj[name], type)) << where << ": field " << name << " has type " << obj[name].type_name();
  }
}

// Code-point substring, as SPEC.md defines offsets.
std::u32string ToU32(const std::string& s) {
  std::u32string out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = s[i];
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (int k = 1; k < len; ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
    out.push_back(cp);
    i += len;
  }
  return out;
}

void ExpectRecord(const json& rec) {
  std::string where = rec.value("doc", std::string("?"));
  ExpectFields(rec, kRecordFields, where);
  static const std::set<std::string> kKinds = {"person", "state", "org", "group", "place"};
  static const std::set<std::string> kTypes = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID",
                                               "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST",
                                               "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"};
  std::u32string text = ToU32(rec["text"].get<std::string>());
  for (const json& m : rec["mentions"]) {
    ExpectFields(m, kMentionFields, where + " mention");
    EXPECT_TRUE(kKinds.count(m["kind"].get<std::string>())) << m.dump();
    size_t s = m["start"], e = m["end"];
    ASSERT_LE(s, e);
    ASSERT_LE(e, text.size());
    EXPECT_EQ(text.substr(s, e - s), ToU32(m["text"].get<std::string>())) << m.dump();
  }
  for (const json& ev : rec["events"]) {
    ExpectFields(ev, kEventFields, where + " event");
    EXPECT_TRUE(kTypes.count(ev["type"].get<std::string>())) << ev.dump();
    for (const json& sp : ev["evidence"]) {
      EXPECT_LE(sp["start"].get<size_t>(), sp["end"].get<size_t>());
      EXPECT_LE(sp["end"].get<size_t>(), text.size());
    }
  }
}

TEST(ExtractE2E, SamplesGiveOneCompleteRecordPerArticle) {
  testing::RunResult r = RunVeille({"extract", VEILLE_SOURCE_DIR "/samples"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = Lines(r.out);
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(VEILLE_SOURCE_DIR "/samples")) files.push_back(e.path().filename());
  std::sort(files.begin(), files.end());
  ASSERT_EQ(lines.size(), files.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    json rec = json::parse(lines[i]);
    ExpectRecord(rec);
    EXPECT_EQ(rec["doc"], files[i]) << "records must come in input (path) order";
    EXPECT_FALSE(rec["text"].get<std::string>().empty());
    EXPECT_EQ(rec["lang"], "fr");
  }
}

TEST(ExtractE2E, OutputDoesNotDependOnThreadCount) {
  testing::RunResult one = RunVeille({"extract", "-j", "1", VEILLE_SOURCE_DIR "/samples"});
  testing::RunResult four = RunVeille({"extract", "-j", "4", VEILLE_SOURCE_DIR "/samples"});
  ASSERT_EQ(one.exit_code, 0);
  EXPECT_EQ(one.out, four.out);
}

TEST(ExtractE2E, BadFilesAreReportedAndGoodOnesStillWritten) {
  TempDir dir;
  dir.Write("a_good.txt", "Le ministre malien des Affaires étrangères a été reçu à Moscou.\n");
  dir.Write("b_empty.txt", "");
  dir.Write("c_binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0", 18) + std::string(64, '\0'));
  // Unreadable: a dangling link (root can read any mode, so also chmod 000 when not root).
  ASSERT_EQ(symlink((dir.path() + "/missing-target").c_str(), (dir.path() + "/d_unreadable.txt").c_str()), 0);
  std::string locked = dir.Write("e_locked.txt", "Texte illisible pour qui n'est pas root.");
  bool can_lock = geteuid() != 0;
  if (can_lock) fs::permissions(locked, fs::perms::none);
  dir.Write("sub/f_good.jsonl", "{\"id\": \"j1\", \"text\": \"Le Mali et la Russie ont signé un accord.\"}\n"
                                "not json at all\n"
                                "{\"id\": \"j3\"}\n");

  testing::RunResult r = RunVeille({"extract", dir.path()});
  if (can_lock) fs::permissions(locked, fs::perms::owner_all);
  EXPECT_EQ(r.exit_code, 1) << "something was skipped: the exit status must say so";
  std::vector<std::string> ids;
  for (const std::string& line : Lines(r.out)) {
    json rec = json::parse(line);
    ExpectRecord(rec);
    ids.push_back(rec["doc"]);
  }
  std::vector<std::string> want = {"a_good.txt"};
  if (!can_lock) want.push_back("e_locked.txt");
  want.push_back("j1");
  EXPECT_EQ(ids, want);
  // One line per bad input, naming it.
  for (const char* bad : {"b_empty.txt", "c_binary.bin", "d_unreadable.txt", "f_good.jsonl:2", "f_good.jsonl:3"})
    EXPECT_NE(r.err.find(bad), std::string::npos) << bad << " not reported in:\n" << r.err;
  if (can_lock) {
    EXPECT_NE(r.err.find("e_locked.txt"), std::string::npos) << r.err;
  }
  EXPECT_EQ(r.err.find("AddressSanitizer"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("runtime error"), std::string::npos) << r.err;
}

TEST(ExtractE2E, ReadsJsonLinesFromStdin) {
  testing::RunResult r = RunVeille({"extract", "-"},
                                   "{\"id\": 7, \"url\": \"https://example.org/a\", \"published\": \"2025-04-11T10:00:00Z\","
                                   " \"text\": \"Bamako et Moscou renforcent leur coopération militaire.\"}\n");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json rec = json::parse(r.out);
  ExpectRecord(rec);
  EXPECT_EQ(rec["doc"], "7");
  EXPECT_EQ(rec["url"], "https://example.org/a");
  EXPECT_EQ(rec["published"], "2025-04-11");
}

// An undated article that names no year: its weekday date takes the latest
// matching year up to --latest-year.
TEST(ExtractE2E, LatestYearDatesUndatedWeekdays) {
  const std::string article =
      "{\"id\": \"u\", \"text\": \"La Somalie et la Turquie ont conclu, le jeudi 8 février, un accord-cadre de "
      "coopération économique et de défense, visant à renforcer leurs liens bilatéraux et à promouvoir la stabilité "
      "dans la Corne de l'Afrique. L'accord a été signé à Ankara par les deux ministres de la Défense.\"}\n";
  auto date_of_first_event = [&](const std::string& year) {
    testing::RunResult r = RunVeille({"extract", "--latest-year", year, "-"}, article);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    json rec = json::parse(r.out);
    EXPECT_FALSE(rec["events"].empty()) << r.out;
    return rec["events"].empty() ? std::string() : rec["events"][0]["date"].get<std::string>();
  };
  EXPECT_EQ(date_of_first_event("2025"), "2024-02-08");  // 8 February 2024 was a Thursday
  EXPECT_EQ(date_of_first_event("2023"), "2018-02-08");  // and 2018 the one before
  EXPECT_EQ(RunVeille({"extract", "--latest-year", "12", "-"}, article).exit_code, 2);
}

TEST(ExtractE2E, UsageErrorsAreClear) {
  testing::RunResult r = RunVeille({"extract", "--no-such-flag", "x"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--no-such-flag"), std::string::npos) << r.err;
  testing::RunResult v = RunVeille({"--version"});
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_EQ(v.out.rfind("veille ", 0), 0u) << v.out;
  testing::RunResult f = RunVeille({"extract", "--format", "xml", VEILLE_SOURCE_DIR "/samples"});
  EXPECT_EQ(f.exit_code, 2);
}

TEST(ExtractE2E, SummaryFormatIsReadable) {
  testing::RunResult r = RunVeille({"extract", "--format", "summary", VEILLE_SOURCE_DIR "/samples"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("5 documents"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace veille
