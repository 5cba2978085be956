/*
 * common.h: helpers shared by the C scenarios that drive both ends of a
 * connection in one process (process.c, threads.c) or measure memory
 * (hostile.c, process.c).  static inline, so a program that uses only one
 * of them builds without an unused-function warning.
 */
#ifndef SCENARIOS_COMMON_H
#define SCENARIOS_COMMON_H

#include <stdio.h>
#include <unistd.h>

#include <openssl/bio.h>

/* Moves what a has pending into b, as far as b has room. */
static inline void
pump_pair(BIO *a, BIO *b)
{
	char buf[4096];
	int n;

	while (BIO_ctrl_pending(a) > 0 && BIO_ctrl_get_write_guarantee(b) > 0) {
		size_t room = BIO_ctrl_get_write_guarantee(b);

		n = BIO_read(a, buf, room < sizeof(buf) ? (int)room : (int)sizeof(buf));
		if (n <= 0 || BIO_write(b, buf, n) != n)
			break;
	}
}

/* The resident size of this process in KiB (0 if unknown). */
static inline long
rss_kib(void)
{
	FILE *f = fopen("/proc/self/statm", "r");
	long pages = 0, resident = 0;

	if (f != NULL) {
		if (fscanf(f, "%ld %ld", &pages, &resident) != 2)
			resident = 0;
		fclose(f);
	}
	return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

#endif
