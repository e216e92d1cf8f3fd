// The web page, built from web/ by esbuild at build time and embedded as a
// generated source file (embed_file.cc writes it), so the binary serves it
// with no file or network access. Internal to src/server/.
#ifndef VEILLE_SERVER_PAGE_H_
#define VEILLE_SERVER_PAGE_H_

#include <string_view>

namespace veille::server {

// The whole page: one HTML file with its script and style inline.
std::string_view PageHtml();

}  // namespace veille::server

#endif  // VEILLE_SERVER_PAGE_H_
