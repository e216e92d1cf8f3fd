// The HTTP API of `veille serve`, over real HTTP: a server on a free port
// in this process, a store of invented documents, httplib::Client calls.
// Every endpoint must answer valid JSON; bad parameters 400 with a message;
// unknown ids and routes 404.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <nlohmann/json.hpp>
#include <thread>

#include "veille/server.h"
#include "store/store_testing.h"
#include "test_util.h"
#include "veille/store.h"

namespace veille {
namespace {

using Json = nlohmann::json;
using testing::DocBuilder;

// A sentence with accents and a character outside the BMP, so code-point
// offsets differ from both byte and UTF-16 offsets.
constexpr const char* kAgreement = "Moscou et Bamako ont signé à Koulouba un accord 🤝 de défense.";

class ServerApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new testing::TempDir();
    db_ = dir_->path() + "/api.db";
    auto store = Store::Open(db_);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    std::vector<IngestItem> items = {
        DocBuilder("alpha/un.txt", "2024-03-02")
            .Mention("state:RUS", "Russie")
            .Mention("state:MLI", "Mali")
            .AddEvent("SUPPORT", {"RUS"}, {"MLI"}, "2024-03-01", kAgreement, 6.0)
            .Item(),
        DocBuilder("beta/deux.txt", "2024-03-05")
            .Mention("state:MLI", "le Mali")
            .AddEvent("SUPPORT", {"RUS"}, {"MLI"}, "2024-03", "L'accord a été confirmé par les deux capitales.", 6.0)
            .AddEvent("ACCUSE", {"MLI"}, {"FRA"}, "2024-04-10", "Bamako accuse Paris de sabotage.", -4.0)
            .Item(),
        DocBuilder("gamma.txt", "2023-07-01")
            .Mention("state:NER", "Niger")
            .AddEvent("CONSULT", {"NER"}, {"RUS"}, "2023-06-30", "Niamey a reçu une délégation russe.")
            .Item(),
    };
    items[0].doc.removed = {{"Lire aussi : la visite à Moscou", "related"}, {"© Tous droits réservés", "legal"}};
    ASSERT_TRUE((*store)->Ingest(items).ok());
    store->reset();
    auto server = server::Server::Start({.db = db_, .host = "127.0.0.1", .port = 0});
    ASSERT_TRUE(server.ok()) << server.status().ToString();
    server_ = server->release();
    thread_ = new std::thread([] { (void)server_->Run(); });
  }
  static void TearDownTestSuite() {
    server_->Stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete dir_;
  }

  // GET `path`; the body must be JSON whatever the status.
  static std::pair<int, Json> Get(const std::string& path) {
    httplib::Client client("127.0.0.1", server_->Port());
    auto res = client.Get(path.c_str());
    if (!res) return {0, Json()};
    Json body = Json::parse(res->body, nullptr, false);
    EXPECT_FALSE(body.is_discarded()) << path << ": not JSON: " << res->body.substr(0, 200);
    EXPECT_NE(res->get_header_value("Content-Type").find("application/json"), std::string::npos) << path;
    return {res->status, body};
  }

  static std::string FirstEventId(const std::string& query) {
    auto [status, body] = Get("/api/events?" + query);
    if (status != 200 || body["events"].empty()) return "";
    return body["events"][0]["id"].get<std::string>();
  }

  static inline testing::TempDir* dir_ = nullptr;
  static inline std::string db_;
  static inline server::Server* server_ = nullptr;
  static inline std::thread* thread_ = nullptr;
};

TEST_F(ServerApiTest, EveryEndpointAnswersJson) {
  struct Case {
    const char* path;
    const char* key;  // a member the answer must have
  } cases[] = {
      {"/api/stats", "events"},
      {"/api/events", "events"},
      {"/api/events?either=Mali&type=support&since=2024&until=2024-12&limit=10&offset=0", "total"},
      {"/api/events?context=diplomatic&min_sources=1&text=accord", "events"},
      {"/api/actors", "actors"},
      {"/api/actors?kind=state&limit=2&name=Russie", "actors"},
      {"/api/graph", "edges"},
      {"/api/graph?since=2024-01&until=2024-12-31&min_events=1", "nodes"},
      {"/api/timeline", "mode"},
      {"/api/timeline?by=year&either=MLI", "buckets"},
      {"/api/documents/gamma.txt", "text"},
  };
  for (const Case& c : cases) {
    auto [status, body] = Get(c.path);
    EXPECT_EQ(status, 200) << c.path << ": " << body.dump();
    EXPECT_TRUE(body.contains(c.key)) << c.path;
  }
}

TEST_F(ServerApiTest, FiltersAndPaging) {
  auto [status, body] = Get("/api/events?actor=RUS&recipient=MLI");
  ASSERT_EQ(status, 200);
  EXPECT_EQ(body["total"], 1);  // the two reports merge into one event
  EXPECT_EQ(body["events"][0]["num_sources"], 2);
  EXPECT_EQ(body["events"][0]["sources"].size(), 2u);
  auto [s2, page] = Get("/api/events?limit=1&offset=1");
  EXPECT_EQ(page["total"], 3);
  ASSERT_EQ(page["events"].size(), 1u);
  EXPECT_EQ(page["events"][0]["type"], "SUPPORT");  // ordered by date: NER 2023, RUS-MLI 2024-03, MLI 2024-04
  auto [s3, graph] = Get("/api/graph?since=2024");
  EXPECT_EQ(graph["edges"].size(), 2u);
  auto [s4, stats] = Get("/api/stats");
  EXPECT_EQ(stats["documents"], 3);
  EXPECT_EQ(stats["years"].size(), 2u);
}

TEST_F(ServerApiTest, TimelineListsFewEventsAndCountsMany) {
  auto [s1, few] = Get("/api/timeline?either=MLI");
  ASSERT_EQ(s1, 200);
  EXPECT_EQ(few["mode"], "events");
  EXPECT_EQ(few["events"].size(), 2u);
  // More events than the limit: counted per month instead.
  auto [s2, many] = Get("/api/timeline?limit=1");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(many["mode"], "buckets");
  EXPECT_EQ(many["by"], "month");
  ASSERT_EQ(many["buckets"].size(), 3u);
  EXPECT_EQ(many["buckets"][0]["period"], "2023-06");
}

TEST_F(ServerApiTest, EventDetailGivesEvidenceAtCodePointOffsets) {
  std::string id = FirstEventId("type=SUPPORT");
  ASSERT_FALSE(id.empty());
  auto [status, detail] = Get("/api/events/" + id);
  ASSERT_EQ(status, 200) << detail.dump();
  EXPECT_EQ(detail["event"]["id"], id);
  ASSERT_EQ(detail["reports"].size(), 2u);
  const Json& first = detail["reports"][0];
  EXPECT_EQ(first["doc"], "alpha/un.txt");
  EXPECT_EQ(first["date_source"], "explicit");
  ASSERT_EQ(first["evidence"].size(), 1u);
  const Json& span = first["evidence"][0];
  EXPECT_EQ(span["text"], kAgreement);
  // "Russie. Mali. " precede the sentence: 14 code points.
  EXPECT_EQ(span["start"], 14);
  EXPECT_EQ(span["end"], 14 + 61);  // the sentence's code points (é, à, é, 🤝 count one each)

  // The same span cut from the article's text by code points.
  auto [s2, doc] = Get("/api/documents/" + first["content_hash"].get<std::string>());
  ASSERT_EQ(s2, 200);
  std::string utf8 = doc["text"];
  size_t cp = 0, start = 0, end = utf8.size();
  for (size_t i = 0; i <= utf8.size(); ++i) {
    if (i < utf8.size() && (static_cast<unsigned char>(utf8[i]) & 0xC0) == 0x80) continue;
    if (cp == span["start"].get<size_t>()) start = i;
    if (cp == span["end"].get<size_t>()) end = i;
    ++cp;
  }
  EXPECT_EQ(utf8.substr(start, end - start), kAgreement);
  EXPECT_EQ(doc["events"][0]["evidence"][0]["text"], kAgreement);
}

TEST_F(ServerApiTest, DocumentView) {
  auto [status, doc] = Get("/api/documents/alpha%2Fun.txt");  // ids may hold slashes
  ASSERT_EQ(status, 200) << doc.dump();
  EXPECT_EQ(doc["doc"], "alpha/un.txt");
  ASSERT_EQ(doc["mentions"].size(), 2u);
  EXPECT_EQ(doc["mentions"][0]["kind"], "state");
  EXPECT_EQ(doc["mentions"][0]["start"], 0);
  // What cleaning removed, kept by the store beside the record.
  ASSERT_EQ(doc["removed"].size(), 2u);
  EXPECT_EQ(doc["removed"][0]["text"], "Lire aussi : la visite à Moscou");
  EXPECT_EQ(doc["removed"][1]["rule"], "legal");
  auto [s2, other] = Get("/api/documents/gamma.txt");
  ASSERT_EQ(s2, 200);
  EXPECT_EQ(other["removed"], nlohmann::json::array());
}

TEST_F(ServerApiTest, BadParametersAre400WithAMessage) {
  const char* cases[] = {
      "/api/events?limit=0",           "/api/events?limit=1001",
      "/api/events?limit=ten",         "/api/events?offset=-1",
      "/api/events?since=2024-13",     "/api/events?until=2023-02-29",
      "/api/events?since=24",          "/api/events?unknown=1",
      "/api/events?type=A&type=B",     "/api/events?text=%22unbalanced",
      "/api/actors?kind=planet",       "/api/actors?limit=100000",
      "/api/graph?min_events=0",       "/api/graph?until=tomorrow",
      "/api/timeline?by=week",         "/api/stats?x=1",
      "/api/documents/gamma.txt?full=1",
  };
  for (const char* path : cases) {
    auto [status, body] = Get(path);
    EXPECT_EQ(status, 400) << path;
    EXPECT_TRUE(body.contains("error") && body["error"].is_string() && !body["error"].get<std::string>().empty())
        << path << ": " << body.dump();
  }
  std::string long_actor(300, 'x');
  EXPECT_EQ(Get("/api/events?actor=" + long_actor).first, 400);
}

TEST_F(ServerApiTest, UnknownIdsAndRoutesAre404) {
  const char* cases[] = {
      "/api/events/123",       "/api/events/not-a-number", "/api/documents/nowhere.txt",
      "/api/documents/" "0000000000000000000000000000000000000000000000000000000000000000",
      "/api/nothing",          "/api",                     "/favicon.ico",
  };
  for (const char* path : cases) {
    auto [status, body] = Get(path);
    EXPECT_EQ(status, 404) << path;
    EXPECT_TRUE(body.contains("error")) << path;
  }
}

TEST_F(ServerApiTest, ServesThePage) {
  httplib::Client client("127.0.0.1", server_->Port());
  auto res = client.Get("/");
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  EXPECT_NE(res->get_header_value("Content-Type").find("text/html"), std::string::npos);
  EXPECT_NE(res->body.find("<script>"), std::string::npos);
  // Self-contained: nothing is loaded from elsewhere.
  EXPECT_EQ(res->body.find("<script src"), std::string::npos);
  EXPECT_EQ(res->body.find("<link rel=\"stylesheet\""), std::string::npos);
}

TEST_F(ServerApiTest, ConcurrentRequestsEachGetAStore) {
  std::vector<std::thread> clients;
  std::atomic<int> ok{0};
  for (int t = 0; t < 4; ++t)
    clients.emplace_back([&] {
      httplib::Client client("127.0.0.1", server_->Port());
      for (int i = 0; i < 10; ++i) {
        auto res = client.Get(i % 2 ? "/api/graph" : "/api/events?either=MLI");
        if (res && res->status == 200) ++ok;
      }
    });
  for (std::thread& t : clients) t.join();
  EXPECT_EQ(ok, 40);
}

// A port already served is an error, not a silently shared port.
TEST_F(ServerApiTest, BusyPortFailsToStart) {
  auto second = server::Server::Start({.db = db_, .host = "127.0.0.1", .port = server_->Port()});
  EXPECT_FALSE(second.ok());
}

TEST(ServerStartTest, MissingStoreFailsToStart) {
  testing::TempDir dir;
  auto server = server::Server::Start({.db = dir.path() + "/none.db", .port = 0});
  EXPECT_FALSE(server.ok());
}

}  // namespace
}  // namespace veille
