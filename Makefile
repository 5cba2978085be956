# libssl in C#: build, install and test.  See README.
include build-aux/dirs.mak

VERSION = 0.1.0
MAJOR = 0
SONAME = libssl.so.$(MAJOR)
LIBFILE = libssl.so.$(VERSION)

BUILD = build
DOTNET ?= dotnet
DOTNET_FLAGS = --nologo -v:q -p:LibSslVersion=$(VERSION) -p:LibSslSoname=$(SONAME)

SOURCES := $(shell find libssl -name '*.cs' -not -path '*/obj/*' -not -path '*/bin/*') \
	libssl/libssl.csproj libssl/Symbols.list
HEADERS := $(wildcard libssl/include/openssl/*.h)
PAGES := $(wildcard man/*.3)

MONOPOSIX = $(BUILD)/publish/libMonoPosixHelper.so

.PHONY: all install uninstall check demo verify-manual stage clean

all: $(BUILD)/lib/$(LIBFILE)

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

install: all
	install -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)/openssl $(DESTDIR)$(MANDIR)/man3
	install -m 755 $(BUILD)/lib/$(LIBFILE) $(DESTDIR)$(LIBDIR)/$(LIBFILE)
	install -m 755 $(BUILD)/lib/libMonoPosixHelper.so $(DESTDIR)$(LIBDIR)/libMonoPosixHelper.so
	ln -sf $(LIBFILE) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libssl.so
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libcrypto.so
	install -m 644 $(HEADERS) $(DESTDIR)$(INCLUDEDIR)/openssl/
	sh build-aux/pkgconfig.sh $(DESTDIR)$(LIBDIR)/pkgconfig "$(PREFIX)" "$(EXEC_PREFIX)" "$(LIBDIR)" "$(INCLUDEDIR)"
	$(if $(PAGES),install -m 644 $(PAGES) $(DESTDIR)$(MANDIR)/man3/)
	sh build-aux/install-man-links.sh $(DESTDIR)$(MANDIR)/man3 $(PAGES)

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/$(LIBFILE) $(DESTDIR)$(LIBDIR)/$(SONAME) \
		$(DESTDIR)$(LIBDIR)/libssl.so $(DESTDIR)$(LIBDIR)/libcrypto.so \
		$(DESTDIR)$(LIBDIR)/libMonoPosixHelper.so \
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
