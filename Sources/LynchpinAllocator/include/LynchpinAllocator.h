#ifndef LYNCHPIN_ALLOCATOR_H
#define LYNCHPIN_ALLOCATOR_H

/// Which memory allocator the lynchpin binary was linked with, for `lynchpin build -v`.
const char *lynchpin_allocator(void);

#endif
