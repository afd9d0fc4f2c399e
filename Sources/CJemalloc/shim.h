#ifndef CJEMALLOC_SHIM_H
#define CJEMALLOC_SHIM_H
#include <stddef.h>
// Linking jemalloc is what matters: its malloc and free take the place of glibc's for
// the whole process. Only its control interface is declared here, so that nothing else
// of <jemalloc/jemalloc.h> (its own malloc, free, ...) meets glibc's declarations.
int mallctl(const char *name, void *oldp, size_t *oldlenp, void *newp, size_t newlen);
#endif
