package org.hallqueue.server.events;

/**
 * Where a change records its event, inside the change's transaction. {@link EventLog} is the
 * server's durable, gap-free log.
 */
public interface EventJournal {
  Event append(QueueEvent event);
}
