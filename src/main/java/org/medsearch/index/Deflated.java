package org.medsearch.index;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.util.BytesRef;

/**
 * Text stored deflated. The index keeps stored fields uncompressed ({@link MedsearchCodec}) so
 * that a search's page of hits reads fast; a topic's whole JSON, read only to show its page,
 * is compressed on its own instead (MedQuAD: 26 MB of JSON in about 7).
 */
public final class Deflated {
  private Deflated() {}

  public static byte[] of(String text) {
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
      deflater.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  public static String text(BytesRef deflated) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflated.bytes, deflated.offset, deflated.length);
      ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
      byte[] buffer = new byte[8192];
      while (!inflater.finished()) {
        int n = inflater.inflate(buffer);
        if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
          throw new IllegalStateException("a deflated stored field is truncated");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (DataFormatException e) {
      throw new IllegalStateException("a deflated stored field is corrupt", e);
    } finally {
      inflater.end();
    }
  }
}
