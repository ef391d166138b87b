# ShopCloser: `make run` opens the app, `make test` checks everything. Both set up first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test
DEV_STAMP := $(VENV)/.installed-dev
export PIP_DISABLE_PIP_VERSION_CHECK := 1

# Libraries Qt needs on a bare Debian/Ubuntu machine, CJK fonts, and a virtual screen.
APT_PACKAGES := libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 \
	libxkbcommon0 libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
	libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 \
	libxcb-xkb1 libxcb-xfixes0 libx11-xcb1 fonts-noto-cjk xvfb xauth

.PHONY: install install-test install-dev system-deps run test lint typecheck contracts \
	unit bench translations guide-images package package-test clean

install: system-deps $(STAMP)

system-deps:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null \
		| grep -q 'install ok installed' || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if ! command -v apt-get >/dev/null; then \
		echo "Not a Debian-like system: install Qt's runtime libraries and CJK fonts yourself."; \
	elif [ "$$(id -u)" = 0 ]; then \
		echo "Installing system libraries: $$missing"; \
		DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "ShopCloser needs these system libraries. Install them with:"; \
		echo "  sudo apt-get install -y $$missing"; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	@touch $@

$(TEST_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[test]'
	@touch $@

$(DEV_STAMP): $(STAMP)
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

install-test: install $(TEST_STAMP)
install-dev: install $(DEV_STAMP)

run: install
	$(BIN)/python -m shopcloser $(if $(DEMO),--demo,)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install-test
	$(BIN)/mypy shopcloser tests
	# The Windows and macOS builds are not made here: at least their code must type-check.
	$(BIN)/mypy --platform win32 shopcloser
	$(BIN)/mypy --platform darwin shopcloser

contracts: install-test
	$(BIN)/lint-imports

unit: install-test
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q $(PYTEST_ARGS)

test: lint typecheck contracts unit

bench: install-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m bench

translations: install
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none shopcloser \
		-ts resources/translations/shopcloser_zh_CN.ts resources/translations/shopcloser_zh_TW.ts
	# English is the source language: its file holds only the plural forms ("1 order").
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly \
		-target-language en shopcloser -ts resources/translations/shopcloser_en.ts
	for ts in resources/translations/*.ts; do \
		$(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; \
	done

# The user guide's pictures of each tab, in every language (packaging/README.md).
guide-images: install
	$(BIN)/python packaging/guide_screenshots.py

# The Linux package: PyInstaller bundle in dist/shopcloser/, then dist/shopcloser_<version>_amd64.deb.
# Tools to build and check it, and libraries Qt's Wayland plugins link against (the .deb
# depends on every library the bundle needs; packaging/linux/build_deb.py finds them).
PACKAGE_APT_PACKAGES := binutils desktop-file-utils appstream xvfb xauth \
	libwayland-client0 libwayland-cursor0 libwayland-egl1

package: install-dev
	@$(MAKE) --no-print-directory system-deps APT_PACKAGES="$(PACKAGE_APT_PACKAGES)"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist \
		--workpath build/pyinstaller packaging/shopcloser.spec
	$(BIN)/python packaging/linux/build_deb.py

# Installs the .deb on this machine (root) and tries the installed app; see packaging/README.md.
package-test: package
	bash packaging/linux/package_test.sh

clean:
	rm -rf build dist .mypy_cache .pytest_cache .ruff_cache
