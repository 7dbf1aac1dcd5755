package org.medsearch.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.cite.CiteStyle;
import org.medsearch.cite.ExportFormat;
import org.medsearch.search.BadRequestException;
import org.medsearch.search.CitationHit;
import org.medsearch.search.CitationRequest;
import org.medsearch.search.CitationResult;
import org.medsearch.search.SearchEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "citations", mixinStandardHelpOptions = true,
    description = {"Search research citations by field and print them as references, or export them.",
        "QUERY takes the fielded syntax: author:sharma year:2014..2016 journal:\"neurol india\" title:epilepsy,"
            + " with AND, OR, NOT, parentheses and \"phrases\"."})
final class CitationsCommand implements Callable<Integer> {
  @Option(names = "--index", paramLabel = "DIR", description = "index folder (default: index)")
  Path index;

  @Mixin
  ConfigOption config;

  @CommandLine.ParentCommand
  Main main;

  @Option(names = "--author", paramLabel = "NAME", description = "an author's family name, with or without initials (repeat: all of them)")
  List<String> authors = List.of();

  @Option(names = "--journal", paramLabel = "TITLE", description = "journal title or NLM abbreviation (repeat: any of them)")
  List<String> journals = List.of();

  @Option(names = "--year", split = ",", description = "publication year (comma-separated: any of them)")
  List<Integer> years = List.of();

  @Option(names = "--year-from", paramLabel = "YEAR", description = "published in or after YEAR")
  Integer yearFrom;

  @Option(names = "--year-to", paramLabel = "YEAR", description = "published in or before YEAR")
  Integer yearTo;

  @Option(names = "--doi", description = "a DOI, with or without https://doi.org/")
  String doi;

  @Option(names = "--topic", paramLabel = "ID", description = "only citations of this topic")
  String topic;

  @Option(names = "--sort", defaultValue = "relevance", description = "relevance or year (default: ${DEFAULT-VALUE})")
  String sort;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, csl-json, bibtex or ris (default: ${DEFAULT-VALUE}); exports print every match")
  String format;

  @Option(names = "--style", defaultValue = "vancouver", description = "reference style of text: vancouver, ama or apa (default: ${DEFAULT-VALUE})")
  String style;

  @Option(names = "--size", defaultValue = "20", description = "works per page of text or json (default: ${DEFAULT-VALUE})")
  int size;

  @Option(names = "--page", defaultValue = "1", description = "page of text or json (default: ${DEFAULT-VALUE})")
  int page;

  @Parameters(arity = "0..*", paramLabel = "QUERY", description = "words and fielded terms, all required")
  List<String> query = List.of();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String fmt = format.strip().toLowerCase(Locale.ROOT);
    ExportFormat export = fmt.equals("text") || fmt.equals("json") ? null : ExportFormat.find(fmt).orElseThrow(() ->
        new CommandLine.ParameterException(spec.commandLine(), "unknown --format '" + format + "': use text, json, "
            + ExportFormat.allIds()));
    CiteStyle cite = CiteStyle.find(style).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
        "unknown --style '" + style + "': use " + CiteStyle.allIds()));
    CitationRequest request;
    try {
      Set<CiteStyle> styles = cite == CiteStyle.VANCOUVER ? Set.of() : EnumSet.of(cite);
      request = new CitationRequest(String.join(" ", query), authors, new LinkedHashSet<>(journals), Set.copyOf(years),
          yearFrom, yearTo, doi, topic, null, CitationRequest.Sort.of(sort), page, size, styles);
    } catch (BadRequestException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Path indexDir = config.settings(main, spec.commandLine(), "index", index).index();
    var json = Json.mapper();
    try (SearchEngine engine = Service.openEngine(indexDir, json)) {
      if (export != null) {
        out.flush();
        try (Utf8ToWriter bytes = new Utf8ToWriter(out)) {
          engine.exportCitations(request, export, bytes);
        }
        out.flush();
        return 0;
      }
      CitationResult r = engine.citations(request);
      if (fmt.equals("json")) {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(r));
        return 0;
      }
      out.printf(Locale.ROOT, "%d works (%d ms)%n", r.total(), r.tookMs());
      int rank = (r.page() - 1) * r.size();
      for (CitationHit h : r.hits()) {
        String text = cite == CiteStyle.VANCOUVER ? h.reference() : h.citeAs().get(cite.id());
        out.printf(Locale.ROOT, "%2d. %s%n", ++rank, text);
        out.println("    cited on: " + h.topics().stream().map(t -> t.id()).collect(Collectors.joining(", "))
            + (h.csl().doi() != null ? "   https://doi.org/" + h.csl().doi() : ""));
      }
      r.facets().forEach((dim, counts) -> out.println(dim + ": " + counts.entrySet().stream()
          .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "))));
    } catch (BadRequestException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    return 0;
  }

  /** Bytes in UTF-8 to the command's character output, decoded as they come (an export is streamed here too). */
  static final class Utf8ToWriter extends OutputStream {
    private final PrintWriter out;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer in = ByteBuffer.allocate(8192);
    private final CharBuffer chars = CharBuffer.allocate(8192);

    Utf8ToWriter(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      int at = off;
      while (at < off + len) {
        int n = Math.min(in.remaining(), off + len - at);
        in.put(b, at, n);
        at += n;
        drain(false);
      }
    }

    private void drain(boolean end) {
      in.flip();
      decoder.decode(in, chars, end);
      chars.flip();
      out.append(chars);
      chars.clear();
      in.compact();
    }

    @Override
    public void close() throws IOException {
      drain(true);
      out.flush();
    }
  }
}
