// The engine wires the stages on one article:
//   ingest (read, clean, metadata, language) -> actors -> events.
// Everything loaded at Create() is immutable afterwards, which is what makes
// Process() safe to call from many threads at once.
// Tested by tests/extract_e2e_test.cc.
#include "veille/engine.h"

#include <chrono>
#include <cstdlib>

#include "actors/resolver.h"
#include "events/coder.h"
#include "ingest/ingester.h"

namespace veille {

struct Engine::Impl {
  std::unique_ptr<Ingester> ingester;
  std::unique_ptr<ActorResolver> actors;
  std::unique_ptr<EventCoder> events;
};

namespace {

int CurrentYear() {
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  return static_cast<int>(std::chrono::year_month_day(today).year());
}

}  // namespace

std::string ResolveDataDir(const EngineOptions& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* env = std::getenv("VEILLE_DATA_DIR"); env && *env) return env;
  return VEILLE_DEFAULT_DATA_DIR;
}

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  std::string data_dir = ResolveDataDir(options);
  auto impl = std::make_unique<Impl>();
  VEILLE_ASSIGN_OR_RETURN(impl->ingester, Ingester::Load(data_dir));
  VEILLE_ASSIGN_OR_RETURN(impl->actors, ActorResolver::Load(data_dir));
  CoderOptions coder;
  coder.latest_year = options.latest_year > 0 ? options.latest_year : CurrentYear();
  VEILLE_ASSIGN_OR_RETURN(impl->events, EventCoder::Load(data_dir, coder));
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<Document> Engine::Process(const Article& article) const {
  Result<IngestedText> in = impl_->ingester->Run(article);
  if (!in.ok()) return in.status();
  Document doc;
  doc.doc = article.id;
  doc.url = article.url;
  doc.lang = std::move(in->lang);
  doc.title = std::move(in->title);
  doc.author = std::move(in->author);
  doc.outlet = std::move(in->outlet);
  doc.published = std::move(in->published);
  doc.text = std::move(in->text);
  doc.removed.reserve(in->removed.size());
  for (RemovedBlock& b : in->removed) doc.removed.push_back({std::move(b.text), std::move(b.reason)});
  impl_->actors->Resolve(&doc);
  impl_->events->Code(&doc);
  return doc;
}

}  // namespace veille
