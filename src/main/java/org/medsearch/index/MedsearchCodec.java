package org.medsearch.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec with the stored fields kept uncompressed. Every search reads the
 * stored fields of its page of hits (titles, links, the text to cut snippets from), and with
 * the default format each read decompressed the neighbours of the record too: that was an
 * eighth of a search's CPU. Uncompressed, a read copies the record's own bytes and nothing
 * else (in-process CPU per query -15 %); the MedQuAD index grows from 54 to 88 MB on disk, with
 * the topics' JSON deflated on its own ({@link Deflated}).
 * Registered for Lucene's codec lookup in {@code META-INF/services}.
 */
public final class MedsearchCodec extends FilterCodec {
  public static final String NAME = "Medsearch912";

  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat("MedsearchStoredFields", RAW, 16 * 1024, 128, 10);

  public MedsearchCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }

  /** Bytes as they are: writing copies them, reading copies only the requested range. */
  private static final CompressionMode RAW = new CompressionMode() {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        @Override
        public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
          out.copyBytes(in, in.length());
        }

        @Override
        public void close() {}
      };
    }

    @Override
    public Decompressor newDecompressor() {
      return new RawReader();
    }

    @Override
    public String toString() {
      return "RAW";
    }
  };

  private static final class RawReader extends Decompressor {
    @Override
    public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes) throws IOException {
      bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
      in.skipBytes(offset);
      in.readBytes(bytes.bytes, 0, length);
      // The reader expects the input past the whole chunk, as after decompressing it.
      in.skipBytes(originalLength - offset - length);
      bytes.offset = 0;
      bytes.length = length;
    }

    @Override
    public Decompressor clone() {
      return new RawReader();
    }
  }
}
