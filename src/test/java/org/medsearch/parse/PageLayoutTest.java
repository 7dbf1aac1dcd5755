package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.medsearch.TestCorpus;
import org.medsearch.model.Problem;
import org.medsearch.model.Resource;
import org.medsearch.model.Section;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

class PageLayoutTest {
  private final Problems problems = new Problems();
  private final Topic seed = new PageLayout().parse(TestCorpus.SEED, TestCorpus.seedText(), problems);

  @Test
  void seed_title_is_the_subject_of_its_first_sentence() {
    assertThat(seed.title()).isEqualTo("Myoclonus");
    assertThat(seed.id()).isEqualTo("myoclonus");
  }

  @Test
  void seed_last_reviewed_date_is_read_as_iso() {
    assertThat(seed.reviewed()).isEqualTo("2020-12-24");
  }

  @Test
  void seed_topic_text_is_four_paragraph_sections() {
    assertThat(seed.sections()).extracting(Section::id).containsExactly("s1", "s2", "s3", "s4");
    assertThat(seed.sections().get(0).text()).startsWith("Myoclonus is a brief, involuntary twitching");
    assertThat(seed.sections().get(3).text()).endsWith("electromyography (EMG) and electroencephalography.");
  }

  @Test
  void seed_boilerplate_is_not_searchable_text() {
    String all = String.join("\n", seed.sections().stream().map(Section::text).toList())
        + seed.resources().stream().map(Resource::title).toList();
    assertThat(all).doesNotContain("We researched this topic", "Please leave your comments", "Related Articles",
        "read more at");
  }

  @Test
  void seed_has_a_block_for_every_tier() {
    assertThat(seed.resources()).extracting(Resource::tier).contains(Tier.BASIC, Tier.ADVANCED, Tier.OTHER,
        Tier.SUPPORT, Tier.VIDEO, Tier.PRESENTATION);
    assertThat(seed.citations()).isNotEmpty();
    assertThat(seed.citations().get(0).raw()).startsWith("sharma cm, nath k, kumawat bl, khandelwal d.");
  }

  @Test
  void seed_parses_with_one_warning_for_the_support_resource_without_a_known_publisher() {
    assertThat(problems.list()).extracting(Problem::message).containsExactly("support: no known publisher in "
        + "'study finds high levels of misdiagnosis in juvenile myoclonic epilepsy'; kept as one resource with no "
        + "source. Add its publisher to .medsearch/publishers.txt in the corpus");
  }

  @Test
  void title_falls_back_to_a_meaningful_file_name() {
    Topic t = new PageLayout().parse("restless-legs.txt", "Symptoms start in the evening.\n", new Problems());
    assertThat(t.title()).isEqualTo("Restless legs");
  }

  @Test
  void empty_page_is_an_error() {
    Problems p = new Problems();
    new PageLayout().parse("empty.txt", "Last Reviewed : 01/02/2021\n\n", p);
    assertThat(p.list()).extracting(Problem::message).containsExactly("no text found: the page is empty");
  }

  @Test
  void unknown_heading_in_the_resource_area_is_reported_with_its_line() {
    String page = "Gout is a form of arthritis.\n\nBasic information: mayo clinic gout\n\nSpecial offers: buy now\n";
    Problems p = new Problems();
    new PageLayout().parse("gout.txt", page, p);
    assertThat(p.list()).filteredOn(w -> w.message().startsWith("unknown section heading 'Special offers'"))
        .extracting(Problem::line).containsExactly(5);
  }

  @Test
  void unreadable_reviewed_date_is_a_warning_and_the_page_is_kept() {
    Problems p = new Problems();
    Topic t = new PageLayout().parse("gout.txt", "Last Reviewed : sometime\n\nGout is a form of arthritis.\n", p);
    assertThat(t.reviewed()).isNull();
    assertThat(t.sections()).hasSize(1);
    assertThat(p.list()).extracting(Problem::message)
        .containsExactly("could not read the 'Last Reviewed' date 'sometime': write it as MM/DD/YYYY");
  }

  @Test
  void windows_line_endings_and_non_breaking_spaces_do_not_change_the_structure() {
    String crlf = TestCorpus.seedText().replace("\n", "\r\n").replace("Basic information:", "Basic\u00a0information:");
    Topic t = new PageLayout().parse(TestCorpus.SEED, crlf, new Problems());
    assertThat(t.sections()).hasSize(4);
    assertThat(t.resources()).extracting(Resource::tier).contains(Tier.BASIC);
    assertThat(List.copyOf(t.citations())).hasSameSizeAs(seed.citations());
  }
}
