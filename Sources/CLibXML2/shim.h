#ifndef THEMA_CLIBXML2_SHIM_H
#define THEMA_CLIBXML2_SHIM_H

// libxml2's headers pull in the system ICU when LIBXML_ICU_ENABLED is set, which clashes with the ICU
// module Foundation carries ("'UErrorCode' has different definitions"). Read the version header first,
// then switch the macro off before any other libxml2 header. Never read xmlCharEncodingHandler's fields:
// their layout depends on this macro.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlreader.h>

/// `xmlFree` is a global function pointer, which Swift 6 rejects as not concurrency-safe.
static inline void thema_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
