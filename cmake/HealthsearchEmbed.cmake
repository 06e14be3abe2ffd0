# Embeds a data file in the library as a read-only byte range, with the assembler's .incbin:
# no start-up cost, no file to find at run time, and no giant string literal for the compiler.
#   healthsearch_embed(TARGET NAME FILE)  ->  extern "C" const char healthsearch_NAME[], healthsearch_NAME_end[];
function(healthsearch_embed target name file)
  set(asm "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.S")
  file(WRITE "${asm}.in"
    "    .section .rodata\n"
    "    .global healthsearch_${name}\n"
    "    .hidden healthsearch_${name}\n"
    "    .global healthsearch_${name}_end\n"
    "    .hidden healthsearch_${name}_end\n"
    "healthsearch_${name}:\n"
    "    .incbin \"${file}\"\n"
    "healthsearch_${name}_end:\n"
    "    .byte 0\n"
    "    .section .note.GNU-stack,\"\",@progbits\n")
  configure_file("${asm}.in" "${asm}" COPYONLY)
  set_source_files_properties("${asm}" PROPERTIES OBJECT_DEPENDS "${file}")
  target_sources(${target} PRIVATE "${asm}")
endfunction()
