// The engine wires the stages on one article:
//   decode/format -> clean -> metadata -> language -> (actors -> events).
// Everything loaded at Create() is immutable afterwards, which is what makes
// Process() safe to call from many threads at once.
// Tested by engine_test.cc and tests/extract_e2e_test.cc.
#include "veille/engine.h"

#include <cstdlib>

#include "base/strings.h"
#include "ingest/cleaner.h"
#include "ingest/langid.h"

namespace veille {

struct Engine::Impl {
  EngineOptions options;
  std::string data_dir;
};

std::string ResolveDataDir(const EngineOptions& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* env = std::getenv("VEILLE_DATA_DIR"); env && *env) return env;
  return VEILLE_DEFAULT_DATA_DIR;
}

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->data_dir = ResolveDataDir(options);
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

namespace {

// A "YYYY-MM-DD" prefix of a source-supplied date, else nothing.
std::optional<std::string> IsoDatePrefix(const std::optional<std::string>& s) {
  if (!s || s->size() < 10) return std::nullopt;
  const std::string& d = *s;
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (d[i] < '0' || d[i] > '9') return std::nullopt;
  if (d[4] != '-' || d[7] != '-') return std::nullopt;
  return d.substr(0, 10);
}

std::optional<std::string> NonEmpty(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  std::string_view t = TrimSpace(*s);
  if (t.empty()) return std::nullopt;
  return std::string(t);
}

}  // namespace

Result<Document> Engine::Process(const Article& article) const {
  if (article.format != "text")
    return Status::Unsupported(article.id + ": " + article.format + " input is not supported yet");
  Document doc;
  doc.doc = article.id;
  doc.url = NonEmpty(article.url);
  doc.title = NonEmpty(article.title);
  doc.outlet = NonEmpty(article.outlet);
  doc.published = IsoDatePrefix(article.published);
  doc.text = CleanText(article.body);
  if (doc.text.empty()) return Status::ParseError(article.id + ": no text left after cleaning");
  doc.lang = DetectLanguage(doc.text);
  return doc;
}

}  // namespace veille
