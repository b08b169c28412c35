#ifndef CLIBXML_SHIM_H
#define CLIBXML_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU. <libxml/encoding.h> would then include the system
   <unicode/utypes.h>, which clashes with the toolchain's own ICU module in every Swift
   module that also sees Foundation. Only a tail of xmlCharEncodingHandler depends on it,
   and Swift never allocates or reads that struct. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>

/* xmlFree is a function-like macro in Debian's build; Swift cannot call it. */
static inline void clibxml_free(void *p) { xmlFree(p); }

/* xmlGenericErrorFunc is variadic; Swift cannot implement one. Silence libxml2's
   fallback printing to stderr: every error we care about arrives through a
   per-context structured handler. */
static inline void clibxml_discard_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml_silence_generic_errors(void) {
    xmlThrDefSetGenericErrorFunc(NULL, clibxml_discard_generic_error);
    xmlSetGenericErrorFunc(NULL, clibxml_discard_generic_error);
}

/* Refuses every external entity and every network resource: the only loads allowed are
   local files (schema imports next to the schema). */
static inline xmlParserInputPtr clibxml_local_only_loader(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
    return xmlNoNetExternalEntityLoader(url, id, ctxt);
}
static inline void clibxml_install_local_only_loader(void) {
    xmlSetExternalEntityLoader(clibxml_local_only_loader);
}

/* Safe parse options: no network, no entity substitution, no DTD loading, no default
   attributes from DTDs, no XInclude, no huge-document relaxations. Errors are reported
   through the structured handler only. */
static const int CLIBXML_SAFE_PARSE_OPTIONS = XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES;

/* Reader node types, as plain ints for Swift switch statements. */
static const int CLIBXML_NODE_ELEMENT = XML_READER_TYPE_ELEMENT;
static const int CLIBXML_NODE_TEXT = XML_READER_TYPE_TEXT;
static const int CLIBXML_NODE_CDATA = XML_READER_TYPE_CDATA;
static const int CLIBXML_NODE_ENTITY_REFERENCE = XML_READER_TYPE_ENTITY_REFERENCE;
static const int CLIBXML_NODE_DOCUMENT_TYPE = XML_READER_TYPE_DOCUMENT_TYPE;
static const int CLIBXML_NODE_END_ELEMENT = XML_READER_TYPE_END_ELEMENT;

static const int CLIBXML_LEVEL_WARNING = XML_ERR_WARNING;
static const int CLIBXML_LEVEL_ERROR = XML_ERR_ERROR;
static const int CLIBXML_LEVEL_FATAL = XML_ERR_FATAL;
static const int CLIBXML_DOMAIN_SCHEMASV = XML_FROM_SCHEMASV;

#endif
