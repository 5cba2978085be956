# libssl in C#: build, install and test.  See README.
include build-aux/dirs.mak

VERSION = 0.1.0
# The release date of VERSION: every file in `make dist`'s tarball carries
# this mtime, so the tarball depends on the content alone (not on when or
# in which commit it was made).  Bump it with VERSION.
RELEASE_DATE = 2026-11-25 00:00:00 UTC
MAJOR = 0
SONAME = libssl.so.$(MAJOR)
LIBFILE = libssl.so.$(VERSION)

BUILD = build
DOTNET ?= dotnet
DOTNET_FLAGS = --nologo -v:q -p:LibSslVersion=$(VERSION) -p:LibSslSoname=$(SONAME) \
	$(if $(IlcInstructionSet),-p:IlcInstructionSet=$(IlcInstructionSet))

SOURCES := $(shell find libssl -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*') \
	libssl/libssl.csproj libssl/Symbols.list
HEADERS := $(wildcard libssl/include/openssl/*.h)
PAGES := $(wildcard man/*.3)

MONOPOSIX = $(BUILD)/publish/libMonoPosixHelper.so
MONO_SOURCES := $(shell find libssl/third_party/mono -type f) libssl/static/glibc-compat.c
STATIC_OBJ = $(CURDIR)/$(BUILD)/static-obj

.PHONY: all install uninstall check demo verify-manual stage clean dist port-checksum port-manifests verify-ports

all: $(BUILD)/lib/$(LIBFILE) $(BUILD)/lib/libssl.a

# One NativeAOT image; libcrypto is the same file under a second link name
# (DESIGN.md: two NativeAOT runtimes cannot share objects).
$(BUILD)/lib/$(LIBFILE): $(SOURCES)
	$(DOTNET) publish libssl/libssl.csproj -c Release -p:PublishAot=true \
		-p:NativeLib=Shared $(DOTNET_FLAGS) -o $(BUILD)/publish
	mkdir -p $(BUILD)/lib
	cp $(BUILD)/publish/libssl.so $@
	cp $(BUILD)/publish/libssl.so.dbg $(BUILD)/lib/$(LIBFILE).dbg
	cp $(MONOPOSIX) $(BUILD)/lib/
	ln -sf $(LIBFILE) $(BUILD)/lib/$(SONAME)
	ln -sf $(SONAME) $(BUILD)/lib/libssl.so
	ln -sf $(SONAME) $(BUILD)/lib/libcrypto.so

# The static archive (Sortix has no dynamic linking): the same image built
# with NativeLib=Static, merged with the NativeAOT runtime, the framework
# shims and Mono.Posix's helper compiled from source (build-aux/
# static-archive.sh).  After the shared build, never beside it: both
# publish the same project.  libcrypto.a is the same archive by name.
$(BUILD)/lib/libssl.a: $(SOURCES) $(MONO_SOURCES) build-aux/static-archive.sh | $(BUILD)/lib/$(LIBFILE)
	$(DOTNET) publish libssl/libssl.csproj -c Release -p:PublishAot=true \
		-p:NativeLib=Static -p:NativeIntermediateOutputPath=$(STATIC_OBJ)/ \
		$(DOTNET_FLAGS) -o $(BUILD)/publish-static
	sh build-aux/static-archive.sh $(BUILD)/publish-static/libssl.a $(STATIC_OBJ) \
		$(BUILD)/static-merge $@
	ln -sf libssl.a $(BUILD)/lib/libcrypto.a

install: all
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)/openssl $(DESTDIR)$(MANDIR)/man3
	install -m 755 $(BUILD)/lib/$(LIBFILE) $(DESTDIR)$(LIBDIR)/$(LIBFILE)
	install -m 755 $(BUILD)/lib/libMonoPosixHelper.so $(DESTDIR)$(LIBDIR)/libMonoPosixHelper.so
	ln -sf $(LIBFILE) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libssl.so
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libcrypto.so
	install -m 644 $(BUILD)/lib/libssl.a $(DESTDIR)$(LIBDIR)/libssl.a
	ln -sf libssl.a $(DESTDIR)$(LIBDIR)/libcrypto.a
	install -m 644 $(HEADERS) $(DESTDIR)$(INCLUDEDIR)/openssl/
	sh build-aux/pkgconfig.sh $(DESTDIR)$(LIBDIR)/pkgconfig "$(PREFIX)" "$(EXEC_PREFIX)" "$(LIBDIR)" "$(INCLUDEDIR)"
	$(if $(PAGES),install -m 644 $(PAGES) $(DESTDIR)$(MANDIR)/man3/)
	sh build-aux/install-man-links.sh $(DESTDIR)$(MANDIR)/man3 $(PAGES)

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/$(LIBFILE) $(DESTDIR)$(LIBDIR)/$(SONAME) \
		$(DESTDIR)$(LIBDIR)/libssl.so $(DESTDIR)$(LIBDIR)/libcrypto.so \
		$(DESTDIR)$(LIBDIR)/libMonoPosixHelper.so \
		$(DESTDIR)$(LIBDIR)/libssl.a $(DESTDIR)$(LIBDIR)/libcrypto.a \
		$(DESTDIR)$(LIBDIR)/pkgconfig/libssl.pc $(DESTDIR)$(LIBDIR)/pkgconfig/libcrypto.pc \
		$(DESTDIR)$(LIBDIR)/pkgconfig/openssl.pc
	rm -rf $(DESTDIR)$(INCLUDEDIR)/openssl

# The tests build C programs against an image installed here, exactly as a
# user would (headers, -lssl -lcrypto, runpath), never against the tree.
STAGE = $(CURDIR)/$(BUILD)/stage
stage: all
	rm -rf $(STAGE)
	$(MAKE) install DESTDIR=$(STAGE) PREFIX=/usr EXEC_PREFIX=/usr \
		LIBDIR=/usr/lib INCLUDEDIR=/usr/include MANDIR=/usr/share/man

check: stage
	sh tests/run-all.sh $(STAGE)/usr

# Performance against the system's OpenSSL 3 (not part of check): a table
# of medians, build/bench/results.json and build/bench/ratios.svg.
# BENCH_ROUNDS sets the number of alternating rounds (at least 5 to report).
BENCH_ROUNDS ?= 5
.PHONY: bench
bench: stage
	sh tests/bench/run.sh $(STAGE)/usr $(BENCH_ROUNDS)

# Build, stage, and run a C client against openssl s_server on loopback.
demo: stage
	sh build-aux/demo.sh $(STAGE)

# The long runs at full count (make check runs them reduced): 10 000
# handshakes on 16 threads, 10 000 rounds of hostile peers, 100 000
# SSL_new/SSL_free, with their time and resident-size figures.
.PHONY: stress fuzz
stress: stage
	sh tests/stress.sh $(STAGE)/usr

# Coverage-guided fuzzing (SharpFuzz + AFL++) of the record layer and the
# handshake parsing, FUZZ_SECONDS per target (tests/fuzz/run.sh).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= server client record
fuzz:
	sh tests/fuzz/run.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

verify-manual:
	sh build-aux/verify-manual.sh man

clean:
	rm -rf $(BUILD) libssl/bin libssl/obj tests/unit/bin tests/unit/obj

# The release tarball: the tracked files (git ls-files), without ports/.
# The port lives in a ports tree and records this tarball's SHA256SUM;
# shipping the port inside the tarball it describes would make the
# checksum depend on itself.  Reproducible: sorted names, one mtime
# (RELEASE_DATE), owner and group 0 by number, normalised modes, gzip -n
# (no name or time in the gzip header).  Needs a git checkout.
DISTNAME = libssl-$(VERSION)
DIST = $(BUILD)/$(DISTNAME).tar.gz
dist:
	sh build-aux/make-dist.sh $(DISTNAME) "$(RELEASE_DATE)" $(DIST)

# Rewrite ports/libssl/libssl.port's SHA256SUM from a fresh `make dist`.
# Every commit outside ports/ changes the tarball, so run this last, just
# before committing a release (verify-ports fails until it is run).
port-checksum: dist
	sh build-aux/port-checksum.sh ports/libssl/libssl.port $(DIST)

# The port-build test compares each image with a manifest; after an
# intended change (a new page, header or installed file) copy the lists of
# the last `make check` over them, then review the diff and commit.
port-manifests:
	test -f $(BUILD)/tests/port-build/manifest-sortix.txt -a -f $(BUILD)/tests/port-build/manifest-usr.txt || \
		{ echo "run make check (tests/ports/port-build.sh) first"; exit 1; }
	cp $(BUILD)/tests/port-build/manifest-sortix.txt $(BUILD)/tests/port-build/manifest-usr.txt tests/ports/

# Sortix-style presubmit for ports/: see build-aux/verify-ports.sh.
verify-ports: dist
	sh build-aux/verify-ports.sh ports $(DIST)

# The manual as HTML, one file per page, in build/html (mandoc -Thtml; an
# error from mandoc fails the target).
.PHONY: html
html:
	rm -rf $(BUILD)/html
	mkdir -p $(BUILD)/html
	set -e; for p in $(PAGES); do \
		n=$$(basename $$p); \
		mandoc -Thtml -W error -Oman=%N.%S.html $$p > $(BUILD)/html/$$n.html; \
	done
	{ echo '<!DOCTYPE html><html><head><meta charset="utf-8"/><title>libssl-cs manual</title></head><body><ul>'; \
	  for p in $(PAGES); do n=$$(basename $$p); \
	    d=$$(sed -n 's/^\.Nd //p' $$p | head -n 1); \
	    echo "<li><a href=\"$$n.html\">$${n%.3}(3)</a> &mdash; $$d</li>"; done; \
	  echo '</ul></body></html>'; } > $(BUILD)/html/index.html
