package org.medsearch.browser;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.medsearch.TestCorpus;
import org.medsearch.TestServer;

/** One real server on the shipped corpus and one headless Chromium per test class, with a screenshot of every failure. */
abstract class ShippedCorpusBrowserTest {
  @TempDir static Path work;
  static TestServer server;
  static Browser browser;
  static Page page;

  @RegisterExtension
  final FailureScreenshots screenshots = new FailureScreenshots(() -> browser);

  @BeforeAll
  static void start() throws Exception {
    server = TestServer.start(TestCorpus.copyOfShipped(work), work);
    browser = Browser.start();
    page = new Page(browser);
  }

  @AfterAll
  static void stop() throws Exception {
    Browser.closeAll(browser, server);
  }
}
