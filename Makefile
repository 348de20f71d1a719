# The two commands of the README, plus a few conveniences for developers.
.PHONY: run test bench format tidy

run:  ## install what is missing, build, start the server with the demo region
	scripts/run.sh

test:  ## install what is missing, build, run every test (unit, storage on both backends, HTTP, browser)
	scripts/test.sh

bench:  ## benchmarks with figures and comparisons (see docs/PERFORMANCE.md)
	bench/run.sh
	bench/analysis/run.sh
	bench/register/run.sh
	bench/map/run.sh
	bench/offers/run.sh

format:
	find src tests bench -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i

tidy:
	run-clang-tidy -p build/dev -quiet 'src/.*'
