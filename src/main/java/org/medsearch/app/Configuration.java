package org.medsearch.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Settings from, highest first: command-line flags, environment variables, a properties file,
 * defaults. Each setting has one key: {@code corpus} is the flag {@code --corpus}, the variable
 * {@code MEDSEARCH_CORPUS} and the file key {@code corpus}; {@code cors-origins} is
 * {@code --cors-origins}, {@code MEDSEARCH_CORS_ORIGINS} and {@code cors-origins}. The file is
 * named by {@code --config FILE} or {@code MEDSEARCH_CONFIG}; relative paths in it are relative
 * to the working directory.
 */
public final class Configuration {
  public static final String CONFIG_ENV = "MEDSEARCH_CONFIG";
  public static final List<String> KEYS = List.of("corpus", "index", "host", "port", "cors-origins", "admin-token");

  private final Map<String, String> flags;
  private final Map<String, String> env;
  private final Properties file;

  private Configuration(Map<String, String> flags, Map<String, String> env, Properties file) {
    this.flags = flags;
    this.env = env;
    this.file = file;
  }

  /**
   * {@code flags}: the values given on the command line by key (absent or null when not given);
   * {@code configFile}: {@code --config}, or null to take {@code MEDSEARCH_CONFIG} from {@code env}.
   */
  public static Configuration load(Map<String, String> flags, Map<String, String> env, Path configFile)
      throws IOException {
    Path path = configFile != null ? configFile
        : env.get(CONFIG_ENV) != null && !env.get(CONFIG_ENV).isBlank() ? Path.of(env.get(CONFIG_ENV)) : null;
    Properties props = new Properties();
    if (path != null) {
      if (!Files.isRegularFile(path)) {
        throw new NoSuchFileException(path.toString(), null,
            "configuration file not found: check --config or " + CONFIG_ENV);
      }
      try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        props.load(r);
      }
      TreeSet<String> unknown = new TreeSet<>(props.stringPropertyNames());
      KEYS.forEach(unknown::remove);
      if (!unknown.isEmpty()) {
        throw new IllegalArgumentException("unknown key '" + unknown.first() + "' in " + path
            + ": use " + String.join(", ", KEYS));
      }
    }
    return new Configuration(flags, env, props);
  }

  public static String envName(String key) {
    return "MEDSEARCH_" + key.toUpperCase(Locale.ROOT).replace('-', '_');
  }

  /** The value of {@code key} from the highest source that sets it, or {@code fallback}. */
  public String get(String key, String fallback) {
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("unknown setting '" + key + "'");
    }
    String v = flags.get(key);
    if (blank(v)) {
      v = env.get(envName(key));
    }
    if (blank(v)) {
      v = file.getProperty(key);
    }
    return blank(v) ? fallback : v.strip();
  }

  public Settings settings() {
    String port = get("port", String.valueOf(Settings.DEFAULT_PORT));
    int p;
    try {
      p = Integer.parseInt(port);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port must be a number between 0 and 65535, was '" + port
          + "': check --port, " + envName("port") + " or the configuration file");
    }
    List<String> origins = Arrays.stream(get("cors-origins", "").split(","))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new Settings(Path.of(get("corpus", "corpus")), Path.of(get("index", "index")),
        get("host", Settings.DEFAULT_HOST), p, origins, get("admin-token", null));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
