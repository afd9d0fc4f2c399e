// Linked for its malloc and free, which take the place of glibc's in the whole process:
// with several cores, contacts are made on the reading thread and freed on others, and
// glibc's per-thread arenas then serialise those frees on a lock (docs/performance.md,
// "The allocator"). Left out when built with CALLAUDIT_ALLOCATOR=system (Package.swift).
#if !CALLAUDIT_SYSTEM_ALLOCATOR
import CJemalloc
#endif
