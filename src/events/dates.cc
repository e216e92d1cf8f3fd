// Placeholder until the date resolver lands: finds nothing.
#include "events/dates.h"

namespace veille {

std::vector<DateMention> FindDates(std::string_view /*text*/, const DateOptions& /*options*/) { return {}; }

}  // namespace veille
