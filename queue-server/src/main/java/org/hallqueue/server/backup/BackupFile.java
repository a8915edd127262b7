package org.hallqueue.server.backup;

import java.time.Instant;

/**
 * One backup of the database.
 *
 * @param file its name in the backup directory
 * @param bytes its size
 * @param at when it was taken
 * @param integrity what SQLite's integrity check said of the copy ("ok"), or null when not checked
 *     now
 */
public record BackupFile(String file, long bytes, Instant at, String integrity) {}
