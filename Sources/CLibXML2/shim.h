#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU, whose headers clash with Foundation's own
   bundled ICU module ("UErrorCode has different definitions"). Only private
   trailing fields of xmlCharEncodingHandler depend on this macro, and
   callaudit never allocates that struct. */
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function-pointer variable, which Swift 6 rejects as
   shared mutable state; this wrapper is a plain function. */
static inline void callaudit_xml_free(void *pointer) { xmlFree(pointer); }

#endif
