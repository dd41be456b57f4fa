import type { ApiHandlers } from '../../shared/api';
import { createDispatcher, type Dispatcher } from '../../shared/dispatch';
import { ApiEvents } from '../../shared/events';
import { Archive, type ArchiveOptions } from './archive/archive';
import { installDemoIfPristine } from './demo/install-demo';
import { SearchIndex } from './search/search-index';
import { createCoreService } from './service';

/** The core as every door uses it: the archive, the API handlers, their dispatcher, events. */
export interface Core {
  archive: Archive;
  handlers: ApiHandlers;
  dispatch: Dispatcher;
  events: ApiEvents;
  /** the full-text index, opened on the first search */
  search: SearchIndex;
}

export interface OpenCoreOptions extends ArchiveOptions {
  /** false: leave a new archive empty (`jianbao import` fills it with the user's own files) */
  installDemo?: boolean;
}

/**
 * Opens the archive at `dir` and builds the API over it. A folder that has never held an
 * archive gets the demo installed, so a newcomer opens onto something to read.
 */
export async function openCore(dir: string, options: OpenCoreOptions = {}): Promise<Core> {
  const archive = await Archive.open(dir, options);
  // A new archive's demo is backed up the day it is installed, not only from tomorrow.
  if (options.installDemo !== false && (await installDemoIfPristine(archive))) await archive.backups.dailyIfDue();
  const events = new ApiEvents();
  const search = new SearchIndex(archive);
  const handlers = createCoreService(archive, events, search);
  archive.onDidRecover((entry) => events.emit('onDidRecoverFile', entry));
  return { archive, handlers, dispatch: createDispatcher(handlers), events, search };
}
