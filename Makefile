# smelt — see README.md.  `make` builds ./smelt; `make test` runs every test.
CC      ?= cc
CSTD    := -std=c17 -D_GNU_SOURCE
WARN    := -Wall -Wextra -Werror -Wshadow -Wmissing-prototypes -Wswitch-enum -Wno-switch-default
CFLAGS  ?= -O2 -g
BUILD   ?= build
BUILD_ID := $(shell cat $(sort $(wildcard src/*/*.c src/*/*.h)) Makefile | cksum | cut -d' ' -f1)

SRCS    := $(filter-out $(SKIP),$(wildcard src/base/*.c src/query/*.c src/syntax/*.c src/defs/*.c src/sema/*.c src/mir/*.c src/codegen/*.c src/toy/*.c) src/driver/queries.c)
OBJS    := $(SRCS:%.c=$(BUILD)/%.o) $(BUILD)/gen/prelude.o $(BUILD)/gen/prelude_ast.o $(BUILD)/gen/runtime.o
# the runtime linked into every program (runtime/), compiled in as source
RUNTIME := runtime/smelt_rt.h runtime/unicode_tables.h $(filter-out runtime/test_rt.c,$(wildcard runtime/*.c))
MAIN    := $(BUILD)/src/driver/main.o
LIBS    := -lxxhash -lpthread

.PHONY: all deps test sanitize demo bench fuzz fuzz-incremental clean bless
all: deps smelt

deps:
	@./tools/ensure-deps

smelt: $(BUILD)/smelt
	cp $(BUILD)/smelt smelt

$(BUILD)/smelt: $(OBJS) $(MAIN)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -MMD -MP -c -o $@ $<

# the core library is compiled in: lib/prelude.rs as a C byte array
PRELUDE ?= lib/prelude.rs
$(BUILD)/gen/prelude.c: $(PRELUDE) tools/embed
	@mkdir -p $(dir $@)
	./tools/embed smelt_prelude $(PRELUDE) > $@

$(BUILD)/gen/prelude.o: $(BUILD)/gen/prelude.c
	$(CC) $(CSTD) $(CFLAGS) -c -o $@ $<

# ... and its syntax tree, parsed at build time (src/syntax/pack.c): a session needing the
# library's syntax unpacks it instead of parsing 7,700 lines
$(BUILD)/tools/astpack: tools/astpack.c $(filter $(BUILD)/src/base/% $(BUILD)/src/syntax/%,$(OBJS))
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -o $@ $(filter %.c %.o,$^) $(LIBS)

$(BUILD)/gen/prelude_ast.c: $(PRELUDE) $(BUILD)/tools/astpack tools/embed
	@mkdir -p $(dir $@)
	$(BUILD)/tools/astpack $(PRELUDE) $(BUILD)/gen/prelude.ast
	./tools/embed smelt_prelude_ast $(BUILD)/gen/prelude.ast > $@

$(BUILD)/gen/prelude_ast.o: $(BUILD)/gen/prelude_ast.c
	$(CC) $(CSTD) $(CFLAGS) -c -o $@ $<

$(BUILD)/gen/runtime.c: $(RUNTIME) tools/embed-files
	@mkdir -p $(dir $@)
	./tools/embed-files smelt_runtime $(RUNTIME) > $@

$(BUILD)/gen/runtime.o: $(BUILD)/gen/runtime.c
	$(CC) $(CSTD) $(CFLAGS) -c -o $@ $<

# the build id names the sources a cache was written by: rebuilt when any changes
$(BUILD)/src/query/engine.o: src/query/engine.c $(filter-out src/query/engine.c,$(SRCS)) src/driver/main.c Makefile
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -DSMELT_BUILD_ID='"$(BUILD_ID)"' -MMD -MP -c -o $@ $<

$(BUILD)/tests/unit/%: tests/unit/%.c $(OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -MMD -MP -o $@ $(filter %.c %.o,$^) $(LIBS)

$(BUILD)/bench/engine: bench/engine.c $(filter $(BUILD)/src/base/% $(BUILD)/src/query/%,$(OBJS))
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -MMD -MP -o $@ $(filter %.c %.o,$^) $(LIBS)

UNIT := $(patsubst tests/unit/%.c,$(BUILD)/tests/unit/%,$(wildcard tests/unit/*.c))

test: deps $(BUILD)/smelt $(UNIT)
	@SMELT=$(abspath $(BUILD)/smelt) UNIT_DIR=$(abspath $(BUILD)/tests/unit) ./tests/run

sanitize: deps
	@$(MAKE) --no-print-directory BUILD=build-san CC=clang \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	    build-san/smelt $(patsubst $(BUILD)/%,build-san/%,$(UNIT))
	@SMELT=$(abspath build-san/smelt) UNIT_DIR=$(abspath build-san/tests/unit) SANITIZED=1 \
	    ASAN_OPTIONS=detect_leaks=1 ./tests/run

bless: deps $(BUILD)/smelt
	@BLESS=1 SMELT=$(abspath $(BUILD)/smelt) TESTS_DIR=$(abspath tests) bash tests/frontend/ui.sh

demo: all
	@./tools/demo

bench: deps $(BUILD)/bench/engine $(BUILD)/smelt
	@./bench/run

FUZZ := $(patsubst tests/fuzz/%.c,build-fuzz/%,$(wildcard tests/fuzz/*.c))
build-fuzz/%: tests/fuzz/%.c $(SRCS) $(BUILD)/gen/prelude.c $(BUILD)/gen/prelude_ast.c $(BUILD)/gen/runtime.c $(wildcard src/*/*.h)
	@mkdir -p build-fuzz
	clang $(CSTD) -O1 -g -fsanitize=fuzzer,address,undefined -o $@ $< $(SRCS) $(BUILD)/gen/prelude.c $(BUILD)/gen/prelude_ast.c $(BUILD)/gen/runtime.c $(LIBS)

# FUZZ_SECONDS per target (default 60)
fuzz: deps $(FUZZ)
	@./tests/fuzz/run $(FUZZ)

# randomised edit testing: STEPS (default 2000) from SEED (default 1)
fuzz-incremental: deps $(BUILD)/smelt
	@SMELT=$(abspath $(BUILD)/smelt) REPRO_DIR=$(abspath build/fuzz-incremental) \
	    bash tests/fuzz-incremental/random-edits.sh $(or $(STEPS),2000) $(or $(SEED),1)

clean:
	rm -rf build build-san build-fuzz smelt

-include $(OBJS:.o=.d) $(MAIN:.o=.d) $(UNIT:=.d)
