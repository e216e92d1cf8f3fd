// The API of `veille serve` under load: builds a store of about 100,000
// synthetic merged events (synthetic documents ingested with Store::Ingest),
// starts the server in this process on a free loopback port, and times each
// endpoint over HTTP: median and 95th percentile of R requests, plus the
// answer's size.
//
// usage: bench_server [--events N] [--db PATH] [--repeat R]
// Default: 100000 events in a temporary file, 20 requests per endpoint.
// Target (issue 7): every endpoint < 200 ms.
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "veille/server.h"
#include "store/store_testing.h"
#include "veille/store.h"

namespace {

// Ingests synthetic documents in batches of 1000 until `target` merged events.
bool Fill(veille::Store& s, long target) {
  for (unsigned seed = 1; s.Counts()->events < target; ++seed) {
    std::vector<veille::IngestItem> batch;
    for (veille::Document& d : veille::testing::SyntheticCorpus(1000, seed, 60)) {
      d.doc.append("-").append(std::to_string(seed));
      std::string hash = "bench:" + std::to_string(seed) + ":" + std::to_string(batch.size());
      batch.push_back(veille::IngestItem{std::move(d), std::move(hash), ""});
    }
    if (auto r = s.Ingest(batch); !r.ok()) {
      std::fprintf(stderr, "bench_server: %s\n", r.status().ToString().c_str());
      return false;
    }
  }
  return true;
}

struct Timing {
  double median_ms = 0, p95_ms = 0;
  size_t bytes = 0;
  int status = 0;
};

Timing Measure(httplib::Client& client, const std::string& path, int repeat) {
  std::vector<double> ms;
  Timing t;
  for (int r = 0; r < repeat; ++r) {
    auto t0 = std::chrono::steady_clock::now();
    auto res = client.Get(path.c_str());
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    t.status = res ? res->status : 0;
    t.bytes = res ? res->body.size() : 0;
  }
  std::sort(ms.begin(), ms.end());
  t.median_ms = ms[ms.size() / 2];
  t.p95_ms = ms[std::min(ms.size() - 1, static_cast<size_t>(ms.size() * 0.95))];
  return t;
}

}  // namespace

int main(int argc, char** argv) {
  long target = 100000;
  int repeat = 20;
  std::string path =
      (std::filesystem::temp_directory_path() / ("bench-server-" + std::to_string(getpid()) + ".db")).string();
  bool keep = false;
  for (int i = 1; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--events") target = std::atol(argv[i + 1]);
    else if (a == "--db") path = argv[i + 1], keep = true;
    else if (a == "--repeat") repeat = std::max(1, std::atoi(argv[i + 1]));
  }
  {
    auto store = veille::Store::Open(path);
    if (!store.ok() || !Fill(**store, target)) return 2;
    veille::StoreCounts c = *(*store)->Counts();
    std::printf("store: %lld documents, %lld document events, %lld merged events\n", (long long)c.documents,
                (long long)c.document_events, (long long)c.events);
  }
  auto server = veille::server::Server::Start({.db = path, .port = 0});
  if (!server.ok()) {
    std::fprintf(stderr, "bench_server: %s\n", server.status().ToString().c_str());
    return 2;
  }
  std::thread loop([&] { (void)(*server)->Run(); });
  httplib::Client client("127.0.0.1", (*server)->Port());
  client.set_keep_alive(true);
  client.set_tcp_nodelay(true);

  // Ids to ask for: an event with several reports and one document.
  auto first = nlohmann::json::parse(client.Get("/api/events?min_sources=2&limit=1")->body);
  std::string event_id = first["events"][0]["id"];
  std::string doc_hash = first["events"][0]["sources"][0]["content_hash"];

  const std::vector<std::string> paths = {
      "/",
      "/api/stats",
      "/api/events",
      "/api/events?either=RUS&limit=50",
      "/api/events?actor=RUS&recipient=MLI&since=2024&limit=50",
      "/api/events?type=AID&context=diplomatic&since=2025-03&until=2025-03&limit=50",
      "/api/events?text=accord&limit=50",
      "/api/events?limit=50&offset=50000",
      "/api/events?limit=1000",
      "/api/events/" + event_id,
      "/api/actors",
      "/api/graph",
      "/api/graph?since=2024-01&until=2024-06",
      "/api/timeline",
      "/api/timeline?either=RUS",
      "/api/timeline?either=RUS&recipient=MLI&type=SUPPORT&since=2024",
      "/api/timeline?by=day",
      "/api/documents/" + doc_hash,
  };
  double worst = 0;
  std::printf(" median      p95    status    bytes  endpoint\n");
  for (const std::string& p : paths) {
    Timing t = Measure(client, p, repeat);
    worst = std::max(worst, t.p95_ms);
    std::printf("%7.1f  %7.1f ms  %5d  %8zu  %s\n", t.median_ms, t.p95_ms, t.status, t.bytes, p.c_str());
  }
  std::printf("slowest p95: %.1f ms (target < 200 ms)\n", worst);
  (*server)->Stop();
  loop.join();
  if (!keep)
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return worst < 200 ? 0 : 1;
}
