import type { ApiEventName, ApiEventPayloads } from './api';

type Listener = (event: ApiEventName, payload: unknown) => void;

/** A small typed event hub: the core emits, each door forwards to its clients. */
export class ApiEvents {
  private readonly listeners = new Set<Listener>();

  emit<E extends ApiEventName>(event: E, payload: ApiEventPayloads[E]): void {
    for (const listener of [...this.listeners]) listener(event, payload);
  }

  /** Every event, for a door to forward; returns the function that unsubscribes. */
  listen(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
