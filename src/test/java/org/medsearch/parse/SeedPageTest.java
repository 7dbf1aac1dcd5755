package org.medsearch.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.medsearch.model.Citation;
import org.medsearch.model.Name;
import org.medsearch.model.Resource;
import org.medsearch.model.Tier;
import org.medsearch.model.Topic;

/** The myoclonus page the site's format was learnt from (corpus/000_e00648446235eaa8.txt, the seed page). */
class SeedPageTest {
  private static Topic topic;
  private static Problems problems;

  @BeforeAll
  static void parseSeed() throws IOException {
    problems = new Problems();
    String text = Files.readString(org.medsearch.TestCorpus.seed(), StandardCharsets.UTF_8);
    topic = new PageLayout().parse("myoclonus.txt", text, problems);
  }

  private static List<Resource> tier(Tier t) {
    return topic.resources().stream().filter(r -> r.tier() == t).toList();
  }

  @Test
  void splits_seed_basic_block_into_ten_resources_with_publishers() {
    assertThat(tier(Tier.BASIC)).extracting(Resource::source, Resource::title).containsExactly(
        tuple("National Institute of Neurological Disorders and Stroke", "myoclonus"),
        tuple("Mayo Clinic", "myoclonus"),
        tuple("Merck Manuals (Professional Version)", "myoclonus"),
        tuple("MSD Manuals (Professional Version)", "myoclonus"),
        tuple("Cleveland Clinic", "myoclonus"),
        tuple("American Sleep Association", "sleep myoclonus"),
        tuple("WebMD", "progressive myoclonus epilepsy myoclonus"),
        tuple("AboutKidsHealth", "myoclonus"),
        tuple("Johns Hopkins Medicine", "myoclonus"),
        tuple("InnerBody", "myoclonus"));
  }

  @Test
  void splits_seed_advanced_block_into_five_resources_with_publishers() {
    assertThat(tier(Tier.ADVANCED)).extracting(Resource::source, Resource::title).containsExactly(
        tuple("Medscape", "benign neonatal sleep myoclonus"),
        tuple("National Organization for Rare Disorders", "myoclonus"),
        tuple("MedLink Neurology", "myoclonus"),
        tuple("Life in the Fast Lane", "post-hypoxic myoclonus (phm)"),
        tuple("Family Practice Notebook", "myoclonus"));
  }

  @Test
  void splits_seed_other_articles_into_two_resources() {
    assertThat(tier(Tier.OTHER)).extracting(Resource::source, Resource::title).containsExactly(
        tuple("PetMD", "muscle contraction disease (myoclonus) in dogs"),
        tuple("Vetary", "muscle contraction disease (myoclonus) in dogs"));
  }

  @Test
  void keeps_seed_support_group_as_one_resource_and_reports_its_missing_publisher() {
    assertThat(tier(Tier.SUPPORT)).extracting(Resource::source, Resource::title).containsExactly(
        tuple(null, "study finds high levels of misdiagnosis in juvenile myoclonic epilepsy"));
    assertThat(problems.list()).extracting(p -> p.line() + ": " + p.message()).containsExactly(
        "37: support: no known publisher in 'study finds high levels of misdiagnosis in juvenile myoclonic epilepsy';"
            + " kept as one resource with no source. Add its publisher to .medsearch/publishers.txt in the corpus");
  }

  @Test
  void reads_seed_presentation_as_title_then_presenter() {
    assertThat(tier(Tier.PRESENTATION)).extracting(Resource::source, Resource::title).containsExactly(
        tuple("dr ps deb md, dm director neurology gnrc hospitals, guwahati, assam, india", "myoclonus"));
  }

  @Test
  void splits_seed_videos_at_the_topic_name() {
    assertThat(tier(Tier.VIDEO)).extracting(Resource::title).containsExactly(
        "myoclonus", "myoclonus", "myoclonic jerking", "myoclonic epilepsy - sleep myoclonus");
  }

  @Test
  void finds_ten_seed_citations_two_per_research_paragraph() {
    assertThat(topic.citations()).extracting(Citation::title).containsExactly(
        "autosomal dominant cortical tremor, myoclonus, and epilepsy (adcme): probable first family from india",
        "“dancing eye syndrome” secondary to opsoclonus-myoclonus syndrome in small-cell lung cancer",
        "piperazine citrate induced myoclonus in a child",
        "clinical, neuropsychological and neurophysiological correlates of drug resistant juvenile myoclonic epilepsy",
        "late-onset myoclonic epilepsy in down syndrome (lomeds): a spectrum of progressive myoclonic epilepsy — case report",
        "deep brain stimulation of the pallidum is effective and might stabilize striatal d2receptor binding in myoclonus–dystonia",
        "hirayama disease with juvenile myoclonic epilepsy: a case report",
        "central neuraxial anaesthesia presenting with spinal myoclonus in the perioperative period: a case series",
        "myoclonus-dystonia: an under-recognized entity - report of 5 cases",
        "anti-glycine receptor antibody mediated progressive encephalomyelitis with rigidity and myoclonus associated with breast cancer");
  }

  @Test
  void reads_every_field_of_the_first_seed_citation() {
    Citation c = topic.citations().get(0);
    assertThat(c.author()).containsExactly(Name.person("sharma", "c m"), Name.person("nath", "k"),
        Name.person("kumawat", "b l"), Name.person("khandelwal", "d"));
    assertThat(c.containerTitle()).isEqualTo("Annals of Indian Academy of Neurology");
    assertThat(c.containerTitleShort()).isEqualTo("Ann Indian Acad Neurol");
    assertThat(c.year()).contains(2014);
    assertThat(List.of(c.volume(), c.page())).containsExactly("17", "433-436");
    assertThat(c.raw()).startsWith("sharma cm, nath k,").endsWith("[cited 2016 oct 11];17:433-6.");
  }

  @Test
  void reads_journal_year_volume_and_pages_of_every_seed_citation() {
    assertThat(topic.citations()).extracting(Citation::containerTitleShort, c -> c.year().orElse(null),
        Citation::volume, Citation::page, Citation::number, Citation::doi).containsExactly(
        tuple("Ann Indian Acad Neurol", 2014, "17", "433-436", null, null),
        tuple("Case Rep Med", 2014, "2014", null, "545490", "10.1155/2014/545490"),
        tuple("Indian J Pharmacol", 2013, "45", "640", null, null),
        tuple("J Evid Based Med Healthc", 2015, "2", "5658-5668", null, "10.18410/jebmh/2015/780"),
        tuple("Ann Indian Acad Neurol", 2016, "19", "267-268", null, null),
        tuple("Front Neurol", 2012, null, null, null, null),
        tuple("Ann Indian Acad Neurol", 2014, "17", "358-360", null, null),
        tuple("J Med Case Rep", 2009, "3", "7293", null, "10.4076/1752-1947-3-7293"),
        tuple("Neurol India", 2016, "64", "980-983", null, null),
        tuple("Case Rep Neurol Med", 2013, "2013", null, "589154", "10.1155/2013/589154"));
  }

  @Test
  void keeps_et_al_as_a_flag_on_the_seed_citations_that_cut_their_authors_short() {
    assertThat(topic.citations()).extracting(Citation::etAl)
        .containsExactly(false, true, false, false, false, true, false, true, false, false);
  }

  @Test
  void reads_given_first_authors_with_particles_in_the_family_name() {
    assertThat(topic.citations().get(9).author()).containsExactly(Name.person("de blauwe", "sofie n."),
        Name.person("santens", "patrick"), Name.person("vanopdenbosch", "ludo j."));
  }
}
