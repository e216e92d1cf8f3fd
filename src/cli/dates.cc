// `veille dates TEXT --dct DATE`: prints every date expression the resolver
// finds, one per line: start and end in code points, value, source, kind,
// then the surface text (tab-separated).
#include <iostream>
#include <iterator>
#include <string>

#include "base/utf8.h"
#include "cli/verbs.h"
#include "events/date_calendar.h"
#include "events/dates.h"

namespace veille::cli {

int RunDates(const DatesOptions& options) {
  std::string text = options.text;
  if (text == "-") {
    text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  DateOptions date_options;
  if (!options.dct.empty()) {
    if (!dates::ParseIsoDate(options.dct)) {
      std::cerr << "veille dates: --dct must be a date YYYY-MM-DD, got \"" << options.dct << "\"\n";
      return kExitFailure;
    }
    date_options.dct = options.dct;
  }
  if (!IsValidUtf8(text)) {
    std::cerr << "veille dates: the text is not valid UTF-8\n";
    return kExitFailure;
  }
  const CodePointMap map(text);
  for (const DateMention& m : FindDates(text, date_options)) {
    std::cout << map.ToCodePoint(m.span.start) << '\t' << map.ToCodePoint(m.span.end) << '\t'
              << m.value << '\t' << m.source << '\t' << m.kind;
    if (!m.mod.empty()) std::cout << ',' << m.mod;
    if (m.since) std::cout << ",since";
    std::cout << '\t' << text.substr(m.span.start, m.span.end - m.span.start) << '\n';
  }
  return kExitOk;
}

}  // namespace veille::cli
