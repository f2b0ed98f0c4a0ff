# Benchmarks and fuzzing. The Makefile includes this file; it reuses $(BIN) and $(STAMP).

.PHONY: bench fuzz

## This skill against two ASK SDK skills (bare, and with the persistence adapter): prints a
## table, writes bench/results.json.
## Options with ARGS="--runs 9 --web-seconds 10" (see python -m bench --help).
bench: $(STAMP)
	$(BIN)/python -m bench $(ARGS)

## At least 10,000 generated requests through the skill; the count goes to bench/fuzz_cases.json.
fuzz: $(STAMP)
	ACUPRESSURE_FUZZ=full $(BIN)/pytest tests/fuzz -p no:cacheprovider
