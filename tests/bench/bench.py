#!/usr/bin/env python3
"""The measuring half of `make bench` (tests/bench/run.sh builds first).

Every figure is measured for our library ("ours") and for the system's
OpenSSL 3 ("oracle") in alternation, round after round (A B, B A, A B, ...),
so slow drifts of a shared machine fall on both alike.  The report is the
median of each and the ratio ours/OpenSSL: a terminal table,
build/bench/results.json and build/bench/ratios.svg.
"""
import argparse
import datetime
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time

# id, label, unit, which way is better, bench arguments (CERT/KEY named).
FIGURES = [
    ("hs13-ecdsa", "full handshake TLS1.3 X25519 ECDSA-P256", "handshakes/s", "higher",
     ["hs", "ec", "1.0", "1.3", "X25519"]),
    ("hs13-rsa", "full handshake TLS1.3 X25519 RSA-2048", "handshakes/s", "higher",
     ["hs", "rsa", "1.0", "1.3", "X25519"]),
    # TLS 1.2 needs the certificate's curve among the groups (OpenSSL checks).
    ("hs12-ecdsa", "full handshake TLS1.2 ECDHE-ECDSA", "handshakes/s", "higher",
     ["hs", "ec", "1.0", "1.2", "X25519:P-256"]),
    ("hs13-mlkem", "full handshake TLS1.3 X25519MLKEM768 ECDSA", "handshakes/s", "higher",
     ["hs", "ec", "1.0", "1.3", "X25519MLKEM768"]),
    ("resume12", "resumed handshake TLS1.2 session id", "handshakes/s", "higher",
     ["resume", "ec", "1.0", "1.2"]),
    ("resume13", "resumed handshake TLS1.3 ticket PSK-DHE", "handshakes/s", "higher",
     ["resume", "ec", "1.0", "1.3"]),
    ("bulk-aes128", "bulk BIO pair TLS_AES_128_GCM_SHA256", "MB/s", "higher",
     ["bulk", "ec", "1.0", "TLS_AES_128_GCM_SHA256"]),
    ("bulk-aes256", "bulk BIO pair TLS_AES_256_GCM_SHA384", "MB/s", "higher",
     ["bulk", "ec", "1.0", "TLS_AES_256_GCM_SHA384"]),
    ("bulk-chacha", "bulk BIO pair TLS_CHACHA20_POLY1305_SHA256", "MB/s", "higher",
     ["bulk", "ec", "1.0", "TLS_CHACHA20_POLY1305_SHA256"]),
    ("tcp-aes128", "bulk loopback TCP TLS_AES_128_GCM_SHA256", "MB/s", "higher",
     ["tcp", "ec", "1.0", "TLS_AES_128_GCM_SHA256"]),
    ("tcp-aes256", "bulk loopback TCP TLS_AES_256_GCM_SHA384", "MB/s", "higher",
     ["tcp", "ec", "1.0", "TLS_AES_256_GCM_SHA384"]),
    ("tcp-chacha", "bulk loopback TCP TLS_CHACHA20_POLY1305_SHA256", "MB/s", "higher",
     ["tcp", "ec", "1.0", "TLS_CHACHA20_POLY1305_SHA256"]),
    ("mem", "RSS per idle connection (1000 conns)", "bytes/connection", "lower",
     ["mem", "ec", "1000"]),
    ("startup", "exec to first handshake", "ms", "lower",
     ["startup", "PORT", "15"]),
]


def cert_args(work, args):
    out = []
    for i, a in enumerate(args):
        if i == 1 and a in ("ec", "rsa"):
            out += [os.path.join(work, "certs", a + ".pem"), os.path.join(work, "certs", a + ".key")]
        else:
            out.append(a)
    return out


def run_one(binary, args):
    """One bench run: (value or None, text)."""
    try:
        p = subprocess.run([binary] + args, capture_output=True, text=True, timeout=180)
    except subprocess.TimeoutExpired:
        return None, "n/a (timed out)"
    line = (p.stdout.strip().splitlines() or ["n/a (no output)"])[-1]
    m = re.match(r"^([0-9.]+) ", line)
    if m and p.returncode == 0:
        return float(m.group(1)), line
    if p.stderr.strip():
        sys.stderr.write(p.stderr)
    return None, line


def start_server(work):
    """openssl s_server (the same server for both libraries) on a free port."""
    log = open(os.path.join(work, "s_server.log"), "w+")
    proc = subprocess.Popen(
        ["openssl", "s_server", "-accept", "127.0.0.1:0",
         "-cert", os.path.join(work, "certs", "ec.pem"),
         "-key", os.path.join(work, "certs", "ec.key")],
        # A pipe kept open: s_server stops at end of file on its input.
        stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT)
    for _ in range(200):
        log.seek(0)
        m = re.search(r"^ACCEPT .*:([0-9]+)$", log.read(), re.M)
        if m:
            return proc, m.group(1)
        time.sleep(0.05)
    proc.kill()
    raise SystemExit("bench: openssl s_server did not start")


def machine():
    info = {"cpu": platform.processor() or "?", "cores": os.cpu_count(), "kernel": platform.release()}
    try:
        out = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
        m = re.search(r"^Model name:\s*(.+)$", out, re.M)
        if m:
            info["cpu"] = m.group(1).strip()
    except OSError:
        pass
    return info


def sizes(work, prefix):
    def size(path):
        return os.path.getsize(path) if path and os.path.exists(path) else None

    libdir = "/usr/lib/x86_64-linux-gnu"
    ours = os.path.realpath(os.path.join(prefix, "lib", "libssl.so"))
    oracle_ssl = os.path.realpath(os.path.join(libdir, "libssl.so.3"))
    oracle_crypto = os.path.realpath(os.path.join(libdir, "libcrypto.so.3"))
    helper = os.path.join(prefix, "lib", "libMonoPosixHelper.so")
    s_ours, s_helper = size(ours), size(helper)
    s_oracle = (size(oracle_ssl) or 0) + (size(oracle_crypto) or 0) or None
    return [
        {"id": "size-lib", "label": "libssl.so (+libcrypto)", "unit": "bytes",
         "ours": s_ours, "oracle": s_oracle,
         "note": "ours: libssl.so.0.1.0 (also libcrypto); beside it libMonoPosixHelper.so %s bytes; "
                 "OpenSSL: libssl.so.3 + libcrypto.so.3" % s_helper},
        {"id": "size-static", "label": "statically linked client (stripped)", "unit": "bytes",
         "ours": size(os.path.join(work, "static.ours")),
         "oracle": size(os.path.join(work, "static.oracle")),
         "note": "bench.c linked with -Wl,-Bstatic -lssl -lcrypto; n/a when no libssl.a is installed"},
    ]


def fmt(v, unit):
    if v is None:
        return "n/a"
    if unit in ("bytes", "bytes/connection"):
        return "%.1f KiB" % (v / 1024) if v < 10 * 1024 * 1024 else "%.1f MiB" % (v / 1048576)
    return "%.1f" % v if v >= 10 else "%.2f" % v


def svg(path, rows):
    """Horizontal bars of ours/OpenSSL, the 1.0 line marked."""
    rows = [r for r in rows if r.get("ratio") is not None]
    left, width, bar, gap = 330, 420, 18, 8
    top = 48
    height = top + len(rows) * (bar + gap) + 40
    vmax = max([2.0] + [r["ratio"] for r in rows])
    scale = width / vmax
    out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="12">'
           % (left + width + 80, height),
           '<rect width="100%" height="100%" fill="white"/>',
           '<text x="10" y="18" font-size="14">libssl-cs / OpenSSL 3, ratio of medians</text>',
           '<text x="10" y="34">throughput: higher is better; memory, start-up, size: lower is better</text>']
    for i, r in enumerate(rows):
        y = top + i * (bar + gap)
        good = r["ratio"] >= 1.0 if r["better"] == "higher" else r["ratio"] <= 1.0
        colour = "#4a8" if good else "#c64"
        out.append('<text x="%d" y="%d" text-anchor="end">%s</text>' % (left - 8, y + 13, r["label"]))
        out.append('<rect x="%d" y="%d" width="%.1f" height="%d" fill="%s"/>'
                   % (left, y, r["ratio"] * scale, bar, colour))
        out.append('<text x="%.1f" y="%d">%.2f (%s)</text>'
                   % (left + r["ratio"] * scale + 4, y + 13, r["ratio"], r["better"]))
    x1 = left + scale
    out.append('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="black" stroke-dasharray="4,3"/>'
               % (x1, top - 6, x1, height - 30))
    out.append('<text x="%.1f" y="%d" text-anchor="middle">1.0 = OpenSSL</text>' % (x1, height - 14))
    out.append("</svg>")
    with open(path, "w") as f:
        f.write("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--work", required=True)
    ap.add_argument("--prefix", required=True)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--only", default="", help="comma-separated figure ids")
    a = ap.parse_args()
    binaries = {"ours": os.path.join(a.work, "bench.ours"), "oracle": os.path.join(a.work, "bench.oracle")}
    figures = [f for f in FIGURES if not a.only or f[0] in a.only.split(",")]

    server, port = start_server(a.work)
    samples = {f[0]: {"ours": [], "oracle": []} for f in figures}
    texts = {f[0]: {"ours": "", "oracle": ""} for f in figures}
    started = time.time()
    try:
        for rnd in range(a.rounds):
            order = ["ours", "oracle"] if rnd % 2 == 0 else ["oracle", "ours"]
            for fid, label, unit, better, args in figures:
                args = [port if x == "PORT" else x for x in cert_args(a.work, args)]
                for lib in order:
                    # A figure that is n/a stays n/a: no use asking again.
                    if rnd > 0 and not samples[fid][lib]:
                        continue
                    value, text = run_one(binaries[lib], args)
                    texts[fid][lib] = text
                    if value is not None:
                        samples[fid][lib].append(value)
            print("bench: round %d/%d done (%.0f s)" % (rnd + 1, a.rounds, time.time() - started), flush=True)
    finally:
        server.kill()
        server.wait()

    rows = []
    for fid, label, unit, better, args in figures:
        row = {"id": fid, "label": label, "unit": unit, "better": better}
        for lib in ("ours", "oracle"):
            s = samples[fid][lib]
            row[lib] = {"median": statistics.median(s) if s else None, "samples": s,
                        "note": None if s else texts[fid][lib]}
        o, r = row["ours"]["median"], row["oracle"]["median"]
        row["ratio"] = o / r if o is not None and r else None
        rows.append(row)
    size_rows = sizes(a.work, a.prefix)
    for s in size_rows:
        s["better"] = "lower"
        s["ratio"] = s["ours"] / s["oracle"] if s["ours"] and s["oracle"] else None

    m = machine()
    print()
    print("machine: %s, %s cores, Linux %s; %d rounds, medians" % (m["cpu"], m["cores"], m["kernel"], a.rounds))
    print("%-48s %-17s %12s %12s %8s" % ("figure", "unit", "ours", "OpenSSL", "ratio"))
    for r in rows:
        ours = fmt(r["ours"]["median"], r["unit"]) if r["ours"]["median"] is not None else r["ours"]["note"]
        orc = fmt(r["oracle"]["median"], r["unit"]) if r["oracle"]["median"] is not None else r["oracle"]["note"]
        print("%-48s %-17s %12s %12s %8s" % (r["label"], r["unit"], ours, orc,
                                           "%.2f" % r["ratio"] if r["ratio"] is not None else "n/a"))
    for s in size_rows:
        print("%-48s %-17s %12s %12s %8s" % (s["label"], s["unit"], fmt(s["ours"], "bytes"),
                                           fmt(s["oracle"], "bytes"),
                                           "%.2f" % s["ratio"] if s["ratio"] is not None else "n/a"))
    startup = next((r for r in rows if r["id"] == "startup"), None)
    if startup and startup["ratio"] is not None:
        print("start-up: ours - OpenSSL = %+.2f ms" % (startup["ours"]["median"] - startup["oracle"]["median"]))

    result = {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "machine": m, "rounds": a.rounds, "figures": rows, "sizes": size_rows}
    with open(os.path.join(a.work, "results.json"), "w") as f:
        json.dump(result, f, indent=1)
    svg(os.path.join(a.work, "ratios.svg"), rows + size_rows)
    print("\nwrote %s and %s" % (os.path.join(a.work, "results.json"), os.path.join(a.work, "ratios.svg")))


if __name__ == "__main__":
    main()
