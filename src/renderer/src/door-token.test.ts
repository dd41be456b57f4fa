import { describe, expect, it } from 'vitest';
import { takeDoorToken, type DoorTokenPlace } from './door-token';

function place(search: string, stored: string | null = null) {
  const storage = new Map<string, string>(stored ? [['jianbao-door-token', stored]] : []);
  const replaced: string[] = [];
  const value: DoorTokenPlace = {
    location: { search, pathname: '/', hash: '#/issue/x' },
    history: { state: null, replaceState: (_state, _unused, url) => void replaced.push(String(url)) },
    storage: { getItem: (key) => storage.get(key) ?? null, setItem: (key, v) => void storage.set(key, v) },
  };
  return { value, storage, replaced };
}

describe('the browser door token in the renderer', () => {
  it('takes the token from the address, keeps it for the tab and takes it out of the address bar', () => {
    const { value, storage, replaced } = place('?token=abc123&lang=en');
    expect(takeDoorToken(value)).toBe('abc123');
    expect(storage.get('jianbao-door-token')).toBe('abc123');
    expect(replaced).toEqual(['/?lang=en#/issue/x']);
  });

  it('uses the token kept by this tab after a reload without it', () => {
    const { value, replaced } = place('', 'kept-token');
    expect(takeDoorToken(value)).toBe('kept-token');
    expect(replaced).toEqual([]);
  });

  it('has no token when neither the address nor the tab holds one', () => {
    expect(takeDoorToken(place('').value)).toBeNull();
  });
});
