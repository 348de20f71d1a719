# Turns migrations/NNNN_name.sql into a generated C++ source, so the binary carries its schema
# and `brueckenbauer migrate` works from any directory.
# Inputs: MIGRATIONS_DIR, OUTPUT.
file(GLOB files RELATIVE ${MIGRATIONS_DIR} ${MIGRATIONS_DIR}/*.sql)
list(SORT files)
set(body "// Generated from migrations/*.sql by cmake/EmbedMigrations.cmake. Do not edit.\n")
string(APPEND body "#include \"storage/migrations.hpp\"\n\nnamespace bb::storage {\n\n")
string(APPEND body "const std::vector<Migration>& embedded_migrations() {\n  static const std::vector<Migration> all = {\n")
foreach(f IN LISTS files)
  string(REGEX MATCH "^([0-9]+)_(.*)\\.sql$" _ ${f})
  set(version ${CMAKE_MATCH_1})
  set(name ${CMAKE_MATCH_2})
  math(EXPR version_number "${version}")
  file(READ ${MIGRATIONS_DIR}/${f} sql)
  string(APPEND body "    {${version_number}, \"${name}\", R\"bbsql(${sql})bbsql\"},\n")
endforeach()
string(APPEND body "  };\n  return all;\n}\n\n}  // namespace bb::storage\n")
file(WRITE ${OUTPUT}.tmp "${body}")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
