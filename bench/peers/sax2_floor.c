/*
 * SAX2 floor: the least any libxml2-based streaming reader pays for an XML file.
 *
 * Feeds the file to libxml2's push parser in 64 KiB chunks read with read(2),
 * with a SAX2 handler whose element and text callbacks do nothing. libxml2
 * still decodes, checks well-formedness and splits out names, attributes and
 * text; nothing is built and nothing is kept. callaudit reads XML through the
 * same parser (Sources/CallAudit/Ingestion/XML/XMLStreamParser.swift) with the
 * same options, so whatever it takes beyond this is its own work.
 *
 * Usage: sax2_floor FILE.xml   Exits 1 if FILE cannot be read or is not
 * well-formed, so a timing is never taken of a parse that stopped early.
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <libxml/SAX2.h>
#include <libxml/parser.h>

static void on_start_element(void *context, const xmlChar *local_name, const xmlChar *prefix,
                             const xmlChar *uri, int namespace_count, const xmlChar **namespaces,
                             int attribute_count, int defaulted_count, const xmlChar **attributes) {}

static void on_end_element(void *context, const xmlChar *local_name, const xmlChar *prefix,
                           const xmlChar *uri) {}

static void on_characters(void *context, const xmlChar *text, int length) {}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: %s FILE.xml\n", argv[0]);
    return 2;
  }
  int file = open(argv[1], O_RDONLY);
  if (file < 0) {
    perror(argv[1]);
    return 1;
  }

  /* Every other callback stays NULL: no document, no nodes, no entity lookups. */
  xmlSAXHandler sax;
  memset(&sax, 0, sizeof sax);
  sax.initialized = XML_SAX2_MAGIC;
  sax.startElementNs = on_start_element;
  sax.endElementNs = on_end_element;
  sax.characters = on_characters;

  xmlParserCtxtPtr parser = xmlCreatePushParserCtxt(&sax, NULL, NULL, 0, argv[1]);
  if (parser == NULL) {
    fprintf(stderr, "%s: libxml2 could not start a parser\n", argv[1]);
    return 1;
  }
  /* callaudit's options: no network, and no XML_PARSE_NOENT, so entities are not substituted. */
  xmlCtxtUseOptions(parser, XML_PARSE_NONET | XML_PARSE_BIG_LINES);

  static char chunk[64 * 1024];
  ssize_t count = 0;
  int status = 0;
  while (status == 0 && (count = read(file, chunk, sizeof chunk)) > 0)
    status = xmlParseChunk(parser, chunk, (int)count, 0);
  if (count < 0) {
    perror(argv[1]);
    return 1;
  }
  if (status == 0)
    xmlParseChunk(parser, NULL, 0, 1);

  int well_formed = parser->wellFormed;
  if (!well_formed)
    fprintf(stderr, "%s: not well-formed (line %d)\n", argv[1], xmlSAX2GetLineNumber(parser));
  xmlFreeParserCtxt(parser);
  close(file);
  return well_formed ? 0 : 1;
}
