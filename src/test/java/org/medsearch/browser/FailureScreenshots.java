package org.medsearch.browser;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/** Saves a screenshot named after a failed test, so a CI failure shows what the page looked like. */
final class FailureScreenshots implements TestWatcher {
  private final Supplier<Browser> browser;

  FailureScreenshots(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser b = browser.get();
    if (b == null) {
      return;
    }
    String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
        + context.getTestMethod().map(m -> m.getName()).orElse("test");
    try {
      System.err.println("screenshot of the failure: " + b.screenshot(name) + " at " + b.driver.getCurrentUrl());
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  @Override
  public void testDisabled(ExtensionContext context, Optional<String> reason) {}
}
