/**
 * The browser door's secret (`jianbao serve` prints it in the app's URL as `?token=`). Taken
 * from the address once, kept for this tab in sessionStorage (so a reload keeps working), and
 * taken out of the address bar, where anyone glancing at the screen could read it.
 */
const storageKey = 'jianbao-door-token';

export interface DoorTokenPlace {
  location: Pick<Location, 'search' | 'pathname' | 'hash'>;
  history: Pick<History, 'replaceState' | 'state'>;
  storage: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The token this page was opened with, or the one this tab kept; null when there is none. */
export function takeDoorToken(place: DoorTokenPlace): string | null {
  const params = new URLSearchParams(place.location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    try {
      place.storage.setItem(storageKey, fromUrl);
    } catch {
      // storage refused (private mode): the cookie the server set still lets requests through
    }
    params.delete('token');
    const search = params.toString();
    place.history.replaceState(place.history.state, '', `${place.location.pathname}${search ? `?${search}` : ''}${place.location.hash}`);
    return fromUrl;
  }
  try {
    return place.storage.getItem(storageKey);
  } catch {
    return null;
  }
}
