package org.gendan.scheduling.schedule;

/** What decided a job's release date: the latest of the conditions production waits for. */
public enum ReleaseCause {
  /** Nothing to wait for: the job may start when planning starts. */
  NONE("no release condition"),
  /** The materials are ready (物料齐套). */
  MATERIAL_READY("material ready (物料齐套)"),
  /** The deposit has arrived (定金到账). */
  DEPOSIT_RECEIVED("deposit received (定金到账)"),
  /** The customer approved the sample (样品确认). */
  SAMPLE_APPROVED("sample approved (样品确认)");

  private final String text;

  ReleaseCause(String text) {
    this.text = text;
  }

  /** The cause as a 跟单员 says it. */
  public String text() {
    return text;
  }
}
