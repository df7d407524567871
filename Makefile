# The two set-up commands of the README: `make demo` and `make test`.
# Each creates .venv/ on first use and installs the pinned dependencies (torch is pinned exactly: an open
# range would pull a multi-GB CUDA build).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-all bench

$(STAMP): requirements.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --no-compile --disable-pip-version-check -q -r requirements.txt
	$(PY) -m pip install --no-compile --disable-pip-version-check -q --no-deps -e .
	@# Byte-compile once (about 35 s): where PYTHONDONTWRITEBYTECODE is set, as on this project's machines, every
	@# command would otherwise compile every module it imports, every time (0.3-0.4 s of a one-frame verify).
	@# A few files in third-party packages are not valid Python 3 (templates, test data): their errors are ignored.
	-$(PY) -m compileall -q -j 0 $(VENV)/lib clipseal provenance detector policy generator bench > /dev/null 2>&1
	@# the policy's place, word, name, lexicon and office indexes, built once (about 15 s) and cached outside the repo
	$(PY) -c "from policy import knowledge; from policy.engine import Policy; Policy(); print('policy knowledge:', knowledge.describe(knowledge.load()))"
	@touch $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/clipseal demo --out demo-output

# The suite runs in parallel worker processes (pytest-xdist), one per core and at most four: on this project's
# two-core machine, 12 minutes with two workers where one process had taken 17.6 (2026-12-02; README). TEST_WORKERS=0
# runs it in one process. With workers, each (and each command a test starts) gets one OpenMP/BLAS thread: the
# workers are the parallelism, and two workers of two torch threads each oversubscribed the two cores (the suite
# took 10 min 24 s against 11 min 14 s, 2026-12-02, the same machine one after the other).
# Tests are handed out by work stealing: with xdist's default (blocks of tests sent ahead), one worker was left
# holding the generator and detector tests while the other sat idle for about 8 of the suite's 14 minutes
# (2026-12-03); with `--dist worksteal` the same suite took 11 min 6 s, both workers busy to the end.
# Tests that make many clips with a model folder run `clipseal generate` and `verify` in the test process (click's
# runner: tests/conftest.py `run_in_process`), one fresh process per family still checking stderr: each new process
# spent about 10 s importing torch, transformers and diffusers (tests/test_families.py alone on two workers: 217 s
# before, 110 s after, 2026-12-03; `make test` on a clean clone: README).
TEST_WORKERS ?= auto
TEST_THREADS := $(if $(filter 0,$(TEST_WORKERS)),,OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1)

test: $(STAMP)
	$(TEST_THREADS) $(PY) -m pytest -q -n $(TEST_WORKERS) --maxprocesses=4 --dist worksteal

test-all: $(STAMP)
	$(TEST_THREADS) $(PY) -m pytest -q -m "" -n $(TEST_WORKERS) --maxprocesses=4 --dist worksteal
