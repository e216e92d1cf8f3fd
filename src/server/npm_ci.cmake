# Runs `npm ci` in WEB_DIR unless node_modules is already installed from the
# current lock file (npm writes node_modules/.package-lock.json on install),
# so repeated builds and several build directories reuse one install.
# Usage: cmake -DNPM=... -DWEB_DIR=... -P npm_ci.cmake
set(installed ${WEB_DIR}/node_modules/.package-lock.json)
if(EXISTS ${installed} AND NOT ${WEB_DIR}/package-lock.json IS_NEWER_THAN ${installed})
  return()
endif()
message(STATUS "npm ci in ${WEB_DIR}")
execute_process(COMMAND ${NPM} ci --no-audit --no-fund --loglevel=error
                WORKING_DIRECTORY ${WEB_DIR} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "npm ci failed in ${WEB_DIR} (exit ${rc}); the npm registry must be reachable for a first build")
endif()
