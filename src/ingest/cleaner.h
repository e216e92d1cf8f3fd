// The cleaner: from a raw scraped text to the article body.
#ifndef VEILLE_INGEST_CLEANER_H_
#define VEILLE_INGEST_CLEANER_H_

#include <string>
#include <string_view>

namespace veille {

// Normalises line ends to '\n', composes to NFC, trims trailing spaces of
// each line, collapses runs of blank lines to one and trims the whole.
// Boilerplate removal builds on this (ingest issue).
std::string CleanText(std::string_view raw);

}  // namespace veille

#endif  // VEILLE_INGEST_CLEANER_H_
