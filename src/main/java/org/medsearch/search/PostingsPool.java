package org.medsearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Term dictionaries and postings enums kept per thread and reused from search to search. A search
 * opens a postings enum for each word in each field it reads (scoring, proximity pairs, snippets),
 * and each new enum allocates its decoding buffers: 90 KiB a search on MedQuAD, a fifth of all it
 * allocated. Lucene's postings readers reset an enum handed back to them for another term of the
 * same field ({@link TermsEnum#postings(PostingsEnum, int)}).
 *
 * <p>An enum handed out is reused only after {@link #startSearch()}, which a thread calls when it
 * starts a search, when none of its earlier enums is in use any more; without it, each call gets
 * an enum of its own. At most {@link #MAX_PER_FIELD} enums are kept per field and kind.
 */
final class PostingsPool {
  /** About 3-6 KiB each: a few hundred KiB a thread for the long questions of a search box. */
  static final int MAX_PER_FIELD = 32;
  /** Readers whose enums are kept at most: more means generations came and went. */
  private static final int MAX_READERS = 8;

  private static final ThreadLocal<PostingsPool> POOLS = ThreadLocal.withInitial(PostingsPool::new);

  private final Map<LeafReader, Map<String, Field>> byReader = new IdentityHashMap<>();

  private PostingsPool() {}

  /** The calling thread's pool. */
  static PostingsPool get() {
    return POOLS.get();
  }

  /** Makes every enum handed out so far free for reuse: the thread starts a new search. */
  void startSearch() {
    for (Map<String, Field> fields : byReader.values()) {
      for (Field f : fields.values()) {
        for (Kind k : f.kinds.values()) {
          k.next = 0;
        }
      }
    }
  }

  /** The term dictionary of {@code field} in {@code reader}, shared: seek, then take postings at once. Null without the field. */
  TermsEnum terms(LeafReader reader, String field) throws IOException {
    Field f = field(reader, field);
    if (f.terms == null) {
      Terms terms = reader.terms(field);
      if (terms == null) {
        return null;
      }
      f.terms = terms.iterator();
    }
    return f.terms;
  }

  /**
   * The postings of {@code term} in {@code reader}, found at {@code state} (its dictionary entry in
   * that segment, from {@link org.apache.lucene.index.TermStates#get}), with {@code flags}.
   */
  PostingsEnum postings(LeafReader reader, Term term, TermState state, int flags) throws IOException {
    TermsEnum te = terms(reader, term.field());
    te.seekExact(term.bytes(), state);
    return postings(reader, term.field(), te, flags);
  }

  /** The postings of the term {@code te} (of {@code field} in {@code reader}) is positioned on, with {@code flags}. */
  PostingsEnum postings(LeafReader reader, String field, TermsEnum te, int flags) throws IOException {
    Kind kind = field(reader, field).kinds.computeIfAbsent(flags, k -> new Kind());
    int i = kind.next;
    if (i >= MAX_PER_FIELD) {
      return te.postings(null, flags);
    }
    kind.next++;
    if (i < kind.enums.size()) {
      PostingsEnum pe = te.postings(kind.enums.get(i), flags);
      kind.enums.set(i, pe);
      return pe;
    }
    PostingsEnum pe = te.postings(null, flags);
    kind.enums.add(pe);
    return pe;
  }

  private Field field(LeafReader reader, String field) {
    Map<String, Field> fields = byReader.get(reader);
    if (fields == null) {
      if (byReader.size() >= MAX_READERS) {
        byReader.clear(); // the old generations' segments: their enums read closed files
      }
      fields = new HashMap<>();
      byReader.put(reader, fields);
    }
    return fields.computeIfAbsent(field, k -> new Field());
  }

  /** One field's dictionary and its enums by kind (the postings flags). */
  private static final class Field {
    TermsEnum terms;
    final Map<Integer, Kind> kinds = new HashMap<>();
  }

  /** The enums of one field and kind, and how many of them the current search has taken. */
  private static final class Kind {
    final List<PostingsEnum> enums = new ArrayList<>();
    int next;
  }
}
