#include <libxml/xmlversion.h>
/* Debian's libxml2 is built with ICU, whose headers clash with the copy inside Foundation.
   The SAX API used here touches no ICU type, so its declarations are left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
