# The browser test (web/tests/browser.mjs): `veille serve` on a store built
# from samples/, driven in Debian's Chromium by playwright-core. Skipped
# (exit 77) only when /usr/bin/chromium is absent. Included from this
# directory's CMakeLists.txt because tests/CMakeLists.txt globs C++ tests only.
enable_testing()
add_test(NAME server_browser
         COMMAND ${VEILLE_NODE} ${VEILLE_WEB_DIR}/tests/browser.mjs
                 --veille $<TARGET_FILE:veille> --samples ${PROJECT_SOURCE_DIR}/samples
                 --data-dir ${PROJECT_SOURCE_DIR}/data --out ${PROJECT_BINARY_DIR})
set_tests_properties(server_browser PROPERTIES TIMEOUT 300 SKIP_RETURN_CODE 77)
