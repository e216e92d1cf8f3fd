#include "ingest/cleaner.h"

#include "base/strings.h"
#include "text/normalize.h"

namespace veille {

std::string CleanText(std::string_view raw) {
  std::string nfc = NormalizeNfc(raw);
  std::string out;
  out.reserve(nfc.size());
  bool pending_blank = false;
  for (std::string_view line : SplitLines(nfc)) {
    // Keep leading indentation out too: it is layout, not content.
    std::string_view t = TrimSpace(line);
    if (t.empty()) {
      pending_blank = !out.empty();
      continue;
    }
    if (!out.empty()) out += pending_blank ? "\n\n" : "\n";
    pending_blank = false;
    out.append(t);
  }
  return out;
}

}  // namespace veille
