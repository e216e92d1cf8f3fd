// `veille merge` of stores built on two halves of a corpus equals the store
// built from the whole; re-ingesting adds nothing; the CLI's query verbs and
// exports work on the result.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "store/store_testing.h"
#include "test_util.h"
#include "veille/store.h"
#include "veille/writer.h"

// GCC 12 warns (-Wmissing-field-initializers) on designated initializers
// that leave defaulted members out; the tables here rely on those defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace veille {
namespace {

using testing::Lines;
using testing::RunVeille;
using testing::TempDir;

std::string Dump(const std::string& db) {
  auto s = Store::Open(db, {.create_if_missing = false, .read_only = true});
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return "";
  std::ostringstream out;
  EXPECT_TRUE((*s)->DumpCanonical(out).ok());
  return out.str();
}

StoreCounts Counts(const std::string& db) {
  auto s = Store::Open(db, {.create_if_missing = false, .read_only = true});
  return s.ok() && (*s)->Counts().ok() ? *(*s)->Counts() : StoreCounts{};
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

void Ingest(const std::vector<std::string>& inputs, const std::string& db, bool records) {
  std::vector<std::string> args = {"ingest", "--db", db, "--no-progress"};
  if (records) args.push_back("--records");
  args.insert(args.end(), inputs.begin(), inputs.end());
  testing::RunResult r = RunVeille(args);
  ASSERT_EQ(r.exit_code, 0) << r.err;
}

TEST(StoreMergeTest, TwoHalvesEqualTheWhole) {
  TempDir tmp;
  std::vector<Document> docs = testing::SyntheticCorpus(300, 5);
  std::string first, second;
  // Copies (duplicate_of) have their original's text, so their story is the same in either half.
  for (size_t i = 0; i < docs.size(); ++i) (i < docs.size() / 2 ? first : second) += RecordToJson(docs[i]) + "\n";
  std::string a = tmp.Write("a.jsonl", first), b = tmp.Write("b.jsonl", second);
  Ingest({a, b}, tmp.path() + "/whole.db", true);
  Ingest({a}, tmp.path() + "/a.db", true);
  Ingest({b}, tmp.path() + "/b.db", true);
  testing::RunResult m = RunVeille({"merge", tmp.path() + "/b.db", tmp.path() + "/a.db", "--into", tmp.path() + "/c.db"});
  ASSERT_EQ(m.exit_code, 0) << m.err;
  std::string whole = Dump(tmp.path() + "/whole.db");
  EXPECT_GT(Counts(tmp.path() + "/whole.db").events, 100);
  EXPECT_EQ(Dump(tmp.path() + "/c.db"), whole);
  // Merging again changes nothing.
  ASSERT_EQ(RunVeille({"merge", tmp.path() + "/a.db", "--into", tmp.path() + "/c.db"}).exit_code, 0);
  EXPECT_EQ(Dump(tmp.path() + "/c.db"), whole);
}

TEST(StoreMergeTest, RealArticlesHalvesAndReingest) {
  std::string dev = VEILLE_SHARED_DIR "/corpus/dev", train = VEILLE_SHARED_DIR "/corpus/train/input.jsonl";
  if (access(dev.c_str(), R_OK) != 0) GTEST_SKIP() << "no corpus at " << dev;
  TempDir tmp;
  std::string whole = tmp.path() + "/whole.db";
  Ingest({dev, train}, whole, false);
  StoreCounts before = Counts(whole);
  EXPECT_GE(before.documents, 40);  // 45 articles; a few may be skipped by extraction
  Ingest({dev, train}, whole, false);
  StoreCounts after = Counts(whole);
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.mentions, before.mentions);
  EXPECT_EQ(after.events, before.events);
  Ingest({dev}, tmp.path() + "/dev.db", false);
  Ingest({train}, tmp.path() + "/train.db", false);
  ASSERT_EQ(RunVeille({"merge", tmp.path() + "/dev.db", tmp.path() + "/train.db", "--into", tmp.path() + "/m.db"}).exit_code, 0);
  EXPECT_EQ(Dump(tmp.path() + "/m.db"), Dump(whole));
}

// ingest marks near-duplicates as extract does, also when resumed after a
// partial run (the stored articles feed the duplicate index).
TEST(StoreMergeTest, MarksNearDuplicatesAsExtractDoes) {
  TempDir tmp;
  std::string story =
      "Le président de la transition du Mali a reçu mardi à Bamako une délégation venue de Moscou pour discuter "
      "de la coopération militaire entre les deux pays, de la livraison d'hélicoptères et de la formation des "
      "soldats maliens, selon un communiqué publié le soir même par la présidence malienne.";
  std::string a = tmp.Write("in/a.txt", story + "\n\nPublié par le site A.\n");
  std::string b = tmp.Write("in/b.txt", story + "\n\nPublié par le site B.\n");
  tmp.Write("in/c.txt", "Un tout autre article, sur la saison des pluies au Sahel et les récoltes de mil.\n");
  testing::RunResult ex = RunVeille({"extract", tmp.path() + "/in"});
  ASSERT_EQ(ex.exit_code, 0) << ex.err;
  std::map<std::string, std::string> want;
  for (const std::string& l : Lines(ex.out)) {
    auto j = nlohmann::json::parse(l);
    want[j["doc"]] = j["duplicate_of"].is_null() ? "" : j["duplicate_of"].get<std::string>();
  }
  ASSERT_EQ(want["b.txt"], "a.txt") << ex.out;  // the case under test
  EXPECT_EQ(want["c.txt"], "");
  auto stored = [&](const std::string& db) {
    std::map<std::string, std::string> got;
    auto s = Store::Open(db, {.create_if_missing = false, .read_only = true});
    EXPECT_TRUE(s.ok());
    for (const char* name : {"a.txt", "b.txt", "c.txt"}) {
      Article art{name, "text", ReadAll(tmp.path() + "/in/" + name), std::nullopt, std::nullopt, std::nullopt,
                  std::nullopt};
      auto d = (*s)->FindDocument(ArticleHash(art));
      EXPECT_TRUE(d.ok() && *d) << name;
      if (d.ok() && *d) got[(*d)->doc] = (*d)->duplicate_of.value_or("");
    }
    return got;
  };
  Ingest({tmp.path() + "/in"}, tmp.path() + "/all.db", false);
  EXPECT_EQ(stored(tmp.path() + "/all.db"), want);
  // Resumed: a.txt stored by a first run, then everything.
  Ingest({a}, tmp.path() + "/resumed.db", false);
  Ingest({tmp.path() + "/in"}, tmp.path() + "/resumed.db", false);
  EXPECT_EQ(stored(tmp.path() + "/resumed.db"), want);
  EXPECT_EQ(Dump(tmp.path() + "/resumed.db"), Dump(tmp.path() + "/all.db"));
  (void)b;
}

TEST(StoreMergeTest, QueryVerbsAndExports) {
  TempDir tmp;
  std::string records;
  for (const Document& d : testing::SyntheticCorpus(120, 9)) records += RecordToJson(d) + "\n";
  std::string db = tmp.path() + "/q.db";
  Ingest({tmp.Write("r.jsonl", records)}, db, true);

  testing::RunResult gdelt = RunVeille({"events", "--db", db, "--format", "gdelt"});
  ASSERT_EQ(gdelt.exit_code, 0) << gdelt.err;
  std::vector<std::string> lines = Lines(gdelt.out);
  EXPECT_EQ(static_cast<int64_t>(lines.size()), Counts(db).events);
  for (const std::string& l : lines) EXPECT_EQ(std::count(l.begin(), l.end(), '\t'), 60) << l;

  testing::RunResult csv = RunVeille({"events", "--db", db, "--format", "csv", "--actor", "RUS", "--limit", "5"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_EQ(csv.out.rfind("id,date,type,actor,", 0), 0u);

  testing::RunResult jsonl = RunVeille({"events", "--db", db, "--actor", "russie", "--min-sources", "1"});
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  for (const std::string& l : Lines(jsonl.out)) EXPECT_EQ(nlohmann::json::parse(l)["actor"]["code"], "RUS");

  for (const char* verb : {"actors", "graph"}) {
    testing::RunResult r = RunVeille({verb, "--db", db});
    EXPECT_EQ(r.exit_code, 0) << verb << ": " << r.err;
    EXPECT_FALSE(r.out.empty()) << verb;
  }
  testing::RunResult t = RunVeille({"timeline", "--db", db, "--actor", "MLI", "--with", "FRA", "--by", "year"});
  EXPECT_EQ(t.exit_code, 0) << t.err;

  // A file that is not a store, and a store that does not exist.
  std::string text = tmp.Write("notes.db", "just some notes, not a database, long enough to be read as a page\n");
  testing::RunResult bad = RunVeille({"events", "--db", text});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("not a veille store"), std::string::npos) << bad.err;
  EXPECT_EQ(RunVeille({"events", "--db", tmp.path() + "/none.db"}).exit_code, 2);
  EXPECT_EQ(RunVeille({"ingest", "--records", "--db", text, tmp.path() + "/r.jsonl"}).exit_code, 2);
}

}  // namespace
}  // namespace veille
