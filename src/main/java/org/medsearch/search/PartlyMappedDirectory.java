package org.medsearch.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.apache.lucene.store.BufferedIndexInput;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;

/**
 * An index directory that maps its files, except those with the given extensions, which it reads
 * with positioned reads through a buffer of one stored-fields chunk (16 KiB), so that reading a
 * record is usually one read: Lucene's {@code NIOFSDirectory} reads through a 1 KiB buffer, two
 * or three reads a record. Pages a mapping has touched count in the process's resident memory
 * for as long as the index is open; pages read stay in the system's file cache instead.
 */
final class PartlyMappedDirectory extends FilterDirectory {
  private static final int BUFFER = 16 * 1024;

  private final Path path;
  private final Set<String> unmapped;

  PartlyMappedDirectory(Path path, Set<String> unmappedExtensions) throws IOException {
    super(FSDirectory.open(path));
    this.path = path;
    this.unmapped = Set.copyOf(unmappedExtensions);
  }

  @Override
  public IndexInput openInput(String name, IOContext context) throws IOException {
    if (!unmapped.contains(FileSwitchDirectory.getExtension(name))) {
      return in.openInput(name, context);
    }
    ensureOpen();
    FileChannel channel = FileChannel.open(path.resolve(name), StandardOpenOption.READ);
    try {
      return new ChannelInput("ChannelInput(path=\"" + path.resolve(name) + "\")", channel, 0, channel.size(), false);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Positioned reads of a file channel, as {@code NIOFSDirectory}'s input but with a larger buffer. */
  private static final class ChannelInput extends BufferedIndexInput {
    private final FileChannel channel;
    private final long off;
    private final long end;
    private boolean isClone;

    ChannelInput(String description, FileChannel channel, long off, long length, boolean isClone) {
      super(description, BUFFER);
      this.channel = channel;
      this.off = off;
      this.end = off + length;
      this.isClone = isClone;
    }

    @Override
    public void close() throws IOException {
      if (!isClone) {
        channel.close();
      }
    }

    @Override
    public ChannelInput clone() {
      ChannelInput clone = (ChannelInput) super.clone();
      clone.isClone = true;
      return clone;
    }

    @Override
    public IndexInput slice(String description, long offset, long length) throws IOException {
      if (offset < 0 || length < 0 || offset + length > length()) {
        throw new IllegalArgumentException("slice() " + description + " out of bounds: offset=" + offset
            + ", length=" + length + ", file length=" + length() + ": " + this);
      }
      return new ChannelInput(getFullSliceDescription(description), channel, off + offset, length, true);
    }

    @Override
    public long length() {
      return end - off;
    }

    @Override
    protected void readInternal(ByteBuffer b) throws IOException {
      long pos = getFilePointer() + off;
      if (pos + b.remaining() > end) {
        throw new EOFException("read past EOF: " + this);
      }
      // At most a buffer's length at a time: the JDK copies through a temporary direct buffer of
      // the read's size, kept for the thread afterwards.
      int limit = b.limit();
      while (b.position() < limit) {
        b.limit(Math.min(limit, b.position() + BUFFER));
        int n = channel.read(b, pos);
        if (n < 0) {
          throw new EOFException("read past EOF: " + this);
        }
        pos += n;
      }
    }

    @Override
    protected void seekInternal(long pos) throws IOException {
      if (pos > length()) {
        throw new EOFException("read past EOF: pos=" + pos + " vs length=" + length() + ": " + this);
      }
    }
  }
}
