// HTML pages: the article text and the metadata the page declares.
#ifndef VEILLE_INGEST_HTML_H_
#define VEILLE_INGEST_HTML_H_

#include <optional>
#include <string>
#include <string_view>

#include "veille/status.h"

namespace veille {

// What a page gives before cleaning. `text` keeps the page's block structure:
// one block (paragraph, heading, list item, table row...) per line, blank
// lines between sections; script, style and other non-content elements are
// left out. Metadata comes from <title>, <meta> (og:title, og:site_name,
// author, article:published_time...), JSON-LD and <html lang>, as found.
struct HtmlDocument {
  std::string text;
  std::optional<std::string> title;
  std::optional<std::string> author;
  std::optional<std::string> site_name;
  std::optional<std::string> published;  // as the page states it (ISO or free form)
  std::optional<std::string> canonical_url;
  std::optional<std::string> lang;
};

// Parses `html` (UTF-8, or the charset the page declares / uchardet guesses).
// `name` names the input in error messages. Thread-safe.
Result<HtmlDocument> ParseHtml(std::string_view html, const std::string& name);

}  // namespace veille

#endif  // VEILLE_INGEST_HTML_H_
