#ifndef TDKT_LIBXML2_SHIM_H
#define TDKT_LIBXML2_SHIM_H

// Debian's libxml2 is built with ICU, and <libxml/encoding.h> then includes ICU's headers,
// which clash with the ICU module that Foundation ships ("'UErrorCode' has different
// definitions in different modules"). No ICU type is needed through this module, so the
// macro is dropped before any libxml2 header that would look at it. Never read the fields
// of xmlCharEncodingHandler: their layout depends on this macro.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlsave.h>
#include <libxml/c14n.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/globals.h>

#endif
