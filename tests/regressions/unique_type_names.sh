#!/usr/bin/env bash
# Regression: three modules once each defined veille::Token in their headers.
# Linked into one program, that is an ODR violation (ASan saw it as a heap
# overflow in vector<Token>::push_back; release builds were silently
# wrong). Every class, struct or enum a header declares at the start of a
# line must have a name no other header uses.
# usage: unique_type_names.sh SOURCE_DIR
set -euo pipefail
cd "$1"
dups=$(grep -rhoE '^(struct|class|enum class|enum) [A-Z][A-Za-z0-9_]*( |\{|$)' src include --include='*.h' \
  | sed -E 's/^(struct|class|enum class|enum) //; s/[ {]$//' | sort | uniq -d)
if [ -n "$dups" ]; then
  echo "type names declared in more than one header (ODR risk): $dups"
  for d in $dups; do grep -rnE "^(struct|class|enum class|enum) $d\b" src include --include='*.h'; done
  exit 1
fi
echo "unique_type_names: every header type name is unique"
