// The store: opening, schema checks, ingest idempotence, merging rules,
// order independence, record parsing. Queries: queries_test.cc.
#include "veille/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "store/store_testing.h"
#include "veille/writer.h"

// GCC 12 warns (-Wmissing-field-initializers) on designated initializers
// that leave defaulted members out; the tables here rely on those defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace veille {
namespace {

using testing::DocBuilder;

class StoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("veille-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter_++));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }
  std::unique_ptr<Store> OpenNew(const std::string& name) {
    auto s = Store::Open(Path(name));
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }
  static std::string Dump(Store& s) {
    std::ostringstream out;
    EXPECT_TRUE(s.DumpCanonical(out).ok());
    return out.str();
  }
  std::filesystem::path dir_;
  static inline int counter_ = 0;
};

// Three outlets report one meeting; one of them twice (a duplicate).
std::vector<IngestItem> MeetingReports() {
  std::vector<IngestItem> items;
  items.push_back(DocBuilder("a1", "2025-03-15")
                      .Mention("state:RUS", "la Russie")
                      .Mention("state:MLI", "Mali")
                      .AddEvent("CONSULT", {"RUS"}, {"MLI"}, "2025-03-14", "Moscou a reçu Bamako le 14 mars.")
                      .Item());
  items.push_back(DocBuilder("b1", "2025-03-16")
                      .Mention("state:RUS", "Moscou")
                      .AddEvent("CONSULT", {"RUS"}, {"MLI"}, "2025-03", "Les deux pays se sont consultés en mars.")
                      .Item());
  items.push_back(DocBuilder("b2", "2025-03-16")
                      .Mention("state:RUS", "Moscou")
                      .AddEvent("CONSULT", {"RUS"}, {"MLI"}, "2025-03", "Les deux pays se sont consultés en mars.")
                      .DuplicateOf("b1")
                      .Item());
  items.push_back(DocBuilder("c1", "2025-04-02")
                      .Mention("person:putin", "Poutine")
                      .AddEvent("CONSULT", {"RUS"}, {"MLI"}, "2025-04-01", "Poutine a appelé Goïta le 1er avril.")
                      .ActorEntity(0, "person:putin")
                      .Item());
  return items;
}

TEST_F(StoreTest, CreatesSchemaAndReopens) {
  {
    auto s = OpenNew("a.db");
    ASSERT_TRUE(s);
    EXPECT_TRUE(s->Check().ok());
  }
  auto again = Store::Open(Path("a.db"), {.create_if_missing = false});
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  auto counts = (*again)->Counts();
  ASSERT_TRUE(counts.ok());
  EXPECT_EQ(counts->documents, 0);
}

TEST_F(StoreTest, RejectsFilesThatAreNotStores) {
  std::ofstream(Path("text.db")) << "this is not a database at all, just some words to fill a page\n";
  auto s = Store::Open(Path("text.db"));
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a veille store"), std::string::npos) << s.status().message();

  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Path("other.db").c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto other = Store::Open(Path("other.db"));
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("another program"), std::string::npos) << other.status().message();

  auto missing = Store::Open(Path("missing.db"), {.create_if_missing = false});
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
}

TEST_F(StoreTest, RejectsNewerSchema) {
  OpenNew("new.db").reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Path("new.db").c_str(), &db), SQLITE_OK);
  sqlite3_exec(db, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  auto s = Store::Open(Path("new.db"));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(s.status().message().find("newer veille"), std::string::npos) << s.status().message();
}

// What cleaning removed is kept beside the record, survives a merge, and a
// version-1 store (without that table) is migrated when opened writable.
TEST_F(StoreTest, RemovedBlocksAreKeptMergedAndMigrated) {
  std::vector<IngestItem> items = MeetingReports();
  items[0].doc.removed = {{"Abonnez-vous à notre lettre", "furniture"}, {"© Site 2025", "legal"}};
  {
    auto s = OpenNew("a.db");
    ASSERT_TRUE(s);
    ASSERT_TRUE(s->Ingest(items).ok());
    auto rec = s->FindRecord(items[0].content_hash);
    ASSERT_TRUE(rec.ok() && rec->has_value());
    ASSERT_EQ((*rec)->removed.size(), 2u);
    EXPECT_EQ((*rec)->removed[0].text, "Abonnez-vous à notre lettre");
    EXPECT_EQ((*rec)->removed[1].rule, "legal");
    auto other = s->FindRecord(items[1].content_hash);
    ASSERT_TRUE(other.ok() && other->has_value());
    EXPECT_TRUE((*other)->removed.empty());
  }
  {
    auto merged = OpenNew("merged.db");
    ASSERT_TRUE(merged);
    ASSERT_TRUE(merged->MergeFrom(Path("a.db")).ok());
    auto rec = merged->FindRecord(items[0].content_hash);
    ASSERT_TRUE(rec.ok() && rec->has_value());
    EXPECT_EQ((*rec)->removed.size(), 2u);
  }
  // A version-1 store: no removed_blocks table.
  OpenNew("v1.db").reset();
  sqlite3* db = nullptr;
  ASSERT_EQ(sqlite3_open(Path("v1.db").c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "DROP TABLE removed_blocks; PRAGMA user_version = 1", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  auto ro = Store::Open(Path("v1.db"), {.create_if_missing = false, .read_only = true});
  ASSERT_FALSE(ro.ok());
  EXPECT_EQ(ro.status().code(), StatusCode::kUnsupported);
  auto rw = Store::Open(Path("v1.db"), {.create_if_missing = false});
  ASSERT_TRUE(rw.ok()) << rw.status().ToString();
  ASSERT_TRUE((*rw)->Ingest(items).ok());
  EXPECT_TRUE((*rw)->Check().ok());
  auto rec = (*rw)->FindRecord(items[0].content_hash);
  ASSERT_TRUE(rec.ok() && rec->has_value());
  EXPECT_EQ((*rec)->removed.size(), 2u);
}

TEST_F(StoreTest, ReingestIsANoOp) {
  auto s = OpenNew("s.db");
  auto first = s->Ingest(MeetingReports());
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->documents_added, 4u);
  std::string before = Dump(*s);
  auto second = s->Ingest(MeetingReports());
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->documents_added, 0u);
  EXPECT_EQ(second->documents_skipped, 4u);
  EXPECT_EQ(Dump(*s), before);
  auto has = s->Contains({MeetingReports()[0].content_hash, "nope"});
  ASSERT_TRUE(has.ok());
  EXPECT_EQ(*has, (std::vector<bool>{true, false}));
  EXPECT_TRUE(s->Check().ok()) << s->Check().ToString();
}

TEST_F(StoreTest, MergesReportsOfOneEventAcrossArticles) {
  auto s = OpenNew("m.db");
  ASSERT_TRUE(s->Ingest(MeetingReports()).ok());
  auto events = s->Events({});
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  // 14 March (a1, b1 and its duplicate b2 by month) and 1 April (c1).
  ASSERT_EQ(events->size(), 2u);
  const StoredEvent& march = (*events)[0];
  EXPECT_EQ(march.date, "2025-03-14");
  EXPECT_EQ(march.num_reports, 3);
  EXPECT_EQ(march.num_articles, 3);
  EXPECT_EQ(march.num_sources, 2);  // b2 duplicates b1
  ASSERT_EQ(march.sources.size(), 3u);
  EXPECT_EQ(std::count_if(march.sources.begin(), march.sources.end(), [](auto& x) { return x.duplicate; }), 1);
  EXPECT_EQ(march.first_published, "2025-03-15");
  EXPECT_EQ(march.cameo, "04");
  EXPECT_EQ(march.quad_class, 1);
  const StoredEvent& april = (*events)[1];
  EXPECT_EQ(april.date, "2025-04-01");
  EXPECT_EQ(april.num_sources, 1);
  EXPECT_TRUE(s->Check().ok()) << s->Check().ToString();
}

TEST_F(StoreTest, IdenticalTextCountsAsOneSource) {
  auto s = OpenNew("t.db");
  std::vector<IngestItem> items;
  for (const char* id : {"x", "y"}) {
    IngestItem it = DocBuilder(id, "2025-01-01")
                        .AddEvent("AID", {"RUS"}, {"MLI"}, "2025-01-01", "La Russie livre des armes au Mali.")
                        .Item();
    it.doc.url = std::string("https://") + id + ".example/";
    it.content_hash = std::string("hash-") + id;
    items.push_back(it);
  }
  ASSERT_TRUE(s->Ingest(items).ok());
  auto events = s->Events({});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].num_articles, 2);
  EXPECT_EQ((*events)[0].num_sources, 1);
}

TEST_F(StoreTest, KeepsDifferentClaimsApart) {
  auto s = OpenNew("k.db");
  std::vector<IngestItem> items = {
      DocBuilder("p", "2025-01-01").AddEvent("AID", {"RUS"}, {"MLI"}, "2025-01", "aid").Item(),
      DocBuilder("q", "2025-01-01").AddEvent("AID", {"MLI"}, {"RUS"}, "2025-01", "aid reversed").Item(),
      DocBuilder("r", "2025-01-01").AddEvent("AGREE", {"RUS"}, {"MLI"}, "2025-01", "agree").Item(),
      DocBuilder("s", "2025-01-01").AddEvent("AID", {"RUS"}, {"MLI"}, "2025-01", "no aid", std::nullopt, "negated").Item(),
      DocBuilder("t", "2025-01-01").AddEvent("AID", {"RUS"}, {"MLI"}, "2025-02", "aid in February").Item(),
  };
  ASSERT_TRUE(s->Ingest(items).ok());
  auto events = s->Events({});
  ASSERT_TRUE(events.ok());
  EXPECT_EQ(events->size(), 5u);
}

TEST_F(StoreTest, EntitiesMergeByIdWithAliases) {
  auto s = OpenNew("e.db");
  ASSERT_TRUE(s->Ingest(MeetingReports()).ok());
  auto actors = s->Actors({.name = "moscou"});
  ASSERT_TRUE(actors.ok());
  ASSERT_EQ(actors->size(), 1u);
  const StoredActor& rus = (*actors)[0];
  EXPECT_EQ(rus.id, "state:RUS");
  EXPECT_EQ(rus.kind, "state");
  EXPECT_EQ(rus.code, "RUS");
  EXPECT_EQ(rus.mentions, 3);
  EXPECT_EQ(rus.documents, 3);
  ASSERT_EQ(rus.aliases.size(), 2u);
  EXPECT_EQ(rus.aliases[0].alias, "Moscou");
  EXPECT_EQ(rus.aliases[0].mentions, 2);
  EXPECT_EQ(rus.aliases[1].alias, "la Russie");
}

TEST_F(StoreTest, IndependentOfIngestOrderAndBatching) {
  std::vector<IngestItem> items = MeetingReports();
  for (int i = 0; i < 30; ++i) {
    DocBuilder b("gen" + std::to_string(i), "2024-0" + std::to_string(1 + i % 9) + "-10");
    b.Mention(i % 2 ? "state:FRA" : "state:NER", i % 3 ? "Paris" : "la France");
    const char* dates[] = {"2024", "2024-05", "2024-05-03", "2024-05-04", "2024-06"};
    b.AddEvent(i % 2 ? "ACCUSE" : "SUPPORT", {i % 2 ? "MLI" : "NER", "FRA"}, {}, dates[i % 5], "evidence " + std::to_string(i),
               i % 4 ? std::optional<double>(i - 10.0) : std::nullopt);
    items.push_back(b.Item());
  }
  auto whole = OpenNew("whole.db");
  ASSERT_TRUE(whole->Ingest(items).ok());
  std::string want = Dump(*whole);
  std::mt19937 rng(7);
  for (int round = 0; round < 3; ++round) {
    std::shuffle(items.begin(), items.end(), rng);
    auto s = OpenNew("order" + std::to_string(round) + ".db");
    for (size_t i = 0; i < items.size(); i += 1 + round * 4) {
      std::vector<IngestItem> batch(items.begin() + i, items.begin() + std::min(items.size(), i + 1 + round * 4));
      ASSERT_TRUE(s->Ingest(batch).ok());
    }
    EXPECT_EQ(Dump(*s), want) << "round " << round;
    EXPECT_TRUE(s->Check().ok());
  }
}

TEST_F(StoreTest, MergeFromEqualsIngestingEverything) {
  std::vector<IngestItem> items = MeetingReports();
  auto whole = OpenNew("whole.db");
  ASSERT_TRUE(whole->Ingest(items).ok());
  {
    auto a = OpenNew("a.db");
    auto b = OpenNew("b.db");
    ASSERT_TRUE(a->Ingest({items[0], items[3]}).ok());
    ASSERT_TRUE(b->Ingest({items[1], items[2], items[3]}).ok());
  }
  auto merged = OpenNew("merged.db");
  auto ra = merged->MergeFrom(Path("a.db"));
  ASSERT_TRUE(ra.ok()) << ra.status().ToString();
  auto rb = merged->MergeFrom(Path("b.db"));
  ASSERT_TRUE(rb.ok()) << rb.status().ToString();
  EXPECT_EQ(rb->documents_skipped, 1u);
  EXPECT_EQ(Dump(*merged), Dump(*whole));
}

TEST_F(StoreTest, ParseRecordRoundTrip) {
  IngestItem item = MeetingReports()[3];
  item.doc.text = "Élysée : " + item.doc.text;  // multi-byte text before every span
  for (Mention& m : item.doc.mentions) m.span.start += 10, m.span.end += 10;
  for (Event& e : item.doc.events)
    for (Span& sp : e.evidence) sp.start += 10, sp.end += 10;
  std::string json = RecordToJson(item.doc);
  auto back = ParseRecord(json);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(RecordToJson(*back), json);
  EXPECT_EQ(back->mentions[0].span.start, item.doc.mentions[0].span.start);
  EXPECT_FALSE(ParseRecord("[1,2]").ok());
  EXPECT_FALSE(ParseRecord("{\"doc\": 3}").ok());
  EXPECT_FALSE(ParseRecord("{not json").ok());
}

TEST_F(StoreTest, ArticleHashIgnoresIdOnly) {
  Article a{"one.txt", "text", "Le corps.", std::nullopt, std::nullopt, std::nullopt, std::nullopt};
  Article b = a;
  b.id = "two.txt";
  Article c = a;
  c.body += " ";
  Article d = a;
  d.url = "https://x/";
  EXPECT_EQ(ArticleHash(a), ArticleHash(b));
  EXPECT_NE(ArticleHash(a), ArticleHash(c));
  EXPECT_NE(ArticleHash(a), ArticleHash(d));
  EXPECT_EQ(ArticleHash(a).size(), 64u);
}

TEST_F(StoreTest, FailedBatchLeavesNothing) {
  auto s = OpenNew("f.db");
  std::vector<IngestItem> items = MeetingReports();
  items[2].doc.mentions.push_back(items[0].doc.mentions[0]);
  items[2].doc.mentions.back().entity = "";  // invalid: rolls the whole batch back
  EXPECT_FALSE(s->Ingest(items).ok());
  auto c = s->Counts();
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c->documents, 0);
  EXPECT_EQ(c->events, 0);
  EXPECT_TRUE(s->Check().ok());
}

}  // namespace
}  // namespace veille
