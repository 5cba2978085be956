#!/bin/sh
# POST_INSTALL of the driver fixture: runs after make install, in the
# unpacked source, with tix-build's environment.
set -eu
echo "post-install DESTDIR=$DESTDIR PREFIX=$PREFIX in $(basename "$PWD")" > "$DESTDIR$PREFIX/share/driver/post-install.txt"
