# Every target sets up what it needs; a fresh machine needs only python3 (and gcc + Python
# headers for durable-rules, which has no wheel: `make system-deps` installs them on Debian).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test bench fuzz robust system-deps office-deps poppler-deps browser-deps clean samples

$(STAMP): pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

# durable-rules 2.0.28 ships only a source archive: it compiles a C extension.
system-deps:
	@if ! command -v gcc >/dev/null 2>&1 || ! $(PYTHON) -c 'import sysconfig,os,sys; sys.exit(not os.path.exists(os.path.join(sysconfig.get_paths()["include"], "Python.h")))'; then \
		echo "installing gcc and Python headers"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq gcc python3-dev python3-venv; \
	fi

samples: $(STAMP)
	$(BIN)/python samples/make_samples.py
	$(BIN)/python samples/make_text_samples.py
	$(BIN)/python samples/make_set_samples.py
	@$(MAKE) --no-print-directory office-deps
	$(BIN)/python samples/make_published_samples.py

# LibreOffice (DOCX -> PDF, as kecamatan export theirs), poppler (pdftoppm for the scanned samples,
# pdftotext as the speed floor in `make bench`) and qpdf (a password-protected sample), from Debian.
office-deps:
	@if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftoppm >/dev/null 2>&1 || ! command -v qpdf >/dev/null 2>&1; then \
		echo "installing LibreOffice Writer, poppler-utils and qpdf"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libreoffice-writer-nogui poppler-utils qpdf; \
	fi

poppler-deps:
	@if ! command -v pdftotext >/dev/null 2>&1; then \
		echo "installing poppler-utils (pdftotext, the floor the PDF reader is measured against)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq poppler-utils; \
	fi

demo: $(STAMP)
	$(BIN)/rencana check samples/ ; rc=$$?; \
	if [ $$rc -gt 1 ]; then echo "rencana check failed (exit $$rc)"; exit $$rc; fi; \
	$(BIN)/rencana batch samples/ --out reports/ ; rc=$$?; \
	if [ $$rc -gt 1 ]; then echo "rencana batch failed (exit $$rc)"; exit $$rc; fi; \
	echo; echo "Demo done: the *-salah samples carry planted defects, so exit code $$rc is expected."; \
	echo "Reports: reports/ringkasan.html, reports/ringkasan.xlsx and one folder per kabupaten/kecamatan."

test: $(STAMP) browser-deps
	$(BIN)/python -m pytest

# Debian's chromium for the browser test of `rencana serve` (Playwright drives it; it downloads no
# browser of its own). Without it that test is skipped with the reason.
browser-deps:
	@if ! command -v chromium >/dev/null 2>&1; then \
		echo "installing chromium (the browser test of rencana serve)"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium || echo "chromium could not be installed: the browser test will be skipped"; \
	fi

# Mutated workbooks and texts through the readers, bounded (FUZZ_EXAMPLES, FUZZ_SECONDS); crashes
# are saved to tests/fuzz_crashes/ (a text's as its recipe) and replayed by every `make test`.
fuzz: $(STAMP)
	RENCANA_FUZZ=1 $(BIN)/python -m pytest tests/test_fuzz.py -p no:cacheprovider -o addopts="" --hypothesis-show-statistics

bench: $(STAMP) poppler-deps
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/published.py

clean:
	rm -rf $(VENV) build *.egg-info
	find reports -mindepth 1 ! -name .gitkeep -delete

# The corpus plans (and the team's planted plans in other table forms, tests/data/forms) rewritten
# with other plans' extraction artefacts, scored per variant; then
# written as DOCX and exported to PDF, their findings compared with the text's (needs ../shared).
# Plans in combined forms (benchmarks/varied.py), kept for their variants.
VARIED := $(or $(TMPDIR),/tmp)/rencana-varied
robust: $(STAMP) office-deps
	$(BIN)/python benchmarks/robust.py --seeds $${ROBUST_SEEDS:-1,2,3}
	$(BIN)/python benchmarks/robust.py --seeds $${ROBUST_SEEDS:-1,2,3} --plans tests/data/forms
	$(BIN)/python benchmarks/mutants.py --variants all --per-kind 30
	rm -rf $(VARIED) && $(BIN)/python benchmarks/varied.py --count 120 --seed 3 --keep $(VARIED)
	$(BIN)/python benchmarks/robust.py --seeds $${ROBUST_SEEDS:-1,2,3} --plans $(VARIED)
	$(BIN)/python benchmarks/corpus_forms.py
	$(BIN)/python benchmarks/printed.py
	$(BIN)/python benchmarks/published_corpus.py
