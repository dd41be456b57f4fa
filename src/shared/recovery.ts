/**
 * A file of record found damaged (truncated, garbled) when it was read: it was moved aside,
 * never overwritten, and the newest good copy in the archive's backups was put in its place
 * when there was one. The app shows these; `jianbao check` prints them.
 */
export interface RecoveredFile {
  /** the damaged file, relative to the archive folder: `annotations/<issue>.json` */
  file: string;
  /** where the damaged file was moved, relative to the archive folder */
  movedTo: string;
  /** what was wrong with it, as the parser said */
  problem: string;
  /** the backup whose copy replaced it, or null when no backup held a good copy */
  restoredFrom: { backup: string; takenAt: string } | null;
  /** when it was found (ISO 8601) */
  foundAt: string;
}
