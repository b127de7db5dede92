# Imported target lpn_deps: abseil, RE2 and (native only) protobuf-lite for the engine being built.
# Native: Debian's -dev packages. WebAssembly: the static builds in LPN_DEPS_PREFIX; its message
# classes need no runtime (plain_messages/gen_messages.mjs).
# Included by the libphonenumber recipe and by the project's top-level CMakeLists.txt.
add_library(lpn_deps INTERFACE)
set(_absl_targets absl::node_hash_set absl::node_hash_map absl::flat_hash_map absl::flat_hash_set
    absl::strings absl::optional)
if(EMSCRIPTEN)
  find_package(absl CONFIG REQUIRED PATHS ${LPN_DEPS_PREFIX} NO_DEFAULT_PATH)
  find_package(re2 CONFIG REQUIRED PATHS ${LPN_DEPS_PREFIX} NO_DEFAULT_PATH)
  target_include_directories(lpn_deps INTERFACE ${LPN_DEPS_PREFIX}/include)
  target_link_libraries(lpn_deps INTERFACE re2::re2 ${_absl_targets})
else()
  find_package(absl CONFIG REQUIRED)
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(LPN_PC REQUIRED IMPORTED_TARGET re2 protobuf-lite)
  find_package(Threads REQUIRED)
  target_link_libraries(lpn_deps INTERFACE PkgConfig::LPN_PC ${_absl_targets} Threads::Threads)
endif()

# GoogleTest: Debian's libgtest-dev natively; compiled from its shipped sources for WebAssembly.
if(NOT TARGET lpn_gtest)
  add_library(lpn_gtest INTERFACE)
  if(EMSCRIPTEN)
    if(NOT GTEST_SOURCE_DIR)
      set(GTEST_SOURCE_DIR /usr/src/googletest)
    endif()
    add_library(lpn_gtest_wasm STATIC ${GTEST_SOURCE_DIR}/googletest/src/gtest-all.cc)
    target_include_directories(lpn_gtest_wasm PUBLIC ${GTEST_SOURCE_DIR}/googletest/include
                               PRIVATE ${GTEST_SOURCE_DIR}/googletest)
    target_link_libraries(lpn_gtest INTERFACE lpn_gtest_wasm)
    # Node 20's fetch breaks Emscripten 3.1.6's async loader; test binaries compile synchronously.
    target_link_options(lpn_gtest INTERFACE -sWASM_ASYNC_COMPILATION=0 -sENVIRONMENT=node
                        -sALLOW_MEMORY_GROWTH=1 -sNODERAWFS=1)
  else()
    find_package(GTest REQUIRED)
    target_link_libraries(lpn_gtest INTERFACE GTest::gtest)
  endif()
endif()
