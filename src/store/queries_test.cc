// Queries over a small synthetic store: event filters, alias search,
// timeline, graph.
#include <gtest/gtest.h>

#include <filesystem>

#include "store/store_testing.h"
#include "veille/store.h"

// GCC 12 warns (-Wmissing-field-initializers) on designated initializers
// that leave defaulted members out; the tables here rely on those defaults.
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"

namespace veille {
namespace {

using testing::DocBuilder;

class QueriesTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    path_ = (std::filesystem::temp_directory_path() / ("veille-queries-" + std::to_string(::getpid()) + ".db")).string();
    auto s = Store::Open(path_);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    std::vector<IngestItem> items = {
        DocBuilder("d1", "2019-05-02")
            .Mention("state:RUS", "Fédération de Russie")
            .Mention("state:MLI", "Mali")
            .AddEvent("SUPPORT", {"RUS"}, {"MLI"}, "2019-05-01", "Moscou a signé un accord de défense avec Bamako.",
                      3.5)
            .Context({"military"})
            .Item(),
        DocBuilder("d2", "2019-05-03")
            .Mention("state:RUS", "Russie")
            .AddEvent("SUPPORT", {"RUS"}, {"MLI"}, "2019-05", "L'accord militaire a été signé.", 3.5)
            .Context({"military"})
            .Item(),
        DocBuilder("d3", "2022-02-20")
            .Mention("state:FRA", "la France")
            .Mention("state:MLI", "Mali")
            .AddEvent("ACCUSE", {"MLI"}, {"FRA"}, "2022-02-18", "Bamako accuse Paris d'ingérence.", -2.0)
            .AddEvent("RETREAT", {"FRA"}, {"MLI"}, "2022-08-15", "Les derniers soldats français ont quitté le pays.")
            .Context({"military"})
            .Item(),
        DocBuilder("d4", "2024-11-12")
            .Mention("person:putin", "Vladimir Poutine")
            .Mention("person:putin", "Poutine")
            .Mention("person:goita", "Assimi Goïta")
            .AddEvent("CONSULT", {"RUS"}, {"MLI"}, "2024-11-11", "Poutine s'est entretenu avec le président Goïta.")
            .ActorEntity(0, "person:putin")
            .Item(),
        DocBuilder("d5", "2024-11-20")
            .Mention("org:ECOWAS", "la CEDEAO")
            .AddEvent("SANCTION", {"ECOWAS"}, {"MLI"}, "2024-11", "La CEDEAO a suspendu le Mali.")
            .Item(),
    };
    auto r = (*s)->Ingest(items);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
  }
  static void TearDownTestSuite() {
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + suffix);
  }
  void SetUp() override {
    auto s = Store::Open(path_, {.create_if_missing = false, .read_only = true});
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  std::vector<std::string> Types(const EventFilter& f) {
    auto r = store_->Events(f);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    std::vector<std::string> out;
    if (r.ok())
      for (const StoredEvent& e : *r) out.push_back(e.type + ":" + e.actor + ">" + e.recipient);
    return out;
  }
  static inline std::string path_;
  std::unique_ptr<Store> store_;
};

using V = std::vector<std::string>;

TEST_F(QueriesTest, EventFilters) {
  struct Case {
    const char* what;
    EventFilter f;
    V want;
  } cases[] = {
      {"all", {}, {"SUPPORT:RUS>MLI", "ACCUSE:MLI>FRA", "RETREAT:FRA>MLI", "SANCTION:ECOWAS>MLI", "CONSULT:RUS>MLI"}},
      {"actor code", {.actor = "RUS"}, {"SUPPORT:RUS>MLI", "CONSULT:RUS>MLI"}},
      {"actor code lower case", {.actor = "fra"}, {"RETREAT:FRA>MLI"}},
      {"state by alias, accents ignored", {.actor = "FEDERATION DE RUSSIE"}, {"SUPPORT:RUS>MLI", "CONSULT:RUS>MLI"}},
      {"person by alias", {.actor = "poutine"}, {"CONSULT:RUS>MLI"}},
      {"person by canonical name", {.actor = "Vladimir Poutine"}, {"CONSULT:RUS>MLI"}},
      {"org by alias", {.actor = "cedeao"}, {"SANCTION:ECOWAS>MLI"}},
      {"recipient", {.recipient = "France"}, {"ACCUSE:MLI>FRA"}},
      {"either side", {.either = "FRA"}, {"ACCUSE:MLI>FRA", "RETREAT:FRA>MLI"}},
      {"type", {.type = "support"}, {"SUPPORT:RUS>MLI"}},
      {"context", {.context = "military"}, {"SUPPORT:RUS>MLI", "RETREAT:FRA>MLI"}},
      {"since", {.since = "2024"}, {"SANCTION:ECOWAS>MLI", "CONSULT:RUS>MLI"}},
      {"partial date in range", {.since = "2024-11-15", .until = "2024-11-30"}, {"SANCTION:ECOWAS>MLI"}},
      {"until month inclusive", {.until = "2022-02"}, {"SUPPORT:RUS>MLI", "ACCUSE:MLI>FRA"}},
      {"min sources", {.min_sources = 2}, {"SUPPORT:RUS>MLI"}},
      {"text, accents ignored", {.text = "ingerence"}, {"ACCUSE:MLI>FRA"}},
      {"text, two words", {.text = "accord defense"}, {"SUPPORT:RUS>MLI"}},
      {"unknown name", {.actor = "Atlantide"}, {}},
      {"limit", {.limit = 1}, {"SUPPORT:RUS>MLI"}},
  };
  for (const Case& c : cases) EXPECT_EQ(Types(c.f), c.want) << c.what;
}

TEST_F(QueriesTest, BadFullTextQueryIsAnError) {
  auto r = store_->Events({.text = "\"unbalanced"});
  EXPECT_FALSE(r.ok());
}

TEST_F(QueriesTest, Timeline) {
  auto t = store_->Timeline({.actor = "MLI", .by = "year"});
  ASSERT_TRUE(t.ok()) << t.status().ToString();
  ASSERT_EQ(t->size(), 3u);
  EXPECT_EQ((*t)[0].period, "2019");
  EXPECT_EQ((*t)[0].events, 1);
  EXPECT_EQ((*t)[0].sources, 2);
  EXPECT_EQ((*t)[0].cooperation, 1);
  EXPECT_EQ((*t)[1].period, "2022");
  EXPECT_EQ((*t)[1].events, 2);
  EXPECT_EQ((*t)[1].conflict, 1);
  EXPECT_EQ((*t)[2].events, 2);

  auto pair = store_->Timeline({.actor = "Mali", .with = "la France", .by = "month"});
  ASSERT_TRUE(pair.ok());
  ASSERT_EQ(pair->size(), 2u);
  EXPECT_EQ((*pair)[0].period, "2022-02");
  EXPECT_DOUBLE_EQ((*pair)[0].goldstein, -2.0);
  EXPECT_EQ((*pair)[1].period, "2022-08");

  // The ECOWAS sanction is dated to the month only: left out of a daily timeline.
  auto daily = store_->Timeline({.actor = "ECOWAS", .by = "day"});
  ASSERT_TRUE(daily.ok());
  EXPECT_TRUE(daily->empty());
  EXPECT_FALSE(store_->Timeline({.actor = "MLI", .by = "week"}).ok());
}

TEST_F(QueriesTest, Graph) {
  auto g = store_->BuildGraph({});
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  ASSERT_EQ(g->edges.size(), 4u);
  EXPECT_EQ(g->edges[0].source, "ECOWAS");
  EXPECT_EQ(g->edges[0].relation, "conflict");
  const GraphEdge& rus = g->edges[3];
  EXPECT_EQ(rus.source, "RUS");
  EXPECT_EQ(rus.target, "MLI");
  EXPECT_EQ(rus.events, 2);
  EXPECT_EQ(rus.sources, 3);
  EXPECT_EQ(rus.relation, "cooperation");
  ASSERT_EQ(g->nodes.size(), 4u);
  EXPECT_EQ(g->nodes[2].code, "MLI");
  EXPECT_EQ(g->nodes[2].events, 5);
  // A node is labelled by the state that is its code, not by an agent's name.
  EXPECT_EQ(g->nodes[2].name, "Mali");

  auto recent = store_->BuildGraph({.since = "2024"});
  ASSERT_TRUE(recent.ok());
  EXPECT_EQ(recent->edges.size(), 2u);
}

TEST_F(QueriesTest, ActorsByKind) {
  auto persons = store_->Actors({.kind = "person"});
  ASSERT_TRUE(persons.ok());
  ASSERT_EQ(persons->size(), 2u);
  auto goita = store_->Actors({.name = "assimi goita"});
  ASSERT_TRUE(goita.ok());
  ASSERT_EQ(goita->size(), 1u);
  EXPECT_EQ((*goita)[0].country, "MLI");
}

TEST_F(QueriesTest, CountAndPage) {
  auto n = store_->CountEvents({.either = "MLI"});
  ASSERT_TRUE(n.ok()) << n.status().ToString();
  EXPECT_EQ(*n, 5);
  EXPECT_EQ(*store_->CountEvents({.type = "SUPPORT", .limit = 1}), 1);
  // Paging walks the same order as one unpaged query.
  V all = Types({}), paged;
  for (size_t offset = 0; offset < all.size(); offset += 2) {
    V page = Types({.limit = 2, .offset = offset});
    paged.insert(paged.end(), page.begin(), page.end());
  }
  EXPECT_EQ(paged, all);
  EXPECT_EQ(Types({.offset = 4}), V{all.back()});
}

TEST_F(QueriesTest, EventHistogram) {
  auto h = store_->EventHistogram({.either = "MLI"}, "year");
  ASSERT_TRUE(h.ok()) << h.status().ToString();
  ASSERT_EQ(h->size(), 3u);
  EXPECT_EQ((*h)[0].period, "2019");
  EXPECT_EQ((*h)[1].events, 2);
  EXPECT_EQ((*h)[1].conflict, 1);
  auto months = store_->EventHistogram({.context = "military"}, "month");
  ASSERT_TRUE(months.ok());
  ASSERT_EQ(months->size(), 2u);
  EXPECT_EQ((*months)[0].period, "2019-05");
  EXPECT_EQ((*months)[1].period, "2022-08");
  EXPECT_FALSE(store_->EventHistogram({}, "week").ok());
}

TEST_F(QueriesTest, EventReportsPointIntoTheirRecords) {
  auto events = store_->Events({.type = "SUPPORT"});
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  auto found = store_->FindEvent((*events)[0].id);
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  ASSERT_TRUE(found->has_value());
  EXPECT_EQ((*found)->sources.size(), 2u);
  auto reports = store_->EventReports((*events)[0].id);
  ASSERT_TRUE(reports.ok()) << reports.status().ToString();
  ASSERT_EQ(reports->size(), 2u);
  EXPECT_EQ((*reports)[0].doc, "d1");  // earliest published first
  EXPECT_EQ((*reports)[0].date, "2019-05-01");
  EXPECT_EQ((*reports)[0].date_source, "explicit");
  EXPECT_EQ((*reports)[0].context, V{"military"});
  EXPECT_EQ((*reports)[1].doc, "d2");
  for (const EventReport& r : *reports) {
    auto rec = store_->FindRecord(r.content_hash);
    ASSERT_TRUE(rec.ok() && rec->has_value());
    auto doc = ParseRecord((*rec)->record);
    ASSERT_TRUE(doc.ok());
    ASSERT_LT(r.event_index, doc->events.size());
    EXPECT_EQ(doc->events[r.event_index].type, "SUPPORT");
  }
  EXPECT_EQ(store_->EventReports((*events)[0].id, 1)->size(), 1u);
  EXPECT_FALSE(store_->FindEvent(12345)->has_value());
  EXPECT_TRUE(store_->EventReports(12345)->empty());
}

TEST_F(QueriesTest, FindRecordByHashOrId) {
  auto by_id = store_->FindRecord("d3");
  ASSERT_TRUE(by_id.ok() && by_id->has_value());
  EXPECT_EQ((*by_id)->doc, "d3");
  auto by_hash = store_->FindRecord((*by_id)->content_hash);
  ASSERT_TRUE(by_hash.ok() && by_hash->has_value());
  EXPECT_EQ((*by_hash)->record, (*by_id)->record);
  EXPECT_FALSE(store_->FindRecord("nowhere")->has_value());
}

}  // namespace
}  // namespace veille
