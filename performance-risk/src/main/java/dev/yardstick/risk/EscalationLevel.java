package dev.yardstick.risk;

/**
 * Who must know about, and decide on, a risk: the rungs of a council's escalation ladder, lowest
 * first.
 *
 * <p>Implementation requirements: immutable and thread-safe.
 */
public enum EscalationLevel {
  /** Managed by the risk owner within the service: the risk is within appetite. */
  RISK_OWNER,
  /** The directorate (departmental) management team agrees the treatment. */
  DIRECTORATE,
  /** The corporate leadership team owns the risk on the corporate register. */
  CORPORATE_LEADERSHIP,
  /** Elected members: cabinet and the audit and governance committee. */
  MEMBERS
}
