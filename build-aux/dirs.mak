# Installation directories, Sortix style.  tix-build passes PREFIX,
# EXEC_PREFIX and DESTDIR in the environment; `?=` keeps a value that is set
# but empty, so PREFIX= (as on Sortix) installs into /lib, /include and
# /share/man.
PREFIX ?= /usr/local
EXEC_PREFIX ?= $(PREFIX)
LIBDIR ?= $(EXEC_PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATAROOTDIR ?= $(PREFIX)/share
MANDIR ?= $(DATAROOTDIR)/man
