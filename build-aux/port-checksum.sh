#!/bin/sh
# port-checksum.sh PORT TARBALL: set PORT's SHA256SUM to TARBALL's.
set -eu
port=$1 tarball=$2
sum=$(sha256sum "$tarball" | cut -d' ' -f1)
if grep -q '^SHA256SUM=' "$port"; then
	sed -i "s/^SHA256SUM=.*/SHA256SUM=$sum/" "$port"
else
	echo "SHA256SUM=$sum" >> "$port"
fi
echo "port-checksum: $port SHA256SUM=$sum"
