package org.hallqueue.server.queue;

/**
 * Why a ticket was chosen, recorded in its call event so a manager can audit fairness.
 *
 * @param strategy the strategy that decided (WEIGHTED_AGING, FIFO, STRICT_PRIORITY)
 * @param rule the rule that placed the ticket: CAP_EXCEEDED, AFFINITY, WEIGHTED_AGING, FIFO,
 *     PRIORITY
 * @param waitedSeconds how long the ticket had waited since its original issue
 * @param weight its lane's weight
 * @param urgency the strategy's score (higher goes first)
 * @param capSeconds its lane's maximum wait
 * @param aheadOfEarlier how many waiting tickets issued before it were passed over
 */
public record CallReason(
    String strategy,
    String rule,
    String lane,
    long waitedSeconds,
    double weight,
    double urgency,
    long capSeconds,
    int aheadOfEarlier) {

  CallReason withAheadOfEarlier(int passedOver) {
    return new CallReason(
        strategy, rule, lane, waitedSeconds, weight, urgency, capSeconds, passedOver);
  }
}
