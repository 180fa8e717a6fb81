# make bundle — the one-folder PyInstaller bundle from build.spec, checked by its self-test.
# See docs/packaging.md. Included by the Makefile (make/*.mk).
#
#   make bundle              build dist/FaceMood/ and run `FaceMood self-test` in it
#   make bundle-selftest     run the self-test of the bundle built last
#   make bundle-archive      dist/FaceMood-<version>-linux-x86_64.tar.gz of the bundle

# OpenCV in the Linux bundle: "slim" builds it from source with only what FaceMood calls
# (packaging/opencv_slim.py: minutes the first time, then reused from build/opencv-slim);
# "wheel" bundles the opencv-python-headless wheel as installed (151 MiB instead of ~10).
BUNDLE_OPENCV ?= slim
OPENCV_SLIM_WORK ?= build/opencv-slim
# What the slim OpenCV build and the ICU data step (cc) need.
APT_BUNDLE := g++

BUNDLE_DIST ?= dist
BUNDLE_WORK ?= build/pyinstaller
BUNDLE_APP := $(BUNDLE_DIST)/FaceMood/FaceMood
# The Linux bundle uses the system VLC, which `system-deps-run` installs: require it.
BUNDLE_SELFTEST_ARGS ?= --require-vlc yes
STAMP_BUNDLE := $(VENV)/.facemood-installed-bundle

.PHONY: bundle bundle-selftest bundle-archive opencv-slim

$(STAMP_BUNDLE): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[bundle]'
	touch $@

bundle: system-deps-run $(STAMP_BUNDLE) ## build dist/FaceMood (PyInstaller) and self-test it
	@scripts/system-deps.sh $(APT_BUNDLE)
	site=$$(if [ "$(BUNDLE_OPENCV)" = slim ]; then \
	    PATH="$(abspath $(BIN)):$$PATH" $(PY) packaging/opencv_slim.py --work $(OPENCV_SLIM_WORK); fi) && \
	{ [ "$(BUNDLE_OPENCV)" != slim ] || [ -f "$$site/cv2/__init__.py" ] || \
	    { echo "make bundle: no slim OpenCV in '$$site'" >&2; exit 1; }; } && \
	PYTHONPATH="$$site" $(BIN)/pyinstaller --noconfirm --distpath $(BUNDLE_DIST) \
	    --workpath $(BUNDLE_WORK) build.spec
	@$(MAKE) --no-print-directory bundle-selftest

opencv-slim: $(STAMP_BUNDLE) ## build (or reuse) the slim OpenCV the Linux bundle ships
	@scripts/system-deps.sh $(APT_BUNDLE)
	PATH="$(abspath $(BIN)):$$PATH" $(PY) packaging/opencv_slim.py --work $(OPENCV_SLIM_WORK)

bundle-selftest: ## run the self-test of the bundle in dist/
	$(TEST_ENV) $(BUNDLE_APP) self-test $(BUNDLE_SELFTEST_ARGS)
	@du -sh $(BUNDLE_DIST)/FaceMood

bundle-archive: ## pack dist/FaceMood into a .tar.gz for download
	tar -C $(BUNDLE_DIST) -czf $(BUNDLE_DIST)/FaceMood-$$($(PY) -c 'import facemood; print(facemood.__version__)')-linux-$$(uname -m).tar.gz FaceMood
