import GRDB

/// The history database's tables, created and upgraded by numbered migrations.
///
/// - `input_file`: each export ingested, by content hash, so no file is read twice.
/// - `contact`: one row per (provider, contact id); a later export replaces the row.
///   It holds the contact's fields and its transcript digest (measures, fingerprints,
///   short redacted excerpts); the turns themselves only when the configuration asks.
/// - `run`, `run_metric`, `run_verdict`, `run_breach`: each audit run's snapshot,
///   for trends and for `callaudit history`.
enum HistorySchema {
  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1: files, contacts and run snapshots") { db in
      try db.execute(
        sql: """
          CREATE TABLE run (
            id INTEGER PRIMARY KEY,
            started_at INTEGER NOT NULL,
            finished_at INTEGER,
            window_start INTEGER,
            window_end INTEGER,
            contacts INTEGER NOT NULL DEFAULT 0,
            new_contacts INTEGER NOT NULL DEFAULT 0,
            updated_contacts INTEGER NOT NULL DEFAULT 0,
            files_ingested INTEGER NOT NULL DEFAULT 0,
            files_skipped INTEGER NOT NULL DEFAULT 0,
            records INTEGER NOT NULL DEFAULT 0,
            rejected INTEGER NOT NULL DEFAULT 0,
            outcome TEXT
          );
          CREATE TABLE input_file (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            bytes INTEGER NOT NULL,
            format TEXT,
            records INTEGER NOT NULL,
            accepted INTEGER NOT NULL,
            rejected INTEGER NOT NULL,
            new_contacts INTEGER NOT NULL,
            updated_contacts INTEGER NOT NULL,
            stopped_by TEXT,
            run_id INTEGER NOT NULL REFERENCES run(id),
            ingested_at INTEGER NOT NULL
          );
          CREATE TABLE contact (
            provider TEXT NOT NULL,
            contact_id TEXT NOT NULL,
            site TEXT,
            sourcing TEXT NOT NULL,
            channel TEXT,
            customer_id TEXT,
            agent_id TEXT,
            category TEXT,
            opened_at INTEGER,
            closed_at INTEGER,
            status TEXT NOT NULL,
            resolution TEXT,
            transfers INTEGER,
            escalated INTEGER,
            csat REAL,
            handle_seconds INTEGER,
            digest BLOB NOT NULL,
            turns BLOB,
            file_id INTEGER NOT NULL REFERENCES input_file(id),
            PRIMARY KEY (provider, contact_id)
          );
          CREATE INDEX contact_by_opened_at ON contact(opened_at);
          CREATE INDEX contact_by_customer ON contact(customer_id);
          CREATE TABLE agent_sentence (
            id INTEGER PRIMARY KEY,
            fingerprint BLOB NOT NULL UNIQUE,
            text TEXT NOT NULL,
            uses INTEGER NOT NULL
          );
          CREATE TABLE run_metric (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            provider TEXT NOT NULL,
            metric TEXT NOT NULL,
            events INTEGER NOT NULL,
            trials INTEGER NOT NULL,
            PRIMARY KEY (run_id, provider, metric)
          );
          CREATE TABLE run_verdict (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            provider TEXT NOT NULL,
            metric TEXT NOT NULL,
            verdict TEXT NOT NULL,
            PRIMARY KEY (run_id, provider, metric)
          );
          CREATE TABLE run_breach (
            run_id INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
            provider TEXT NOT NULL,
            metric TEXT NOT NULL,
            message TEXT NOT NULL
          );
          """)
    }
    migrator.registerMigration("v2: the export's updated time of each contact") { db in
      // Of two versions of a contact, the one the export dates later is kept (ContactStore.store).
      try db.execute(sql: "ALTER TABLE contact ADD COLUMN updated_at INTEGER")
    }
    return migrator
  }
}
