#ifndef SHANSHUI_CLIBXML2_SHIM_H
#define SHANSHUI_CLIBXML2_SHIM_H

// xmlversion.h first: undefining LIBXML_ICU_ENABLED keeps encoding.h from pulling in ICU headers,
// whose UErrorCode clashes with Foundation's copy and breaks a clean build.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <libxml/xmlsave.h>
#include <libxml/parserInternals.h>

/// libxml2 also reports through the generic (variadic) handler, which Swift cannot implement.
static void shanshui_ignore_generic_error(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

/// Silences libxml2's generic error output; errors are collected through the structured handler.
static inline void shanshui_silence_generic_errors(void) {
  xmlSetGenericErrorFunc(NULL, shanshui_ignore_generic_error);
}

/// Refuses every external entity or DTD that a document names: nothing is read from disk or the network.
static xmlParserInputPtr shanshui_refuse_external_entity(const char *url, const char *id, xmlParserCtxtPtr ctxt) {
  (void)url;
  (void)id;
  (void)ctxt;
  return NULL;
}

static inline void shanshui_install_entity_loader(void) {
  xmlSetExternalEntityLoader(shanshui_refuse_external_entity);
}

/// Sets libxml2's maximum element nesting depth (a process-wide setting; 256 by default without XML_PARSE_HUGE).
static inline void shanshui_set_max_depth(unsigned int depth) {
  xmlParserMaxDepth = depth;
}

/// xmlFree is a global function-pointer variable, which Swift 6 treats as shared mutable state.
static inline void shanshui_free(void *pointer) {
  xmlFree(pointer);
}

/// Turns glibc's fastbins off (no-op elsewhere); see LibXML.releaseSmallBlocksPromptly().
#if defined(__GLIBC__)
#include <malloc.h>
static inline void shanshui_disable_fastbins(void) {
  mallopt(M_MXFAST, 0);
}
#else
static inline void shanshui_disable_fastbins(void) {}
#endif

#endif
