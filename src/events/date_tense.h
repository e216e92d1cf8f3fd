// Tense cues around a date expression: whether the clause that holds it
// speaks of the past or of the future. Used to pick the occurrence of a
// bare weekday or a day without year ("samedi", "le 30 juin").
#ifndef VEILLE_EVENTS_DATE_TENSE_H_
#define VEILLE_EVENTS_DATE_TENSE_H_

#include <cstddef>

#include "events/date_tokens.h"

namespace veille::dates {

enum class Tense { kUnknown, kPast, kFuture };

// The tense of the cue nearest to tokens [first, last] inside their
// sentence (bounded by . ! ? ; or a line break, at most 20 tokens away).
// With `future_only`, only a simple future ("sera", "se tiendra") counts:
// the strongest cue, used for months and days.
Tense TenseAround(const TokenStream& stream, size_t first, size_t last,
                  bool future_only = false);

}  // namespace veille::dates

#endif  // VEILLE_EVENTS_DATE_TENSE_H_
