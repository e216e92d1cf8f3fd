// `veille dates`. Placeholder until the date resolver lands.
#include <iostream>

#include "cli/verbs.h"

namespace veille::cli {

int RunDates(const DatesOptions& /*options*/) {
  std::cerr << "veille dates: no date resolver yet\n";
  return kExitFailure;
}

}  // namespace veille::cli
