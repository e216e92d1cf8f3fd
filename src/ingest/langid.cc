#include "ingest/langid.h"

#include <cstdio>  // CLD2's header needs it first
#include <cld2/public/compact_lang_det.h>

namespace veille {

std::string DetectLanguage(std::string_view text, size_t max_bytes) {
  if (text.size() > max_bytes) {
    size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    text = text.substr(0, cut);
  }
  // DetectLanguage() answers ENGLISH when it saw no letters; the summary
  // form says how many letter bytes it scored, so "no text" stays "und".
  bool reliable = false;
  CLD2::Language top3[3];
  int percent3[3];
  int text_bytes = 0;
  CLD2::Language lang = CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                                    /*is_plain_text=*/true, top3, percent3, &text_bytes,
                                                    &reliable);
  if (lang == CLD2::UNKNOWN_LANGUAGE || text_bytes == 0) return "und";
  std::string code = CLD2::LanguageCode(lang);
  // CLD2 names a few languages with longer or legacy codes; keep ISO 639-1.
  if (code.size() > 2 && code.find('-') != std::string::npos) code = code.substr(0, code.find('-'));
  return code;
}

}  // namespace veille
