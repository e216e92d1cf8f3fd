// The ingest stage wired: read (text or HTML) -> first cleaning pass ->
// headline -> second cleaning pass -> metadata -> language.
// Tested by ingester_test.cc and tests/bbc_afrique_test.cc.
#include "ingest/ingester.h"

#include "base/strings.h"
#include "ingest/boilerplate.h"
#include "ingest/html.h"
#include "ingest/langid.h"
#include "ingest/metadata.h"
#include "ingest/page.h"
#include "ingest/page_dates.h"

namespace veille {

struct Ingester::Data {
  std::unique_ptr<Boilerplate> boilerplate;
};

Ingester::Ingester(std::unique_ptr<Data> data) : data_(std::move(data)) {}
Ingester::~Ingester() = default;

Result<std::unique_ptr<Ingester>> Ingester::Load(const std::string& data_dir) {
  auto data = std::make_unique<Data>();
  VEILLE_ASSIGN_OR_RETURN(data->boilerplate, Boilerplate::Load(data_dir + "/ingest/boilerplate.tsv"));
  return std::unique_ptr<Ingester>(new Ingester(std::move(data)));
}

namespace {

// Bytes of cleaned text given to CLD2: about 80 words, enough for a
// reliable answer on prose (every article of dev, train and bbc-afrique is
// identified as with 4096 bytes). CLD2's scoring is the costliest step of
// the ingest stage, and it grows with the sample.
constexpr size_t kLanguageSample = 512;

std::optional<std::string> NonEmpty(const std::optional<std::string>& s) {
  if (!s) return std::nullopt;
  std::string_view t = TrimSpace(*s);
  if (t.empty()) return std::nullopt;
  return std::string(t);
}

template <typename T>
std::optional<T> FirstOf(std::optional<T> a, std::optional<T> b) {
  return a ? a : b;
}

// "fr-FR" -> "fr".
std::string PrimaryTag(std::string_view lang) {
  std::string tag = AsciiLower(lang.substr(0, lang.find_first_of("-_")));
  return tag.size() == 2 ? tag : "und";
}

}  // namespace

Result<IngestedText> Ingester::Run(const Article& article) const {
  Result<IngestedText> out = CleanAndDescribe(article);
  if (!out.ok()) return out;
  // A 1 KB sample is plenty for CLD2 to name a page's language (see kLanguageSample).
  out->lang = DetectLanguage(out->text.empty() ? out->title.value_or("") : out->text, kLanguageSample);
  if (out->lang == "und" && out->page_lang) out->lang = PrimaryTag(*out->page_lang);
  return out;
}

namespace {

// The headline: the source's own (its line in the page, if any, found too),
// else the page's headline line. Returns that line's index or -1.
int PickTitle(const Page& page, const std::optional<std::string>& given, const std::string& url,
              IngestedText* out) {
  if (given) {
    out->title = StripSiteSuffix(*given, url);
    return FindLineMatching(page, *out->title);
  }
  int line = FindTitleLine(page, url);
  if (line >= 0) {
    const PageLine& l = page.lines[line];
    out->title = std::string(TrimSpace(std::string_view(l.text).substr(l.core)));
  }
  return line;
}

}  // namespace

Result<IngestedText> Ingester::CleanAndDescribe(const Article& article) const {
  const Boilerplate& bp = *data_->boilerplate;
  HtmlDocument html;
  std::string_view body = article.body;
  if (article.format == "html") {
    Result<HtmlDocument> parsed = ParseHtml(article.body, article.id);
    if (!parsed.ok()) return parsed.status();
    html = std::move(*parsed);
    body = html.text;
  } else if (article.format != "text") {
    return Status::Unsupported(article.id + ": unknown input format '" + article.format + "'");
  }
  std::string url = article.url.value_or(html.canonical_url.value_or(""));

  Page page = ReadPage(body, bp);
  MarkFurniture(&page, bp, url);
  IngestedText out;
  int title_line = PickTitle(page, FirstOf(NonEmpty(article.title), NonEmpty(html.title)), url, &out);
  CleanedText clean = FinishCleaning(&page, title_line, bp);
  if (clean.text.empty() && !out.title) return Status::ParseError(article.id + ": no text left after cleaning");
  out.text = std::move(clean.text);
  out.removed = std::move(clean.removed);

  std::optional<std::string> published;
  if (article.published) published = NormalizeDateValue(*article.published);
  if (!published && html.published) published = NormalizeDateValue(*html.published);
  out.published = published ? published : FindPublished(page, url);
  out.author = FirstOf(NonEmpty(html.author), FindAuthor(page, clean.signatures, bp, url));
  out.outlet = FirstOf(FirstOf(NonEmpty(article.outlet), NonEmpty(html.site_name)), FindOutlet(page, url));
  out.lang = "und";
  out.page_lang = html.lang;
  return out;
}

}  // namespace veille
