package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.model.Problem;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;

class ResourceSegmenterTest {
  private final ResourceSegmenter segmenter = new ResourceSegmenter();

  @Test
  void guesses_an_unknown_publisher_between_two_copies_of_a_title_and_reports_it() {
    Problems problems = new Problems();
    List<Resource> got = segmenter.segment(Tier.OTHER,
        "pet md seizures in dogs happy paws vet seizures in dogs", "Seizures", 7, problems);
    assertThat(got).extracting(Resource::source, Resource::title).containsExactly(
        tuple("PetMD", "seizures in dogs"), tuple("happy paws vet", "seizures in dogs"));
    assertThat(problems.list()).extracting(Problem::line, Problem::message).containsExactly(tuple(7,
        "other: guessed unknown publisher 'happy paws vet' between two copies of the title 'seizures in dogs';"
            + " if right, add it to .medsearch/publishers.txt in the corpus"));
  }

  @Test
  void guesses_unknown_publishers_before_the_first_known_one_from_the_topic_name() {
    Problems problems = new Problems();
    List<Resource> got = segmenter.segment(Tier.BASIC,
        "acme health hiccups mayo clinic hiccups", "Hiccups", 3, problems);
    assertThat(got).extracting(Resource::source, Resource::title).containsExactly(
        tuple("acme health", "hiccups"), tuple("Mayo Clinic", "hiccups"));
    assertThat(problems.list()).extracting(Problem::message).containsExactly(
        "basic: unknown publisher; guessed 'acme health' for 'hiccups'. If right, add it to"
            + " .medsearch/publishers.txt in the corpus");
  }

  @Test
  void matches_publishers_whatever_their_case_and_punctuation() {
    List<Resource> got = segmenter.segment(Tier.BASIC, "MedlinePlus: Hiccups  WEB-MD hiccups", "Hiccups", 1,
        new Problems());
    assertThat(got).extracting(Resource::source, Resource::title).containsExactly(
        tuple("MedlinePlus", "Hiccups"), tuple("WebMD", "hiccups"));
  }

  @Test
  void prefers_the_longest_publisher_name() {
    List<Resource> got = segmenter.segment(Tier.BASIC, "about kids health hiccups kids health hiccups", "Hiccups", 1,
        new Problems());
    assertThat(got).extracting(Resource::source).containsExactly("AboutKidsHealth", "Nemours KidsHealth");
  }

  @Test
  void uses_publishers_that_editors_add() {
    Problems problems = new Problems();
    Publishers more = Publishers.defaults().plus("# ours\nAcme Health | acme\n", problems);
    List<Resource> got = segmenter.withPublishers(more).segment(Tier.BASIC, "acme hiccups mayo clinic hiccups",
        "Hiccups", 1, problems);
    assertThat(got).extracting(Resource::source).containsExactly("Acme Health", "Mayo Clinic");
    assertThat(problems.isEmpty()).isTrue();
  }

  @Test
  void reports_a_publishers_line_without_a_name() {
    Problems problems = new Problems();
    Publishers.parse("Good One | good\n | orphan form\n", problems);
    assertThat(problems.list()).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "no publisher name before '|' in '| orphan form': write 'Name | other form'"));
  }

  @Test
  void reports_a_publisher_with_no_title_and_skips_it() {
    Problems problems = new Problems();
    List<Resource> got = segmenter.segment(Tier.BASIC, "mayo clinic hiccups webmd", "Hiccups", 2, problems);
    assertThat(got).extracting(Resource::source).containsExactly("Mayo Clinic");
    assertThat(problems.list()).hasSize(1);
    assertThat(problems.list().get(0).message()).startsWith("basic: publisher 'WebMD' has no title after it");
  }

  @Test
  void returns_nothing_for_a_blank_block() {
    assertThat(segmenter.segment(Tier.BASIC, "  \n ", "Hiccups", 1, new Problems())).isEmpty();
  }

  @Test
  void joins_video_title_parts_around_a_dash_and_ends_titles_at_a_question() {
    List<Resource> got = segmenter.segment(Tier.VIDEO, "hiccups explained hiccups - why do we hiccup? how to stop",
        "Hiccups", 1, new Problems());
    assertThat(got).extracting(Resource::title).containsExactly(
        "hiccups explained", "hiccups - why do we hiccup?", "how to stop");
  }
}
