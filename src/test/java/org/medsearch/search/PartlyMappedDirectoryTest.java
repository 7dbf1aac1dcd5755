package org.medsearch.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.apache.lucene.store.MMapDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.app.Indexing;
import org.medsearch.app.Json;
import org.medsearch.app.Service;
import org.medsearch.index.IndexStore;

class PartlyMappedDirectoryTest {
  @TempDir Path dir;

  private byte[] write(String name, int length, long seed) throws IOException {
    byte[] bytes = new byte[length];
    new Random(seed).nextBytes(bytes);
    try (Directory d = new MMapDirectory(dir); IndexOutput out = d.createOutput(name, IOContext.DEFAULT)) {
      out.writeBytes(bytes, bytes.length);
    }
    return bytes;
  }

  @Test
  void reads_the_listed_extensions_through_its_own_buffer_and_maps_the_rest() throws IOException {
    write("_0.fdt", 1000, 1);
    write("_0.tim", 1000, 2);
    try (Directory d = new PartlyMappedDirectory(dir, Set.of("fdt"));
        IndexInput read = d.openInput("_0.fdt", IOContext.READ);
        IndexInput mapped = d.openInput("_0.tim", IOContext.READ)) {
      assertThat(read).isInstanceOf(BufferedIndexInput.class);
      assertThat(((BufferedIndexInput) read).getBufferSize()).isEqualTo(16 * 1024);
      assertThat(mapped).isNotInstanceOf(BufferedIndexInput.class);
    }
  }

  /** Random seeks and reads of every length, through clones and slices, give the file's bytes. */
  @Test
  void reads_the_same_bytes_as_the_mapping_at_any_position_and_length() throws IOException {
    byte[] bytes = write("_0.fdt", 200_000, 3);
    Random random = new Random(4);
    try (Directory d = new PartlyMappedDirectory(dir, Set.of("fdt"));
        IndexInput in = d.openInput("_0.fdt", IOContext.READ)) {
      assertThat(in.length()).isEqualTo(bytes.length);
      for (int i = 0; i < 2_000; i++) {
        IndexInput from = switch (i % 3) {
          case 0 -> in;
          case 1 -> in.clone();
          default -> in.slice("part", 1_000, bytes.length - 2_000);
        };
        long base = i % 3 == 2 ? 1_000 : 0;
        int pos = random.nextInt((int) from.length());
        int len = random.nextInt(Math.min(50_000, (int) from.length() - pos) + 1);
        from.seek(pos);
        byte[] got = new byte[len];
        from.readBytes(got, 0, len);
        byte[] want = new byte[len];
        System.arraycopy(bytes, (int) (base + pos), want, 0, len);
        assertThat(got).as("%d bytes at %d", len, pos).isEqualTo(want);
        if (from.getFilePointer() < from.length()) {
          assertThat(from.readByte()).isEqualTo(bytes[(int) (base + pos + len)]);
        }
      }
    }
  }

  @Test
  void reading_past_the_end_is_an_eof_error() throws IOException {
    write("_0.fdt", 100, 5);
    try (Directory d = new PartlyMappedDirectory(dir, Set.of("fdt"));
        IndexInput in = d.openInput("_0.fdt", IOContext.READ)) {
      in.seek(90);
      assertThatThrownBy(() -> in.readBytes(new byte[20], 0, 20)).isInstanceOf(EOFException.class);
      assertThatThrownBy(() -> in.slice("beyond", 50, 60)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  /** Indexes are written without compound files, so that the server can read the stored fields apart. */
  @Test
  void an_index_keeps_its_stored_fields_in_a_file_of_their_own_and_is_searched_through_the_directory()
      throws IOException {
    Path corpus = TestCorpus.copyOfShipped(dir);
    Path index = dir.resolve("index");
    new Indexing(Json.mapper()).run(corpus, index);
    Path generation = new IndexStore(index).current().orElseThrow();
    try (Stream<Path> files = Files.list(generation)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .anyMatch(n -> n.endsWith(".fdt"))
          .noneMatch(n -> n.endsWith(".cfs"));
    }
    try (SearchEngine engine = Service.openEngine(index, Json.mapper())) {
      SearchResult result = engine.search(SearchRequest.of("hiccups"));
      assertThat(result.total()).isPositive();
      assertThat(result.hits().get(0).title()).isNotBlank();
      assertThat(result.hits().get(0).snippet()).contains("<mark>");
    }
  }
}
