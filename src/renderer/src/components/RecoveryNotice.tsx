import { useEffect, useState } from 'react';
import type { Locale } from '../../../shared/model';
import type { RecoveredFile } from '../../../shared/recovery';
import { useApi } from '../api-context';
import { useLocale } from '../i18n';
import './recovery-notice.css';

/*
 * The notice's strings live here rather than in i18n.tsx while the annotation UI is being
 * written there in parallel (issue 8); they follow its rule: Chinese and English, the same
 * keys, `{placeholders}` filled by `fill`.
 */
const messages: Record<Locale, Record<'title' | 'restored' | 'lost' | 'dismiss', string>> = {
  'zh-CN': {
    title: '有文件损坏，已处理',
    restored: '{file} 已损坏（{problem}），已改用 {time} 的备份。损坏的文件保存在 {movedTo}。',
    lost: '{file} 已损坏（{problem}），且没有可用的备份，已从空白开始。损坏的文件保存在 {movedTo}，可交由技术人员修复。',
    dismiss: '知道了',
  },
  en: {
    title: 'Damaged files were found and dealt with',
    restored: '{file} was damaged ({problem}); the backup of {time} is in use now. The damaged file is kept as {movedTo}.',
    lost: '{file} was damaged ({problem}) and no backup held a good copy, so it starts empty. The damaged file is kept as {movedTo} for repair.',
    dismiss: 'Dismiss',
  },
};

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * Tells the reader which files of the archive were found damaged, moved aside and restored
 * from a backup (or not, when no backup had a copy): those found as the archive opened, and
 * any found later. Shown until dismissed.
 */
export function RecoveryNotice() {
  const api = useApi();
  const locale = useLocale();
  const [entries, setEntries] = useState<RecoveredFile[]>([]);
  const [dismissed, setDismissed] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    const add = (found: RecoveredFile[]) =>
      setEntries((known) => [...known, ...found.filter((f) => !known.some((k) => k.movedTo === f.movedTo))]);
    api.getRecoveryReport({}).then((found) => isCurrent && add(found), () => undefined);
    const stop = api.onDidRecoverFile((entry) => add([entry]));
    return () => {
      isCurrent = false;
      stop();
    };
  }, [api]);

  const shown = entries.slice(dismissed);
  if (shown.length === 0) return null;
  const text = messages[locale];
  const time = (iso: string) => new Date(iso).toLocaleString(locale);
  return (
    <section className="recovery-notice" role="alert" aria-labelledby="recovery-notice-title">
      <h2 id="recovery-notice-title">{text.title}</h2>
      <ul>
        {shown.map((entry) => (
          <li key={entry.movedTo}>
            {entry.restoredFrom
              ? fill(text.restored, { ...strings(entry), time: time(entry.restoredFrom.takenAt) })
              : fill(text.lost, strings(entry))}
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => setDismissed(entries.length)}>
        {text.dismiss}
      </button>
    </section>
  );
}

function strings(entry: RecoveredFile): Record<string, string> {
  return { file: entry.file, problem: entry.problem, movedTo: entry.movedTo };
}
