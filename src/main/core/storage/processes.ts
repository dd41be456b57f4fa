/** Whether a process of this machine with this id still runs (this process always does). */
export function isProcessRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/** The name of a per-issue (or per-document) JSON file of the archive that is safe to open by name. */
export const safeJsonName = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}\.json$/;
