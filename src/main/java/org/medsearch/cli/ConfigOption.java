package org.medsearch.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.medsearch.app.Configuration;
import org.medsearch.app.Settings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, shared by the commands that read settings. Flags that a command leaves
 * out are null, so the environment, the file and the defaults fill them, in that order.
 */
final class ConfigOption {
  @Option(names = "--config", paramLabel = "FILE",
      description = "settings file (Java properties: corpus, index, host, port, cors-origins, admin-token); "
          + "default: $" + Configuration.CONFIG_ENV)
  Path config;

  /** {@code flags} are key, value pairs of the command's own flags; values may be null. */
  Settings settings(Main main, CommandLine cli, Object... flags) throws IOException {
    Map<String, String> given = new HashMap<>();
    for (int i = 0; i < flags.length; i += 2) {
      if (flags[i + 1] != null) {
        given.put((String) flags[i], flags[i + 1].toString());
      }
    }
    try {
      return Configuration.load(given, main.env(), config).settings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(cli, e.getMessage());
    }
  }
}
