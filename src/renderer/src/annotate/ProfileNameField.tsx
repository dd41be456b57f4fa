import { useEffect, useId, useState } from 'react';
import { useSettings } from '../settings-context';
import { isComposingKey } from '../keyboard';
import { useT } from '../i18n';

/**
 * The name annotations are signed with (their W3C creator), kept in the settings: saved when
 * the field loses the focus or on Enter; an empty name is not saved.
 */
export function ProfileNameField() {
  const t = useT();
  const id = useId();
  const { settings, updateSettings } = useSettings();
  const [name, setName] = useState(settings.profileName);
  useEffect(() => setName(settings.profileName), [settings.profileName]);
  const save = () => {
    const trimmed = name.trim();
    if (trimmed && trimmed !== settings.profileName) void updateSettings({ profileName: trimmed });
    else setName(settings.profileName);
  };
  return (
    <p className="profile-name">
      <label htmlFor={id}>{t('annotate.author')}</label>
      <input
        id={id}
        value={name}
        maxLength={80}
        title={t('annotate.authorHint')}
        onChange={(event) => setName(event.target.value)}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && !isComposingKey(event)) {
            event.preventDefault();
            save();
          }
        }}
      />
    </p>
  );
}
