// `veille dict check`. Placeholder until the dictionaries land.
#include <iostream>

#include "cli/verbs.h"

namespace veille::cli {

int RunDictCheck(const DictCheckOptions& /*options*/) {
  std::cerr << "veille dict check: no dictionaries yet\n";
  return kExitFailure;
}

}  // namespace veille::cli
