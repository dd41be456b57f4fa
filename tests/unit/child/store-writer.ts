// A second process on one archive file: appends `count` notes tagged with `name`, each
// in its own locked update, as the app and the CLI would.
import { JsonStore, type Versioned } from '../../../src/main/core/storage/json-store';

const [file, name, countText] = process.argv.slice(2);
const store = new JsonStore<Versioned & { notes: string[] }>({
  file: file as string,
  schemaVersion: 1,
  defaults: () => ({ schemaVersion: 1, notes: [] }),
});
for (let i = 0; i < Number(countText); i += 1) {
  await store.update((data) => {
    data.notes.push(`${name}-${i}`);
  });
}
