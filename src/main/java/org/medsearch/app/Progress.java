package org.medsearch.app;

/**
 * Where a build reports how far it is: a phase ("reading" files, "writing" topics) with its
 * total, then how many are done and how many records they hold so far. The command line shows a
 * progress bar on a terminal and plain lines otherwise; the server shows nothing.
 */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void start(String phase, long total, String unit) {}

    @Override
    public void update(long done, long records) {}

    @Override
    public void end() {}
  };

  void start(String phase, long total, String unit);

  void update(long done, long records);

  void end();
}
