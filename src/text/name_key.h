// Name keys: a transliteration-aware folding of person and place names, so
// that spelling variants of one name across scripts and romanisation
// traditions meet ("Iounous-Bek Evkourov", "Yunus Bek Yevkurov", "Евкуров").
//
// A key is computed word by word: Cyrillic goes through ICU's
// Russian-Latin/BGN (the English press spellings), every script then through
// Any-Latin and accent removal, and the Latin result through a small table of
// French / English / German romanisation rules (ou/u, tch/ch/sh/sch, dj/j/zh,
// gue/g, y/i, initial ye/e, kh/h, w/v, doubled letters, final -e...).
//
// ICU transliteration is slow (~2 MB/s): apply keys to dictionary entries at
// load time and to candidate spans, never to whole documents. ASCII and
// accented Latin words take a fast path without ICU.
//
// Thread-safe (each thread keeps its own ICU transliterator).
// Tested by name_key_test.cc.
#ifndef VEILLE_TEXT_NAME_KEY_H_
#define VEILLE_TEXT_NAME_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace veille {

// The key of one word (no spaces or hyphens inside): lower-case ASCII letters
// and digits only; empty when the word has no letter or digit.
// Example: "Choïgou", "Shoigu", "Schoigu" and "Шойгу" all give "coigu".
std::string WordKey(std::string_view word);

// Keys of every word of `name`: words are split at spaces, hyphens,
// apostrophes and dots; words with an empty key are dropped.
// Example: "Iounous-Bek Evkourov" -> {"iunus", "bek", "evkurov"}.
std::vector<std::string> NameKeyWords(std::string_view name);

// The word keys joined by single spaces: the key of a whole name.
std::string NameKey(std::string_view name);

// Latin-to-ASCII folding of one word without the romanisation rules:
// lower-case, accents removed, other scripts transliterated ("Goïta" -> "goita",
// "Путин" -> "putin"). Used to build readable ids.
std::string AsciiFold(std::string_view word);

// The lower-case ASCII folding of one code point below U+0250 (letters lose
// their accents, ß -> ss, œ -> oe; non-letters give ""). Returns false for
// code points at or above U+0250, which this table does not cover.
bool FoldLatin(char32_t cp, std::string_view* out);

}  // namespace veille

#endif  // VEILLE_TEXT_NAME_KEY_H_
