package org.medsearch.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, with a fresh profile. Both paths are
 * given explicitly so Selenium Manager never tries to download a driver or a browser. A missing
 * Chromium fails the test with what to install; browser tests never skip themselves.
 */
final class Browser implements AutoCloseable {
  static final Path CHROMIUM = Path.of(System.getProperty("medsearch.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("medsearch.chromedriver", "/usr/bin/chromedriver"));
  /** Screenshots are kept as build artifacts. */
  static final Path ARTIFACTS = Path.of("target", "browser-artifacts");

  final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser start() throws IOException {
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException(p + " is missing: install Debian's browser and driver with "
            + "'apt-get install -y chromium chromium-driver' (.ci/run does this before the tests)");
      }
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    Path profile = Files.createTempDirectory("medsearch-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1280,900", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    // Every page of the session records alert(), confirm() and prompt() calls instead of showing
    // them, so a test can assert that no injected script ran.
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
        "window.__dialogs = [];"
            + "['alert','confirm','prompt'].forEach(function (n) {"
            + "  window[n] = function (m) { window.__dialogs.push(n + ':' + m); };"
            + "});"));
    return new Browser(driver, profile);
  }

  WebDriverWait await() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  void size(int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
  }

  /** Saves a screenshot of the viewport as target/browser-artifacts/{name}.png and returns its path. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(ARTIFACTS);
      Path out = ARTIFACTS.resolve(name + ".png");
      Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), out, StandardCopyOption.REPLACE_EXISTING);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Closes {@code browser}, if it started, then each of {@code others} in order, each even when
   * an earlier one failed: a test class's teardown.
   */
  static void closeAll(Browser browser, AutoCloseable... others) throws Exception {
    try {
      if (browser != null) {
        browser.close();
      }
    } finally {
      closeInOrder(others, 0);
    }
  }

  private static void closeInOrder(AutoCloseable[] all, int from) throws Exception {
    if (from < all.length) {
      try {
        all[from].close();
      } finally {
        closeInOrder(all, from + 1);
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }
}
