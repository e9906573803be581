# llama-cpp-python's build, tuned to the machine but without llama.cpp's AMX kernels.
#
# Used as CMAKE_ARGS="-DCMAKE_PROJECT_INCLUDE=<this file>" when pip compiles llama-cpp-python
# (README; newsbrief.providers.local.REBUILD_WITHOUT_AMX). Its default build is tuned to the machine
# (-march=native), which compiles llama.cpp's AMX kernels on Intel Xeons that have AMX; on some
# of them the first decode kills the process with a segmentation fault (ggml-org/llama.cpp#20824).
# An explicit -mno-amx-* option wins over -march=native whatever their order, so the build keeps
# the CPU's other features (AVX-512 among them, which an AVX2-only build, -DGGML_NATIVE=OFF,
# gives up: benchmarks/README.md). Other CPUs and compilers that lack the option are left as is.
if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(x86_64|AMD64|amd64|x86|i[3-6]86)$" AND CMAKE_C_COMPILER_LOADED)
  include(CheckCCompilerFlag)
  check_c_compiler_flag("-mno-amx-tile -mno-amx-int8 -mno-amx-bf16" NEWSBRIEF_NO_AMX_FLAGS)
  if(NEWSBRIEF_NO_AMX_FLAGS)
    add_compile_options(-mno-amx-tile -mno-amx-int8 -mno-amx-bf16)
  endif()
endif()
