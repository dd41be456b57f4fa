// The writer of the crash test (src/main/core/annotations/annotation-crash.test.ts): saves
// annotations one by one through the real AnnotationBook until it is killed, and prints one
// line for each save after the save has returned: `add <id>` for a new annotation,
// `edit <id> <n>` for a comment changed to `edit-<n>`.
import { randomUUID } from 'node:crypto';
import { Archive } from '../../../src/main/core/archive/archive';
import { AnnotationBook } from '../../../src/main/core/annotations/annotation-book';

const [dir, roundText, articleList] = process.argv.slice(2) as [string, string, string];
const round = Number(roundText);
const articles = articleList.split(',').map((entry) => {
  const [id, length] = entry.split('=');
  return { id: id as string, length: Number(length) };
});
const archive = await Archive.open(dir);
const book = new AnnotationBook(archive, {
  now: () => new Date(),
  newId: () => randomUUID(),
  creatorName: async () => 'crash-test',
});
const made: { id: string; articleId: string }[] = [];
for (let i = 0; ; i += 1) {
  const article = articles[(round + i) % articles.length]!;
  const earlier = made[(i * 7) % Math.max(1, made.length)];
  if (i % 5 === 4 && earlier) {
    const n = round * 1_000_000 + i;
    await book.update(earlier.articleId, earlier.id, { comment: `edit-${n}` });
    process.stdout.write(`edit ${earlier.id} ${n}\n`);
  } else {
    const start = (i * 13) % (article.length - 4);
    const { annotation } = await book.create({ articleId: article.id, start, end: start + 3, comment: `r${round}-${i}` });
    made.push({ id: annotation.id, articleId: article.id });
    process.stdout.write(`add ${annotation.id}\n`);
  }
}
