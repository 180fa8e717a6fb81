# make bundle — the one-folder PyInstaller bundle from build.spec, checked by its self-test.
# See docs/packaging.md. Included by the Makefile (make/*.mk).
#
#   make bundle              build dist/FaceMood/ and run `FaceMood self-test` in it
#   make bundle-selftest     run the self-test of the bundle built last
#   make bundle-archive      dist/FaceMood-<version>-linux-x86_64.tar.gz of the bundle

BUNDLE_DIST ?= dist
BUNDLE_WORK ?= build/pyinstaller
BUNDLE_APP := $(BUNDLE_DIST)/FaceMood/FaceMood
# The Linux bundle uses the system VLC, which `system-deps-run` installs: require it.
BUNDLE_SELFTEST_ARGS ?= --require-vlc yes
STAMP_BUNDLE := $(VENV)/.facemood-installed-bundle

.PHONY: bundle bundle-selftest bundle-archive

$(STAMP_BUNDLE): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[bundle]'
	touch $@

bundle: system-deps-run $(STAMP_BUNDLE) ## build dist/FaceMood (PyInstaller) and self-test it
	$(BIN)/pyinstaller --noconfirm --distpath $(BUNDLE_DIST) --workpath $(BUNDLE_WORK) build.spec
	@$(MAKE) --no-print-directory bundle-selftest

bundle-selftest: ## run the self-test of the bundle in dist/
	$(TEST_ENV) $(BUNDLE_APP) self-test $(BUNDLE_SELFTEST_ARGS)
	@du -sh $(BUNDLE_DIST)/FaceMood

bundle-archive: ## pack dist/FaceMood into a .tar.gz for download
	tar -C $(BUNDLE_DIST) -czf $(BUNDLE_DIST)/FaceMood-$$($(PY) -c 'import facemood; print(facemood.__version__)')-linux-$$(uname -m).tar.gz FaceMood
