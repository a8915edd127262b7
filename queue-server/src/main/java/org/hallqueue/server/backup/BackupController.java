package org.hallqueue.server.backup;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/admin/backups} (ADMIN): take a backup now, or list those kept. */
@RestController
@RequestMapping("/api/v1/admin/backups")
class BackupController {
  private final Backups backups;

  BackupController(Backups backups) {
    this.backups = backups;
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  BackupFile make() {
    return backups.make();
  }

  @GetMapping
  List<BackupFile> list() {
    return backups.list();
  }
}
