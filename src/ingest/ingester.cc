#include "ingest/ingester.h"

#include "base/strings.h"
#include "ingest/cleaner.h"
#include "ingest/langid.h"

namespace veille {

struct Ingester::Data {};

Ingester::Ingester(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Ingester::~Ingester() = default;

Result<std::unique_ptr<Ingester>> Ingester::Load(const std::string& /*data_dir*/) {
  return std::unique_ptr<Ingester>(new Ingester(std::make_unique<Data>()));
}

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

Result<IngestedText> Ingester::Run(const Article& article) const {
  if (article.format != "text")
    return Status::Unsupported(article.id + ": " + article.format + " input is not supported yet");
  IngestedText out;
  out.title = NonEmpty(article.title);
  out.outlet = NonEmpty(article.outlet);
  out.published = IsoDatePrefix(article.published);
  out.text = CleanText(article.body);
  if (out.text.empty()) return Status::ParseError(article.id + ": no text left after cleaning");
  out.lang = DetectLanguage(out.text);
  return out;
}

}  // namespace veille
