#ifndef CJEMALLOC_SHIM_H
#define CJEMALLOC_SHIM_H
// This module exists to link jemalloc: its malloc and free take the place of glibc's for
// the whole process. Nothing of <jemalloc/jemalloc.h> is declared here, so that its own
// malloc, free, ... never meet glibc's declarations.
#endif
